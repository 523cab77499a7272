using System;
using System.Collections.Generic;
using System.Linq;
using DataGrip.Core.Overlap;

namespace DataGrip.Core.Reporting;

/// <summary>
/// Why a project is on a worklist: the key of its text (<c>report:reason.…</c>) and the arguments, written in a language
/// only when asked. A report at 100,000 projects has about a million worklist items and its writers show few of them,
/// so a reason that wrote both languages up front would cost the report more than all its figures.
/// </summary>
/// <remarks>Immutable; the written texts are kept once made (a race writes the same text twice, harmlessly). Equal when the texts are.</remarks>
internal sealed class ReportReason : IEquatable<ReportReason>
{
    private static readonly ReportArgument[] NoArguments = [];

    private readonly string? key;
    private readonly ReportArgument[] arguments;
    private string? dutch;
    private string? english;

    private ReportReason(string? key, ReportArgument[] arguments, string? dutch, string? english)
    {
        this.key = key;
        this.arguments = arguments;
        this.dutch = dutch;
        this.english = english;
    }

    /// <summary>The key in <see cref="ReportMessages.Reasons"/>, or null for a reason given as text.</summary>
    public string? Key => key;

    public IReadOnlyList<ReportArgument> Arguments => arguments;

    public string Dutch => dutch ??= Write(true);

    public string English => english ??= Write(false);

    /// <summary>A reason from its text's key and arguments; without arguments the text is the template itself, one reason shared by every item.</summary>
    public static ReportReason Of(string key, params ReportArgument[] arguments) =>
        arguments.Length == 0 ? Plain[key] : new ReportReason(key, arguments, null, null);

    private static readonly Dictionary<string, ReportReason> Plain = ReportMessages.Reasons.ToDictionary(
        p => p.Key, p => new ReportReason(p.Key, NoArguments, p.Value.Dutch, p.Value.English), StringComparer.Ordinal);

    /// <summary>No reason yet: what a consumer's own item starts from before its initializer gives the texts.</summary>
    public static ReportReason None { get; } = Given("", "");

    /// <summary>A reason given as text (a consumer's own item).</summary>
    public static ReportReason Given(string? dutch, string? english) => new(null, NoArguments, dutch ?? "", english ?? "");

    public ReportReason WithDutch(string value) => Given(value, English);

    public ReportReason WithEnglish(string value) => Given(Dutch, value);

    /// <summary>
    /// The order of the English texts (ordinal), without writing them when the order follows from the arguments: two
    /// reasons of one text whose only placeholder ends it ("breaks: {Clause}") are in the order of that argument.
    /// </summary>
    public static int CompareEnglish(ReportReason a, ReportReason b)
    {
        if (ReferenceEquals(a, b))
        {
            return 0;
        }

        if (a.key is not null && a.key == b.key && a.arguments.Length == 1 && b.arguments.Length == 1
            && a.arguments[0].Name == b.arguments[0].Name && EndingPlaceholders.TryGetValue(a.key, out var last) && last == a.arguments[0].Name)
        {
            return string.CompareOrdinal(a.arguments[0].Value(false), b.arguments[0].Value(false));
        }

        return string.CompareOrdinal(a.English, b.English);
    }

    public bool Equals(ReportReason? other) =>
        other is not null && (ReferenceEquals(this, other) || (string.Equals(Dutch, other.Dutch, StringComparison.Ordinal) && string.Equals(English, other.English, StringComparison.Ordinal)));

    public override bool Equals(object? obj) => Equals(obj as ReportReason);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(English);

    /// <summary>For each text whose only placeholder ends it (in English), that placeholder's name.</summary>
    private static readonly Dictionary<string, string> EndingPlaceholders = ReportMessages.Reasons
        .Where(p => p.Value.English.EndsWith("}", StringComparison.Ordinal) && p.Value.English.IndexOf('{') == p.Value.English.LastIndexOf('{'))
        .ToDictionary(p => p.Key, p => p.Value.English.Substring(p.Value.English.IndexOf('{') + 1, p.Value.English.Length - p.Value.English.IndexOf('{') - 2), StringComparer.Ordinal);

    private string Write(bool inDutch)
    {
        if (key is null)
        {
            return "";
        }

        var text = ReportMessages.Reasons[key];
        return Messages.Format(inDutch ? text.Dutch : text.English, new InLanguage(arguments, inDutch), inDutch);
    }

    /// <summary>The arguments in one language, looked up without building a dictionary.</summary>
    private sealed class InLanguage(ReportArgument[] arguments, bool dutch) : IReadOnlyDictionary<string, string>
    {
        public int Count => arguments.Length;

        public IEnumerable<string> Keys => arguments.Select(a => a.Name);

        public IEnumerable<string> Values => arguments.Select(a => a.Value(dutch));

        public string this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

        public bool ContainsKey(string key) => TryGetValue(key, out _);

        public bool TryGetValue(string key, out string value)
        {
            foreach (var a in arguments)
            {
                if (a.Name == key)
                {
                    value = a.Value(dutch);
                    return true;
                }
            }

            value = "";
            return false;
        }

        public IEnumerator<KeyValuePair<string, string>> GetEnumerator() =>
            arguments.Select(a => new KeyValuePair<string, string>(a.Name, a.Value(dutch))).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

/// <summary>One argument of a <see cref="ReportReason"/>: its value in Dutch and English, or a text written only when the reason is (an overlap's explanation, its partners).</summary>
internal readonly struct ReportArgument
{
    private readonly string? dutch;
    private readonly string? english;
    private readonly IReportText? later;

    public ReportArgument(string name, string dutch, string english)
    {
        Name = name;
        this.dutch = dutch;
        this.english = english;
        later = null;
    }

    /// <summary>The same value in both languages (a date, a code).</summary>
    public ReportArgument(string name, string value)
        : this(name, value, value)
    {
    }

    public ReportArgument(string name, (string Dutch, string English) value)
        : this(name, value.Dutch, value.English)
    {
    }

    public ReportArgument(string name, IReportText later)
    {
        Name = name;
        dutch = null;
        english = null;
        this.later = later;
    }

    public string Name { get; }

    public string Value(bool inDutch) => later is not null ? later.Write(inDutch) : (inDutch ? dutch : english) ?? "";

    /// <summary>The value for a writer with a vendor's catalog: a later text in the catalog's words, any other value in Dutch or English.</summary>
    public string Value(bool inDutch, System.Globalization.CultureInfo culture, MessageCatalog catalog) =>
        later is not null ? later.Write(culture, catalog) : Value(inDutch);
}

/// <summary>A text of a reason written only when the reason is: in Dutch or English, or in a vendor's catalog's words.</summary>
internal interface IReportText
{
    string Write(bool dutch);

    string Write(System.Globalization.CultureInfo culture, MessageCatalog catalog);
}

/// <summary>Why two projects overlap: the pair's own explanation, for a worklist reason.</summary>
internal sealed class PairExplanation(OverlapPair pair) : IReportText
{
    // Across organisations the reason's kind ("reuse opportunity with …") and the partners' organisations already say
    // whose the projects are; within one, the kind's words say why it is a duplicate or an overlap.
    private readonly bool kind = pair.Kind is OverlapKind.Duplicate or OverlapKind.Overlap;

    public string Write(bool dutch) => OverlapExplanation.Write(pair, dutch ? Messages.DutchCulture : System.Globalization.CultureInfo.InvariantCulture, null, kind);

    public string Write(System.Globalization.CultureInfo culture, MessageCatalog catalog) => OverlapExplanation.Write(pair, culture, catalog, kind);
}
