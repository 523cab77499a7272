using System;
using System.Collections.Generic;
using DataGrip.Core.Model;
using DataGrip.Core.Overlap;
using DataGrip.Core.Risk;

namespace DataGrip.Core.Reporting;

/// <summary>The options of a grip report: who it is for, on which date, over which period, against which framework, compared with what.</summary>
public sealed record PortfolioReportOptions
{
    /// <summary>The defaults: the CDO office's report, as of the builder's clock, the built-in framework, no previous export.</summary>
    public static PortfolioReportOptions Default { get; } = new();

    /// <summary>Who the report is for.</summary>
    /// <value>The default value is <see cref="ReportAudience.Cdo"/>.</value>
    public ReportAudience Audience { get; init; } = ReportAudience.Cdo;

    /// <summary>The date the figures are computed for (a time of day is ignored); null for today by the builder's clock.</summary>
    public DateTime? AsOf { get; init; }

    /// <summary>The first day of the reporting period; null for twelve months before <see cref="AsOf"/>. The period ends on the as-of date.</summary>
    public DateTime? PeriodStart { get; init; }

    /// <summary>The council's risk framework the portfolio is checked against, clause by clause.</summary>
    /// <value>The default value is <see cref="RiskFramework.Default"/>.</value>
    public RiskFramework Framework { get; init; } = RiskFramework.Default;

    /// <summary>The previous export, for the changes since the previous report and the previous value of each figure; null for none.</summary>
    public ProjectExport? Previous { get; init; }

    /// <summary>A pilot in pilot longer than this many months without a decision is stuck.</summary>
    /// <value>The default value is 12.</value>
    public int StuckPilotMonths { get; init; } = 12;

    /// <summary>A registration not reviewed or changed for this many months is stale (as in completeness scoring).</summary>
    /// <value>The default value is 12.</value>
    public int StaleAfterMonths { get; init; } = 12;

    /// <summary>A pilot's decision is due when its evaluation date or planned end falls within this many months.</summary>
    /// <value>The default value is 3.</value>
    public int DecisionDueMonths { get; init; } = 3;

    /// <summary>Whether to compare the projects for duplicates, overlap and reuse (the costliest part on large exports).</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool IncludeOverlap { get; init; } = true;

    /// <summary>How projects are compared for overlap.</summary>
    /// <value>The default value is <see cref="OverlapOptions.Default"/>.</value>
    public OverlapOptions Overlap { get; init; } = OverlapOptions.Default;

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentException">An option is invalid; the message lists every problem.</exception>
    public void Validate()
    {
        var problems = new List<string>();
        if (Framework is null)
        {
            problems.Add("Framework must not be null (use RiskFramework.Default).");
        }

        if (Overlap is null)
        {
            problems.Add("Overlap must not be null (use OverlapOptions.Default).");
        }

        if (StuckPilotMonths is < 1 or > 240)
        {
            problems.Add($"StuckPilotMonths must be 1–240, not {StuckPilotMonths}.");
        }

        if (StaleAfterMonths is < 1 or > 240)
        {
            problems.Add($"StaleAfterMonths must be 1–240, not {StaleAfterMonths}.");
        }

        if (DecisionDueMonths is < 0 or > 60)
        {
            problems.Add($"DecisionDueMonths must be 0–60, not {DecisionDueMonths}.");
        }

        if (AsOf is { } asOf && PeriodStart is { } start && start.Date > asOf.Date)
        {
            problems.Add($"PeriodStart ({start:yyyy-MM-dd}) must not be after AsOf ({asOf:yyyy-MM-dd}).");
        }

        if (AsOf is { Year: < 1900 or > 9000 } || PeriodStart is { Year: < 1900 or > 9000 })
        {
            problems.Add("AsOf and PeriodStart must be dates from 1900 to 9000.");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid PortfolioReportOptions: " + string.Join(" ", problems));
        }

        Overlap!.Validate();
    }
}
