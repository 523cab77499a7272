using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;

namespace DataGrip.Core;

/// <summary>
/// The message templates of every finding and the terms they use, per language: the library's English and Dutch,
/// and whatever a vendor replaces or adds (a language of its own, or its own wording of one message), in the way of
/// FluentValidation's <c>LanguageManager</c>. Pass a catalog to <see cref="Finding.GetMessage(CultureInfo?, MessageCatalog?)"/>.
/// </summary>
/// <remarks>
/// <para>Immutable and thread-safe: <see cref="With(string, string, string)"/> returns a new catalog, so build it once
/// at start-up and share it. A key is a finding's <see cref="Finding.MessageKey"/> (its code, or the code and a
/// variant such as <c>DG-C001.tooLong</c>) or a term (<c>group:value</c>, such as <c>risk:assumed</c> or
/// <c>schema:text</c>); <see cref="Keys"/> lists the library's own.</para>
/// <para>A template names the finding's <see cref="Finding.Arguments"/>: <c>{Name}</c> as it is, <c>{Name:number}</c>
/// as a number of the culture (0,95 in Dutch and German), <c>{Name:one|many}</c> as the word for one or for more, and
/// <c>{Name:group}</c> as the term <c>group:value</c> in the same language. A message, and a term, missing in a
/// language falls back to English.</para>
/// </remarks>
/// <example>
/// <code>
/// var catalog = MessageCatalog.Default
///     .With("nl", "DG-S010", "Vul '{Property}' in.")
///     .With("de", "DG-S010", "Die Pflichtangabe '{Property}' fehlt.");
/// var message = finding.GetMessage(new CultureInfo("de-DE"), catalog);
/// </code>
/// </example>
public sealed class MessageCatalog
{
    private const string English = "en";

    private readonly ImmutableDictionary<string, ImmutableDictionary<string, string>> languages;

    private MessageCatalog(ImmutableDictionary<string, ImmutableDictionary<string, string>> languages) => this.languages = languages;

    /// <summary>The library's own messages and terms, in English (<c>en</c>) and Dutch (<c>nl</c>).</summary>
    public static MessageCatalog Default { get; } = new(ImmutableDictionary<string, ImmutableDictionary<string, string>>.Empty
        .Add(English, Messages.All.ToImmutableDictionary(p => p.Key, p => p.Value.English, StringComparer.Ordinal))
        .Add("nl", Messages.All.ToImmutableDictionary(p => p.Key, p => p.Value.Dutch, StringComparer.Ordinal)));

    /// <summary>The languages the catalog has messages in (such as <c>en</c>, <c>nl</c>, <c>de</c>), in order.</summary>
    public IReadOnlyList<string> Languages => [.. languages.Keys.OrderBy(l => l, StringComparer.Ordinal)];

    /// <summary>The keys of the library's own messages and terms, in order.</summary>
    public static IReadOnlyList<string> Keys { get; } = [.. Messages.All.Keys.OrderBy(k => k, StringComparer.Ordinal)];

    /// <summary>A catalog with one message (or term) replaced or added in one language.</summary>
    /// <param name="language">The language: two letters such as <c>de</c>, or a culture name such as <c>nl-BE</c> that comes before its two letters.</param>
    /// <param name="key">The key: a <see cref="Finding.MessageKey"/> or a term (see <see cref="Keys"/>); a custom indicator's own code is allowed.</param>
    /// <param name="template">The template, with the placeholders of the library's English template for that key (or fewer).</param>
    /// <returns>The new catalog; this one is unchanged.</returns>
    /// <exception cref="ArgumentException">An argument is empty, or the template names a placeholder the library's template for that key does not have.</exception>
    public MessageCatalog With(string language, string key, string template) =>
        With(language, [new KeyValuePair<string, string>(key, template)]);

    /// <summary>A catalog with several messages (or terms) replaced or added in one language: a whole translation at once.</summary>
    /// <param name="language">The language (see <see cref="With(string, string, string)"/>).</param>
    /// <param name="templates">The templates by key.</param>
    /// <returns>The new catalog; this one is unchanged.</returns>
    /// <exception cref="ArgumentException">An argument is empty, or a template names a placeholder the library's template for its key does not have.</exception>
    public MessageCatalog With(string language, IEnumerable<KeyValuePair<string, string>> templates)
    {
        if (string.IsNullOrWhiteSpace(language))
        {
            throw new ArgumentException("The language is empty.", nameof(language));
        }

        if (templates is null)
        {
            throw new ArgumentNullException(nameof(templates));
        }

        var name = language.Trim().ToLowerInvariant();
        var table = (languages.TryGetValue(name, out var existing) ? existing : ImmutableDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal)).ToBuilder();
        foreach (var pair in templates)
        {
            var key = pair.Key;
            var template = pair.Value;
            if (string.IsNullOrWhiteSpace(key) || string.IsNullOrWhiteSpace(template))
            {
                throw new ArgumentException("A key or a template is empty.", nameof(templates));
            }

            if (Messages.All.TryGetValue(key, out var own))
            {
                var allowed = Placeholders(own.English);
                var unknown = Placeholders(template).FirstOrDefault(p => !allowed.Contains(p));
                if (unknown is not null)
                {
                    throw new ArgumentException($"The template for '{key}' names '{{{unknown}}}', which the message does not have (it has: {string.Join(", ", allowed.OrderBy(a => a, StringComparer.Ordinal))}).", nameof(templates));
                }
            }

            table[key] = template;
        }

        return new MessageCatalog(languages.SetItem(name, table.ToImmutable()));
    }

    /// <summary>Finds the template of a key in one language, without falling back.</summary>
    /// <param name="language">The language, such as <c>nl</c>.</param>
    /// <param name="key">The key.</param>
    /// <param name="template">The template found, or null.</param>
    /// <returns>True when the language has the key.</returns>
    public bool TryGetTemplate(string language, string key, out string? template)
    {
        template = null;
        return language is not null && key is not null
            && languages.TryGetValue(language.ToLowerInvariant(), out var table) && table.TryGetValue(key, out template);
    }

    /// <summary>
    /// The message of a finding in the language of a culture: the catalog's template for its <see cref="Finding.MessageKey"/>
    /// filled with its arguments; a finding the catalog has no template for (a custom indicator's) keeps its own Dutch or English.
    /// </summary>
    /// <param name="finding">The finding.</param>
    /// <param name="culture">The culture; the current UI culture when null.</param>
    /// <returns>The message.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="finding"/> is null.</exception>
    public string GetMessage(Finding finding, CultureInfo? culture = null)
    {
        if (finding is null)
        {
            throw new ArgumentNullException(nameof(finding));
        }

        culture ??= CultureInfo.CurrentUICulture;
        var chain = Chain(culture);
        foreach (var language in chain)
        {
            if (languages.TryGetValue(language, out var table) && table.TryGetValue(finding.MessageKey, out var template))
            {
                return Fill(template, finding.Arguments, culture, chain);
            }
        }

        return culture.TwoLetterISOLanguageName == "nl" ? finding.MessageDutch : finding.MessageEnglish;
    }

    /// <summary>Fills the template of a key in the language of a culture (falling back to English) with arguments.</summary>
    /// <param name="key">The key.</param>
    /// <param name="arguments">The values of the placeholders; a placeholder without one is left as written.</param>
    /// <param name="culture">The culture; the current UI culture when null.</param>
    /// <returns>The text.</returns>
    /// <exception cref="KeyNotFoundException">Neither the language nor English has the key.</exception>
    public string Format(string key, IReadOnlyDictionary<string, string> arguments, CultureInfo? culture = null)
    {
        culture ??= CultureInfo.CurrentUICulture;
        var chain = Chain(culture);
        return Find(key, chain) is { } template
            ? Fill(template, arguments ?? ImmutableDictionary<string, string>.Empty, culture, chain)
            : throw new KeyNotFoundException($"The catalog has no message '{key}'.");
    }

    private string Fill(string template, IReadOnlyDictionary<string, string> arguments, CultureInfo culture, string[] chain) =>
        Messages.Format(template, arguments, culture, key => Find(key, chain), strict: false);

    private string? Find(string key, string[] chain)
    {
        foreach (var language in chain)
        {
            if (languages.TryGetValue(language, out var table) && table.TryGetValue(key, out var template))
            {
                return template;
            }
        }

        return null;
    }

    /// <summary>The languages to try for a culture: its name (<c>nl-be</c>), its two letters (<c>nl</c>), then English.</summary>
    private static string[] Chain(CultureInfo culture) =>
        [.. new[] { culture.Name.ToLowerInvariant(), culture.TwoLetterISOLanguageName.ToLowerInvariant(), English }.Where(l => l.Length > 0 && l != "iv").Distinct()];

    private static HashSet<string> Placeholders(string template)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var open = template.IndexOf('{'); open >= 0; open = template.IndexOf('{', open + 1))
        {
            var close = template.IndexOf('}', open);
            if (close < 0)
            {
                break;
            }

            var inside = template.Substring(open + 1, close - open - 1);
            var colon = inside.IndexOf(':');
            names.Add(colon < 0 ? inside : inside.Substring(0, colon));
        }

        return names;
    }
}
