using System.Collections.Generic;
using System.Linq;
using DataGrip.Core.Analysis;
using DataGrip.Core.Completeness;
using DataGrip.Core.Overlap;
using DataGrip.Core.Risk;

namespace DataGrip.Core.Tests.Analysis;

/// <summary>Text forms of the results that compare everything that matters (records of immutable arrays compare by reference).</summary>
internal static class AnalysisDescriptions
{
    public static string Of(Finding f) => $"{f.Code}|{f.Severity}|{f.Pointer}|{f.MessageEnglish}|{f.MessageDutch}";

    public static string Of(IEnumerable<Finding> findings) => string.Join("\n", findings.Select(Of));

    public static string Of(CompletenessResult r) =>
        $"{r.ProjectId}@{r.Pointer}:{r.Score}:{r.Band}|" + string.Join(";", r.Indicators.Select(i => $"{i.Code}:{i.Applies}:{i.PointsPossible}:{i.PointsEarned}")) + "\n" + Of(r.Findings);

    public static string Of(PublishabilityResult r) => $"{r.ProjectId}@{r.Pointer}:{r.IsPublishable}:{r.AllAlwaysShownFieldsFilled}\n" + Of(r.Findings);

    public static string Of(RiskAssessment r) =>
        $"{r.ProjectId}@{r.Pointer}:{r.Impact.Level}:{r.AiAct.Class}:{r.PublicationCategory.Category}:{r.Dpia.Outcome}:{r.Framework.Verdict}:{r.Excluded}|"
        + string.Join(";", r.Reasons) + "\n" + Of(r.Explain()) + "\n" + Of(r.Findings);

    public static string Of(OverlapPair p) => $"{p.FirstId}@{p.FirstIndex}~{p.SecondId}@{p.SecondIndex}:{p.Score}:{p.Kind}:{p.ExplanationEnglish}";

    public static string Of(ProjectAnalysis a) => Describe(a, a.Neighbours.Select(Of));

    /// <summary>
    /// The same, with the project's own pointer taken out and the neighbours named by their ids only: what must not
    /// change when the projects of an export are reordered.
    /// </summary>
    public static string WithoutPosition(ProjectAnalysis a) =>
        Describe(a, a.Neighbours.Select(p => $"{p.FirstId}~{p.SecondId}:{p.Score}:{p.Kind}:{p.ExplanationEnglish}").Order(System.StringComparer.Ordinal))
            .Replace(a.Pointer + "/", "/", System.StringComparison.Ordinal)
            .Replace("|" + a.Pointer + "|", "||", System.StringComparison.Ordinal)
            .Replace("@" + a.Pointer + ":", "@:", System.StringComparison.Ordinal)
            .Replace("@" + a.Pointer + "\n", "@\n", System.StringComparison.Ordinal);

    private static string Describe(ProjectAnalysis a, IEnumerable<string> neighbours) =>
        $"{a.ProjectId}\n"
        + (a.Completeness is null ? "-" : Of(a.Completeness)) + "\n"
        + (a.Publishability is null ? "-" : Of(a.Publishability)) + "\n"
        + (a.Risk is null ? "-" : Of(a.Risk)) + "\n"
        + string.Join("\n", neighbours) + "\n"
        + Of(a.Validation) + "\n" + Of(a.OverlapFindings) + "\n" + Of(a.Findings);
}
