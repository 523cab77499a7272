using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace DataGrip.Core.Reporting;

/// <summary>
/// The grip report of a municipality's portfolio for one audience: sections of explained metrics, worklists, the
/// projects behind every figure, the KPIs in budget terms, and findings on the input. Immutable and deterministic: the
/// same export, options and as-of date give the same report. Build one with <see cref="PortfolioReportBuilder"/>; write
/// it with <see cref="PortfolioReportWriter"/>.
/// </summary>
public sealed record PortfolioReport
{
    /// <summary>The version of the report format (<c>schema/v1/datagrip-portfolio-report.schema.json</c>).</summary>
    public const string CurrentFormatVersion = "1.0";

    /// <summary>The version of the report format this report follows.</summary>
    public string FormatVersion { get; init; } = CurrentFormatVersion;

    /// <summary>Who the report is for.</summary>
    public required ReportAudience Audience { get; init; }

    /// <summary>The date the figures are computed for.</summary>
    public required DateTime AsOf { get; init; }

    /// <summary>The first day of the reporting period (the period ends on <see cref="AsOf"/>).</summary>
    public required DateTime PeriodStart { get; init; }

    /// <summary>The organisation that published the export, if it says.</summary>
    public string? Publisher { get; init; }

    /// <summary>When the export was made, if it says.</summary>
    public DateTimeOffset? ExportGeneratedAt { get; init; }

    /// <summary>When the previous export was made, when one was compared.</summary>
    public DateTimeOffset? PreviousGeneratedAt { get; init; }

    /// <summary>Whether a previous export was compared (changes and previous values are in the report).</summary>
    public bool HasPrevious { get; init; }

    /// <summary>The name of the council's framework the portfolio was checked against.</summary>
    public string FrameworkName { get; init; } = "";

    /// <summary>The library and version that made the report, for reproducibility.</summary>
    public string Generator { get; init; } = "";

    /// <summary>The sections, in order.</summary>
    public ImmutableArray<ReportSection> Sections { get; init; } = [];

    /// <summary>The projects the figures are about, by id (for a public report, as the public export shows them).</summary>
    public ImmutableArray<ReportProject> Projects { get; init; } = [];

    /// <summary>The KPIs, per project, in budget terms (baseline, target, latest, status).</summary>
    public ImmutableArray<ReportKpi> Kpis { get; init; } = [];

    /// <summary>What the report found in its input (an empty export, duplicate ids, another publisher's previous export…).</summary>
    public ImmutableArray<Finding> Findings { get; init; } = [];

    /// <summary>Every metric of every section.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IEnumerable<ReportMetric> Metrics => Sections.SelectMany(s => s.Metrics);

    /// <summary>A metric by code and category, or null when the report does not have it.</summary>
    /// <param name="code">The code (<c>DG-M###</c>).</param>
    /// <param name="category">The category; null for a single figure.</param>
    /// <returns>The metric, or null.</returns>
    public ReportMetric? Metric(string code, string? category = null) =>
        Metrics.FirstOrDefault(m => m.Code == code && string.Equals(m.Category, category, StringComparison.Ordinal));
}
