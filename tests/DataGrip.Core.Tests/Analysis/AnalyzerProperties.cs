using System;
using System.Linq;
using System.Threading.Tasks;
using DataGrip.Core.Analysis;
using DataGrip.Core.Completeness;
using DataGrip.Core.Model;
using DataGrip.Core.Overlap;
using DataGrip.Core.Risk;
using DataGrip.Core.Schema;
using DataGrip.Core.Tests.Support;
using FsCheck.Xunit;
using static DataGrip.Core.Tests.Analysis.AnalysisDescriptions;
using DataGrip.Core.Internal;

namespace DataGrip.Core.Tests.Analysis;

/// <summary>The laws of the combined analysis: it is the separate analyses, once, in one result, whatever the order.</summary>
public sealed class AnalyzerProperties
{
    private static readonly DataGripOptions Options = DataGripOptions.Default with
    {
        Completeness = new CompletenessOptions { ReferenceDate = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero) },
    };

    private static readonly AnalysisOptions Everything = new() { Validation = true };

    private static readonly ProjectAnalyzer Analyzer = new(Options);
    private static readonly CompletenessScorer Scorer = new(Options.Completeness);
    private static readonly RiskAssessor Assessor = new(Options.Risk);
    private static readonly OverlapDetector Detector = new(Options.Overlap);
    private static readonly ExportValidator Validator = new(Options.Validation);

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 60)]
    public void CombinedAnalysis_EqualsTheSeparateAnalyses_ForEveryProject(ProjectExport export)
    {
        var combined = Analyzer.Analyze(export, Everything);
        var completeness = Scorer.Score(export);
        var publishability = RegisterPublishability.Check(export);
        var risk = Assessor.Assess(export);
        var overlap = Detector.FindPairs(export);
        var validation = Validator.Validate(export);

        Assert.Equal(export.Projects.Length, combined.Projects.Length);
        Assert.Equal(completeness.MeanScore, combined.Completeness!.MeanScore);
        Assert.Equal(overlap.Pairs.Select(Of), combined.Overlap!.Pairs.Select(Of));
        Assert.Equal(Of(validation.Findings), Of(combined.Validation!.Findings));
        for (var i = 0; i < export.Projects.Length; i++)
        {
            var one = combined.Projects[i];
            var pointer = "/projects/" + i;
            Assert.Equal(export.Projects[i].Id, one.ProjectId);
            Assert.Equal(pointer, one.Pointer);
            Assert.Equal(Of(completeness.Projects[i]), Of(one.Completeness!));
            Assert.Equal(Of(publishability[i]), Of(one.Publishability!));
            Assert.Equal(Of(risk[i]), Of(one.Risk!));
            Assert.Equal(overlap.Pairs.Where(p => p.FirstIndex == i || p.SecondIndex == i).Select(Of), one.Neighbours.Select(Of));
            Assert.Equal(Of(validation.Findings.Where(f => f.Pointer == pointer || f.Pointer.StartsWith(pointer + "/", StringComparison.Ordinal))), Of(one.Validation));

            // All findings in one list, every one inside the project.
            var parts = one.Validation.Concat(one.Publishability!.Findings).Concat(one.Completeness!.Findings).Concat(one.Risk!.Findings).Concat(one.OverlapFindings);
            Assert.Equal(Of(parts), Of(one.Findings));
            Assert.All(one.Findings, f => Assert.True(f.Pointer == pointer || f.Pointer.StartsWith(pointer + "/", StringComparison.Ordinal), f.ToString()));
        }

        Assert.Equal(completeness.MostOftenMissing.Select(m => m.ToString()), combined.Completeness.MostOftenMissing.Select(m => m.ToString()));
        Assert.All(combined.ExportFindings, f => Assert.True(DataGrip.Core.Internal.JsonPointer.ProjectIndex(f.Pointer) < 0, f.ToString()));
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 40)]
    public void CombinedAnalysis_OfOneProjectAgainstACorpus_EqualsTheSeparateAnalyses(ProjectExport export)
    {
        foreach (var project in export.Projects.Take(3))
        {
            var one = Analyzer.Analyze(project, export, Everything);

            Assert.Equal("", one.Pointer);
            Assert.Equal(Of(Scorer.Score(project)), Of(one.Completeness!));
            Assert.Equal(Of(RegisterPublishability.Check(project)), Of(one.Publishability!));
            Assert.Equal(Of(Assessor.Assess(project)), Of(one.Risk!));
            Assert.Equal(Detector.FindSimilar(project, export, 5).Select(Of), one.Neighbours.Select(Of));
            Assert.Equal(Of(Validator.Validate(project).Findings), Of(one.Validation));
            Assert.Equal(Of(Validator.Validate(new ProjectExport { Projects = [project] }).Findings.Where(f => f.Code is not (SchemaCodes.UnresolvedRelatedProject or SchemaCodes.RelatedToSelf))).Replace("/projects/0", ""), Of(one.Validation));
        }
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 40)]
    public void Result_DoesNotDependOnTheOrderOfProjects(ProjectExport export)
    {
        var ids = export.Projects.Select(p => p.Id).ToList();
        if (ids.Distinct(StringComparer.Ordinal).Count() != ids.Count)
        {
            return; // with a duplicate id, which one comes first is what differs
        }

        var forwards = Analyzer.Analyze(export);
        var backwards = Analyzer.Analyze(export with { Projects = [.. export.Projects.Reverse()] });

        Assert.Equal(forwards.Completeness!.MeanScore, backwards.Completeness!.MeanScore);
        Assert.Equal(forwards.Overlap!.Pairs.Length, backwards.Overlap!.Pairs.Length);
        foreach (var one in forwards.Projects)
        {
            Assert.Equal(WithoutPosition(one), WithoutPosition(backwards.Find(one.ProjectId)!));
        }
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 20)]
    public void Analyzer_IsThreadSafe_SameResultFromEveryThread(ProjectExport export)
    {
        var expected = Analyzer.Analyze(export, Everything).Projects.Select(Of).ToArray();
        var results = new string[4][];
        Parallel.For(0, results.Length, i => results[i] = Analyzer.Analyze(export, Everything).Projects.Select(Of).ToArray());

        Assert.All(results, r => Assert.Equal(expected, r));
    }
}
