namespace DataGrip.Core.Reporting;

/// <summary>One KPI of a project in the council's planning-and-control terms: baseline, target, latest measurement and status.</summary>
public sealed record ReportKpi
{
    /// <summary>The project's id.</summary>
    public required string ProjectId { get; init; }

    /// <summary>The societal goal.</summary>
    public required string Goal { get; init; }

    /// <summary>What is measured.</summary>
    public required string Indicator { get; init; }

    /// <summary>The unit.</summary>
    public string? Unit { get; init; }

    /// <summary>The budget programme it reports under.</summary>
    public string? Programme { get; init; }

    /// <summary>The baseline (nulmeting).</summary>
    public decimal? Baseline { get; init; }

    /// <summary>The target (streefwaarde).</summary>
    public decimal? Target { get; init; }

    /// <summary>The latest measured value (realisatie): the latest dated measurement, else the KPI's measured value.</summary>
    public decimal? Latest { get; init; }

    /// <summary>When the latest value was measured.</summary>
    public string? LatestDate { get; init; }

    /// <summary>Where the latest value comes from (bron).</summary>
    public string? Source { get; init; }

    /// <summary><c>met</c>, <c>notMet</c>, <c>notMeasured</c> or <c>notMeasurable</c> (no target).</summary>
    public required string Status { get; init; }
}
