using System.Collections.Immutable;
using System.Globalization;

namespace DataGrip.Core.Reporting;

/// <summary>One section of a grip report: its metrics and the worklists that go with them.</summary>
public sealed record ReportSection
{
    /// <summary>The stable key: <c>inventory</c>, <c>pilotToScale</c>, <c>responsibleUse</c>, <c>goals</c>, <c>quality</c>, <c>reuse</c>, <c>changes</c> or <c>unknowns</c>.</summary>
    public required string Key { get; init; }

    /// <summary>The section's number in the order, 1–8 (an audience's report may leave sections out).</summary>
    public required int Number { get; init; }

    /// <summary>The title in Dutch.</summary>
    public required string TitleDutch { get; init; }

    /// <summary>The title in English.</summary>
    public required string TitleEnglish { get; init; }

    /// <summary>The metrics, in a fixed order.</summary>
    public ImmutableArray<ReportMetric> Metrics { get; init; } = [];

    /// <summary>The worklists: the projects that need work, each with the reason.</summary>
    public ImmutableArray<ReportWorklist> Worklists { get; init; } = [];

    /// <summary>The title in the culture's language.</summary>
    /// <param name="culture">The culture; the current UI culture when null.</param>
    /// <returns>The title.</returns>
    public string GetTitle(CultureInfo? culture = null) => ReportText.IsDutch(culture) ? TitleDutch : TitleEnglish;
}
