using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace DataGrip.Core;

/// <summary>
/// One thing a check found: a stable code, a severity, where (JSON Pointer and, where known, line and column) and
/// a message in English and Dutch.
/// </summary>
/// <remarks>
/// <para>Instances are immutable. A finding the library makes writes its messages from its template and
/// <see cref="Arguments"/> each time they are read, not when it is made: most findings of a large portfolio are
/// counted, not read, and writing two languages for each was most of the cost of scoring one. Two findings are equal
/// when their properties are, messages included, whether or not a message was read.</para>
/// <para>Codes are never reused; each area lists its own: <see cref="SchemaCodes"/> (<c>DG-S</c>),
/// <see cref="Completeness.CompletenessCodes"/> (<c>DG-C</c>), <see cref="Completeness.PublishabilityCodes"/> (<c>DG-P</c>),
/// <see cref="Risk.RiskCodes"/> (<c>DG-R</c>), <see cref="Interop.InteropCodes"/> (<c>DG-I</c>) and
/// <see cref="Overlap.OverlapCodes"/> (<c>DG-O</c>). A custom completeness indicator brings its own code.</para>
/// </remarks>
public sealed record Finding
{
    private readonly string? messageKey;
    private readonly string? messageEnglish;
    private readonly string? messageDutch;
    private readonly Messages.Template? template; // writes the messages not given as text
    private readonly IReadOnlyDictionary<string, string> arguments = FindingArguments.Empty;

    /// <summary>Makes an empty finding; give its required members in the initializer.</summary>
    public Finding()
    {
    }

    /// <summary>A finding of the library's: its messages are written from the template when read.</summary>
    [SetsRequiredMembers]
#pragma warning disable CS8618 // The messages are written from the template, never null.
    internal Finding(string code, string? key, Severity severity, string pointer, long? line, long? column, Messages.Template template, FindingArguments arguments)
#pragma warning restore CS8618
    {
        Code = code;
        messageKey = key ?? code;
        Severity = severity;
        Pointer = pointer;
        Line = line;
        Column = column;
        this.template = template;
        this.arguments = arguments;
    }

    /// <summary>The stable code, such as <c>DG-S010</c>; see the code classes listed on <see cref="Finding"/>.</summary>
    public required string Code { get; init; }

    /// <summary>
    /// The key of the message's template in a <see cref="MessageCatalog"/>: the code, or the code and a variant
    /// where one code has more than one message (such as <c>DG-C001.tooLong</c>). Defaults to <see cref="Code"/>.
    /// </summary>
    public string MessageKey
    {
        get => messageKey ?? Code;
        init => messageKey = value;
    }

    /// <summary>How serious it is.</summary>
    public required Severity Severity { get; init; }

    /// <summary>The JSON Pointer (RFC 6901) of the offending value in the document; empty for the whole document.</summary>
    public required string Pointer { get; init; }

    /// <summary>The 1-based line of the offending value in the input, where known.</summary>
    public long? Line { get; init; }

    /// <summary>The 1-based column (in bytes of UTF-8 for the reader, characters for the validator) on <see cref="Line"/>, where known.</summary>
    public long? Column { get; init; }

    /// <summary>The message in English.</summary>
    public required string MessageEnglish
    {
        get => messageEnglish ?? (template is null ? string.Empty : Messages.English(template.English, arguments));
        init => messageEnglish = value;
    }

    /// <summary>The message in Dutch.</summary>
    public required string MessageDutch
    {
        get => messageDutch ?? (template is null ? string.Empty : Messages.Dutch(template.Dutch, arguments));
        init => messageDutch = value;
    }

    /// <summary>
    /// The values the message was made from (such as <c>Property</c>, <c>Value</c>, <c>MaxLength</c>), for a user's own
    /// messages: numbers in the invariant form, words as stable keys (a term of the catalog, such as <c>assumed</c>).
    /// </summary>
    public IReadOnlyDictionary<string, string> Arguments
    {
        get => arguments;
        init
        {
            if (template is not null)
            {
                // A copy with other arguments keeps the messages it was made with, as when messages were written at once.
                messageEnglish = MessageEnglish;
                messageDutch = MessageDutch;
            }

            arguments = value ?? ImmutableDictionary<string, string>.Empty;
        }
    }

    /// <summary>
    /// The message in the language of <paramref name="culture"/>: without a catalog, Dutch for any <c>nl</c> culture and
    /// English otherwise; with a catalog, its template for <see cref="MessageKey"/> in the culture's language, filled
    /// with <see cref="Arguments"/> (falling back to Dutch or English as without one).
    /// </summary>
    /// <param name="culture">The culture; the current UI culture when null.</param>
    /// <param name="catalog">A vendor's catalog (see <see cref="MessageCatalog.With(string, string, string)"/>); null for the library's own messages.</param>
    /// <returns>The message.</returns>
    public string GetMessage(CultureInfo? culture = null, MessageCatalog? catalog = null)
    {
        culture ??= CultureInfo.CurrentUICulture;
        if (catalog is not null)
        {
            return catalog.GetMessage(this, culture);
        }

        return culture.TwoLetterISOLanguageName == "nl" ? MessageDutch : MessageEnglish;
    }

    /// <summary>Whether the other finding has the same properties, its messages included (written to compare only when they come from different sources).</summary>
    /// <param name="other">The other finding.</param>
    /// <returns>True when every property is equal; the arguments are compared by their names and values.</returns>
    public bool Equals(Finding? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (string.Equals(Code, other.Code, StringComparison.Ordinal)
                && string.Equals(MessageKey, other.MessageKey, StringComparison.Ordinal)
                && Severity == other.Severity
                && string.Equals(Pointer, other.Pointer, StringComparison.Ordinal)
                && Line == other.Line
                && Column == other.Column
                && FindingArguments.Same(arguments, other.arguments)
                && (SameMessageSource(other)
                    || (string.Equals(MessageEnglish, other.MessageEnglish, StringComparison.Ordinal) && string.Equals(MessageDutch, other.MessageDutch, StringComparison.Ordinal)))));

    /// <summary>A hash of the code, the key, the severity and the place (the messages follow from the rest, mostly, and cost a write to hash).</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode()
    {
        unchecked
        {
            var hash = StringComparer.Ordinal.GetHashCode(Code ?? string.Empty);
            hash = (hash * 31) + StringComparer.Ordinal.GetHashCode(MessageKey ?? string.Empty);
            hash = (hash * 31) + (int)Severity;
            hash = (hash * 31) + StringComparer.Ordinal.GetHashCode(Pointer ?? string.Empty);
            hash = (hash * 31) + Line.GetHashCode();
            return (hash * 31) + Column.GetHashCode();
        }
    }

    /// <summary>Whether the messages of both are written the same way: the same texts given, the same template (the arguments are compared apart).</summary>
    private bool SameMessageSource(Finding other) =>
        string.Equals(messageEnglish, other.messageEnglish, StringComparison.Ordinal)
        && string.Equals(messageDutch, other.messageDutch, StringComparison.Ordinal)
        && Equals(template, other.template);

    /// <summary>A one-line form for logs: code, severity, where, and the English message.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var where = Pointer.Length == 0 ? "/" : Pointer;
        if (Line is { } line)
        {
            where += Column is { } column
                ? string.Format(CultureInfo.InvariantCulture, " (line {0}, column {1})", line, column)
                : string.Format(CultureInfo.InvariantCulture, " (line {0})", line);
        }

        return $"{Code} {Severity} at {where}: {MessageEnglish}";
    }
}

