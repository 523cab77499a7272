using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;

namespace DataGrip.Core;

/// <summary>
/// One thing a check found: a stable code, a severity, where (JSON Pointer and, where known, line and column) and
/// a message in English and Dutch.
/// </summary>
/// <remarks>
/// Instances are immutable. Codes are never reused; each area lists its own: <see cref="SchemaCodes"/> (<c>DG-S</c>),
/// <see cref="Completeness.CompletenessCodes"/> (<c>DG-C</c>), <see cref="Completeness.PublishabilityCodes"/> (<c>DG-P</c>),
/// <see cref="Risk.RiskCodes"/> (<c>DG-R</c>), <see cref="Interop.InteropCodes"/> (<c>DG-I</c>) and
/// <see cref="Overlap.OverlapCodes"/> (<c>DG-O</c>). A custom completeness indicator brings its own code.
/// </remarks>
public sealed record Finding
{
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

    private readonly string? messageKey;

    /// <summary>How serious it is.</summary>
    public required Severity Severity { get; init; }

    /// <summary>The JSON Pointer (RFC 6901) of the offending value in the document; empty for the whole document.</summary>
    public required string Pointer { get; init; }

    /// <summary>The 1-based line of the offending value in the input, where known.</summary>
    public long? Line { get; init; }

    /// <summary>The 1-based column (in bytes of UTF-8 for the reader, characters for the validator) on <see cref="Line"/>, where known.</summary>
    public long? Column { get; init; }

    /// <summary>The message in English.</summary>
    public required string MessageEnglish { get; init; }

    /// <summary>The message in Dutch.</summary>
    public required string MessageDutch { get; init; }

    /// <summary>
    /// The values the message was made from (such as <c>Property</c>, <c>Value</c>, <c>MaxLength</c>), for a user's own
    /// messages: numbers in the invariant form, words as stable keys (a term of the catalog, such as <c>assumed</c>).
    /// </summary>
    public IReadOnlyDictionary<string, string> Arguments { get; init; } = ImmutableDictionary<string, string>.Empty;

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
