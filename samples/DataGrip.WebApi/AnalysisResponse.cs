using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DataGrip.Core;
using DataGrip.Core.Analysis;
using DataGrip.Core.Completeness;
using DataGrip.Core.Model;
using DataGrip.Core.Overlap;
using DataGrip.Core.Risk;
using DataGrip.Core.Schema;

namespace DataGrip.WebApi;

/// <summary>
/// The answer to <c>POST /analyses</c>: the verdict and the figures over the export, and per project (in the export's
/// order) what each analysis says. The library's own types in it (findings, enums) are in the wire format; the parts
/// not asked for are left out.
/// </summary>
/// <param name="ProjectCount">The number of projects.</param>
/// <param name="Validation">The validator's verdict (the reader's checks, then the semantic checks and those across projects); null when not asked.</param>
/// <param name="Completeness">The completeness figures over the portfolio; null when not asked.</param>
/// <param name="Overlap">The overlap over the whole export; null when not asked.</param>
/// <param name="Findings">The findings about the export rather than one project (the reader's warnings, the envelope's); with validation alone, every finding.</param>
/// <param name="Projects">One result per project (none with validation alone).</param>
public sealed record AnalysisResponse(
    int ProjectCount,
    ValidationSummary? Validation,
    PortfolioSummary? Completeness,
    OverlapSummary? Overlap,
    ImmutableArray<Finding> Findings,
    IReadOnlyList<ProjectResult> Projects)
{
    /// <summary>The response of validation alone (streamed, no model): every finding in <see cref="Findings"/>, no projects.</summary>
    /// <param name="report">The validator's report.</param>
    /// <returns>The response.</returns>
    public static AnalysisResponse From(ValidationReport report) =>
        new(report.ProjectCount, new ValidationSummary(report.IsValid, report.ErrorCount, report.WarningCount), null, null, report.Findings, []);

    /// <summary>The response of an analysis, with the reader's findings (warnings only, as the export was read).</summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="readerFindings">The reader's findings.</param>
    /// <param name="asked">What was asked.</param>
    /// <returns>The response.</returns>
    /// <param name="allFindings">Every warning in full (<c>?findings=all</c>), not only by code.</param>
    public static AnalysisResponse From(ExportAnalysis analysis, ImmutableArray<Finding> readerFindings, AnalysisOptions asked, bool allFindings)
    {
        var exportFindings = readerFindings.AddRange(analysis.ExportFindings);
        ValidationSummary? validation = null;
        if (analysis.Validation is { } report)
        {
            var all = readerFindings.AddRange(report.Findings);
            validation = new ValidationSummary(
                all.All(f => f.Severity != Severity.Error),
                all.Count(f => f.Severity == Severity.Error),
                all.Count(f => f.Severity == Severity.Warning));
        }

        PortfolioSummary? completeness = analysis.Completeness is { } portfolio
            ? new PortfolioSummary(portfolio.MeanScore, portfolio.Bands, [.. portfolio.MostOftenMissing.Take(10)])
            : null;
        OverlapSummary? overlap = analysis.Overlap is { } result
            ? new OverlapSummary(result.PairsAboveThreshold, result.Pairs.Length, [.. result.Groups.Select(g => new OverlapGroupResult(g.ProjectIds, g.MaxScore))])
            : null;
        var projects = analysis.Projects.Select(p => ProjectResult.From(p, asked, allFindings)).ToList();
        return new AnalysisResponse(analysis.Projects.Length, validation, completeness, overlap, exportFindings, projects);
    }
}

/// <summary>Whether the export is valid, and how many errors and warnings were found in all.</summary>
/// <param name="Valid">No finding of severity error.</param>
/// <param name="ErrorCount">The errors.</param>
/// <param name="WarningCount">The warnings.</param>
public sealed record ValidationSummary(bool Valid, int ErrorCount, int WarningCount);

/// <summary>The portfolio's completeness: the mean score, the projects per band and the indicators most often missing.</summary>
/// <param name="MeanScore">The mean score, 0 to 100.</param>
/// <param name="Bands">The projects per band.</param>
/// <param name="MostOftenMissing">The ten indicators most often missing, with the number of projects.</param>
public sealed record PortfolioSummary(decimal MeanScore, IReadOnlyDictionary<CompletenessBand, int> Bands, ImmutableArray<MissingIndicator> MostOftenMissing);

/// <summary>The overlap over the export.</summary>
/// <param name="PairsAboveThreshold">The pairs whose score reached the threshold.</param>
/// <param name="PairsReported">The pairs reported (each among the best of either of its projects).</param>
/// <param name="Groups">Projects that overlap one another, as groups.</param>
public sealed record OverlapSummary(int PairsAboveThreshold, int PairsReported, ImmutableArray<OverlapGroupResult> Groups);

/// <summary>A group of projects that overlap.</summary>
/// <param name="ProjectIds">Their ids.</param>
/// <param name="MaxScore">The highest score of a pair in the group.</param>
public sealed record OverlapGroupResult(ImmutableArray<string> ProjectIds, double MaxScore);

/// <summary>What the analyses say about one project.</summary>
/// <param name="Id">The project's id.</param>
/// <param name="Pointer">Its JSON Pointer in the export (<c>/projects/3</c>).</param>
/// <param name="CompletenessScore">The completeness score, 0 to 100.</param>
/// <param name="CompletenessBand">Its band.</param>
/// <param name="Missing">The codes of the completeness indicators not (fully) met.</param>
/// <param name="Publishable">Whether the Algoritmeregister would accept it.</param>
/// <param name="Risk">The risk assessment in short.</param>
/// <param name="Neighbours">The most similar projects, best first.</param>
/// <param name="Findings">
/// The errors of every analysis and the validator's warnings; with <c>?findings=all</c> every warning too (validation,
/// publishability, completeness, risk, overlap).
/// </param>
/// <param name="OtherWarnings">The codes of the other warnings, once each (empty with <c>?findings=all</c>).</param>
public sealed record ProjectResult(
    string Id,
    string Pointer,
    decimal? CompletenessScore,
    CompletenessBand? CompletenessBand,
    ImmutableArray<string> Missing,
    bool? Publishable,
    RiskSummary? Risk,
    ImmutableArray<Neighbour> Neighbours,
    ImmutableArray<Finding> Findings,
    ImmutableArray<string> OtherWarnings)
{
    /// <summary>The result of one project's analysis.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="asked">What was asked.</param>
    /// <param name="allFindings">Every warning in full.</param>
    /// <returns>The result.</returns>
    public static ProjectResult From(ProjectAnalysis analysis, AnalysisOptions asked, bool allFindings)
    {
        var risk = analysis.Risk is { } r
            ? new RiskSummary(r.AiAct.Class, r.Dpia.Outcome, r.PublicationCategory.Category, r.Impact.Level,
                r.AiAct.IsDetermined && r.Dpia.IsDetermined && r.PublicationCategory.IsDetermined && r.Impact.IsDetermined,
                r.Framework.Verdict, r.CouncilDecisionRequired)
            : null;
        var self = analysis.ProjectId;
        var validation = analysis.Validation.ToHashSet();
        var neighbours = asked.OverlapNeighbours > 0
            ? [.. analysis.Neighbours.Select(p => new Neighbour(p.FirstId == self ? p.SecondId : p.FirstId, p.Score, p.Kind, p.ExplanationEnglish, p.ExplanationDutch))]
            : ImmutableArray<Neighbour>.Empty;

        // The completeness indicators' own findings say what is missing (severity info); as codes they stay small.
        return new ProjectResult(
            analysis.ProjectId,
            analysis.Pointer,
            analysis.Completeness?.Score,
            analysis.Completeness?.Band,
            analysis.Completeness is { } c ? [.. c.Findings.Select(f => f.Code)] : [],
            analysis.Publishability?.IsPublishable,
            risk,
            neighbours,
            [.. analysis.Findings.Where(f => f.Severity == Severity.Error || (f.Severity == Severity.Warning && (allFindings || validation.Contains(f))))],
            allFindings ? [] : [.. analysis.Findings.Where(f => f.Severity == Severity.Warning && !validation.Contains(f)).Select(f => f.Code).Distinct()]);
    }
}

/// <summary>The risk assessment in short; the full reasons are the library's <c>RiskAssessment.Explain()</c>.</summary>
/// <param name="AiAct">The AI Act class.</param>
/// <param name="Dpia">Whether a DPIA is needed.</param>
/// <param name="PublicationCategory">The Algoritmeregister's publication category.</param>
/// <param name="ImpactLevel">The impact level (I to IV).</param>
/// <param name="Determined">Whether all four are decided (false: the registration leaves answers open, and they are the most likely).</param>
/// <param name="Council">What the municipality's framework asks of the council.</param>
/// <param name="CouncilDecisionRequired">Whether the council must decide.</param>
public sealed record RiskSummary(AiActClass AiAct, DpiaOutcome Dpia, PublicationCategory PublicationCategory, ImpactLevel ImpactLevel, bool Determined, CouncilVerdict Council, bool CouncilDecisionRequired);

/// <summary>A similar project.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Score">The similarity, 0 to 1.</param>
/// <param name="Kind">What kind of overlap.</param>
/// <param name="ExplanationEnglish">Why, in English.</param>
/// <param name="ExplanationDutch">Why, in Dutch.</param>
public sealed record Neighbour(string Id, double Score, OverlapKind Kind, string ExplanationEnglish, string ExplanationDutch);
