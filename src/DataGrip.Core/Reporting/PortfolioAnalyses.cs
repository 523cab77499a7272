using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using DataGrip.Core.Analysis;
using DataGrip.Core.Completeness;
using DataGrip.Core.Model;
using DataGrip.Core.Overlap;
using DataGrip.Core.Risk;

namespace DataGrip.Core.Reporting;

/// <summary>
/// The one seam between the report and the analyses: every per-project analysis the report needs, computed once per
/// project. When <c>ProjectAnalyzer</c> (issue 11) lands, this is the one class to switch to it.
/// </summary>
internal sealed class PortfolioAnalyses
{
    private PortfolioAnalyses(ImmutableArray<DataProject> projects, CompletenessResult[] completeness, PublishabilityResult[] publishability, RiskAssessment[] risk, OverlapResult? overlap)
    {
        Projects = projects;
        Completeness = completeness;
        Publishability = publishability;
        Risk = risk;
        Overlap = overlap;
    }

    public ImmutableArray<DataProject> Projects { get; }

    public CompletenessResult[] Completeness { get; }

    public PublishabilityResult[] Publishability { get; }

    public RiskAssessment[] Risk { get; }

    /// <summary>The overlap pairs, or null when overlap was not asked for.</summary>
    public OverlapResult? Overlap { get; }

    public static PortfolioAnalyses Run(ImmutableArray<DataProject> projects, DateTime asOf, PortfolioReportOptions options, IProgress<OverlapProgress>? progress)
    {
        var completenessOptions = new CompletenessOptions
        {
            ReferenceDate = new DateTimeOffset(DateTime.SpecifyKind(asOf.Date, DateTimeKind.Utc)),
            StaleAfterMonths = options.StaleAfterMonths,
        };

        // One analysis of each project (completeness, publishability and risk share its facts); overlap runs apart
        // for its progress and the report's own overlap options.
        var analyzer = new ProjectAnalyzer(new DataGripOptions { Completeness = completenessOptions, Risk = new RiskOptions { Framework = options.Framework } });
        var analysis = analyzer.Analyze(new ProjectExport { Projects = projects }, new AnalysisOptions { OverlapNeighbours = 0 });
        var completeness = new CompletenessResult[projects.Length];
        var publishability = new PublishabilityResult[projects.Length];
        var risk = new RiskAssessment[projects.Length];
        for (var i = 0; i < projects.Length; i++)
        {
            completeness[i] = analysis.Projects[i].Completeness!;
            publishability[i] = analysis.Projects[i].Publishability!;
            risk[i] = analysis.Projects[i].Risk!;
        }

        var overlap = options.IncludeOverlap ? new OverlapDetector(options.Overlap).FindPairs(projects, progress) : null;
        return new PortfolioAnalyses(projects, completeness, publishability, risk, overlap);
    }
}
