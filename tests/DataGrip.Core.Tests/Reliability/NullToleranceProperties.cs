using System;
using System.Linq;
using DataGrip.Core.Completeness;
using DataGrip.Core.Interop;
using DataGrip.Core.Model;
using DataGrip.Core.Overlap;
using DataGrip.Core.Risk;
using DataGrip.Core.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DataGrip.Core.Tests.Reliability;

/// <summary>A value the model allows never crashes an analysis: nulls anywhere a reference type can hold one.</summary>
public sealed class NullToleranceProperties
{
    private static readonly CompletenessScorer Scorer = new();
    private static readonly RiskAssessor Assessor = new();
    private static readonly OverlapDetector Detector = new();
    private static readonly AlgoritmeregisterExporter Exporter = new();
    private static readonly DataGrip.Core.Analysis.ProjectAnalyzer Analyzer = new();
    private static readonly DataGrip.Core.Analysis.AnalysisOptions Everything = new() { Validation = true };

    private static Arbitrary<(DataProject, DataProject, int)> Cases() =>
        (from a in Generators.Project("a", ["b"])
         from b in Generators.Project("b", ["a"])
         from seed in Gen.Choose(0, int.MaxValue - 1)
         select (a, b, seed)).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property EveryAnalysis_HandlesNullsTheModelAllows() => Prop.ForAll(Cases(), c =>
    {
        var (a, b, seed) = c;
        var first = NullTolerance.WithNulls(a, seed, 1 + (seed % 4));
        var second = NullTolerance.WithNulls(b, seed / 7, 1 + (seed % 3));

        var score = Scorer.Score(first);
        var gate = RegisterPublishability.Check(first);
        var risk = Assessor.Assess(first);
        _ = risk.Findings;
        _ = risk.NextQuestions;
        var overlap = Detector.FindPairs([first, second]);
        var payload = Exporter.Export(first);
        var combined = Analyzer.Analyze(new ProjectExport { Projects = [first, second] }, Everything);
        _ = combined.Projects.Sum(p => p.Findings.Length);
        var alone = Analyzer.Analyze(first, new ProjectExport { Projects = [second] }, Everything);
        _ = alone.Findings;

        return score.Score is >= 0 and <= 100 && gate is not null && overlap.ProjectCount == 2 && payload.Json.Length > 0 && combined.Projects.Length == 2;
    });
}
