using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;

namespace DataGrip.Core;

/// <summary>
/// One thing a check found: a stable code, a severity, where (JSON Pointer and, where known, line and column) and
/// a message in English and Dutch.
/// </summary>
/// <remarks>Instances are immutable. The codes are listed in <see cref="FindingCodes"/> and never reused.</remarks>
public sealed record Finding
{
    /// <summary>The stable code, such as <c>DG-S010</c>; see <see cref="FindingCodes"/>.</summary>
    public required string Code { get; init; }

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

    /// <summary>The values the message was made from (such as <c>Property</c>, <c>Value</c>, <c>MaxLength</c>), for a user's own messages.</summary>
    public IReadOnlyDictionary<string, string> Arguments { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>The message in the language of <paramref name="culture"/>: Dutch for any <c>nl</c> culture, English otherwise.</summary>
    /// <param name="culture">The culture; the current UI culture when null.</param>
    /// <returns>The message.</returns>
    public string GetMessage(CultureInfo? culture = null)
    {
        var language = (culture ?? CultureInfo.CurrentUICulture).TwoLetterISOLanguageName;
        return language == "nl" ? MessageDutch : MessageEnglish;
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
