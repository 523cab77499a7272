using System.Collections.Immutable;
using System.Globalization;

namespace DataGrip.Core.Reporting;

/// <summary>
/// One figure of a grip report, with what it is made of: a stable code, the value, its numerator and denominator, a
/// definition and an explanation in Dutch and English, and the projects behind it, so a person can drill down from any
/// number to the projects.
/// </summary>
public sealed record ReportMetric
{
    /// <summary>The stable code, <c>DG-M###</c> (see <see cref="ReportCodes"/>); with <see cref="Category"/> it identifies the figure.</summary>
    public required string Code { get; init; }

    /// <summary>The category a breakdown metric counts (a phase, theme or class as its wire name, a supplier, a framework clause); null for a single figure.</summary>
    public string? Category { get; init; }

    /// <summary>The category as a person reads it, in Dutch; null for a single figure.</summary>
    public string? LabelDutch { get; init; }

    /// <summary>The category as a person reads it, in English; null for a single figure.</summary>
    public string? LabelEnglish { get; init; }

    /// <summary>What <see cref="Value"/> is.</summary>
    public required MetricUnit Unit { get; init; }

    /// <summary>What the numerator and denominator count.</summary>
    public MetricSubject Subject { get; init; } = MetricSubject.Projects;

    /// <summary>The figure: the numerator (count), the share (0–1), the median months or the mean score.</summary>
    public required decimal Value { get; init; }

    /// <summary>How many the figure is about (never more than <see cref="Denominator"/>).</summary>
    public required int Numerator { get; init; }

    /// <summary>Out of how many.</summary>
    public required int Denominator { get; init; }

    /// <summary>The same figure in the previous export, when one was given and it has the figure.</summary>
    public decimal? PreviousValue { get; init; }

    /// <summary>The figure's <see cref="Denominator"/> in the previous export, when it has <see cref="PreviousValue"/>: a count's share of the whole then.</summary>
    public int? PreviousDenominator { get; init; }

    /// <summary>What the metric measures, in Dutch.</summary>
    public required string DefinitionDutch { get; init; }

    /// <summary>What the metric measures, in English.</summary>
    public required string DefinitionEnglish { get; init; }

    /// <summary>The figure in a sentence, in Dutch.</summary>
    public required string ExplanationDutch { get; init; }

    /// <summary>The figure in a sentence, in English.</summary>
    public required string ExplanationEnglish { get; init; }

    /// <summary>The projects behind the numerator, by id, in a fixed order.</summary>
    public ImmutableArray<string> ProjectIds { get; init; } = [];

    /// <summary>The definition in the culture's language (Dutch for any Dutch culture, otherwise English).</summary>
    /// <param name="culture">The culture; the current UI culture when null.</param>
    /// <returns>The definition.</returns>
    public string GetDefinition(CultureInfo? culture = null) => ReportText.IsDutch(culture) ? DefinitionDutch : DefinitionEnglish;

    /// <summary>The explanation in the culture's language.</summary>
    /// <param name="culture">The culture; the current UI culture when null.</param>
    /// <returns>The explanation.</returns>
    public string GetExplanation(CultureInfo? culture = null) => ReportText.IsDutch(culture) ? ExplanationDutch : ExplanationEnglish;

    /// <summary>The category label in the culture's language, or null for a single figure.</summary>
    /// <param name="culture">The culture; the current UI culture when null.</param>
    /// <returns>The label.</returns>
    public string? GetLabel(CultureInfo? culture = null) => ReportText.IsDutch(culture) ? LabelDutch : LabelEnglish;
}
