using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using DataGrip.Core.Analysis;
using DataGrip.Core.Completeness;
using DataGrip.Core.Model;
using DataGrip.Core.Overlap;
using DataGrip.Core.Risk;

namespace DataGrip.Core.Benchmarks;

/// <summary>
/// The combined analysis (<see cref="ProjectAnalyzer.Analyze(ProjectExport, AnalysisOptions?, System.Threading.CancellationToken)"/>:
/// completeness, publishability and risk of every project) beside the sum of the separate analyses of the same export,
/// one thread. Target: combined ≤ 1.1× the sum.
/// </summary>
[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    private static readonly DateTimeOffset Today = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly AnalysisOptions WithoutOverlap = new() { OverlapNeighbours = 0 };

    private ProjectExport export = null!;
    private CompletenessScorer scorer = null!;
    private RiskAssessor assessor = null!;
    private ProjectAnalyzer analyzer = null!;

    [Params(1_000, 100_000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        export = SyntheticExport.Create(Count, TestData.Seed);
        var options = DataGripOptions.Default with { Completeness = new CompletenessOptions { ReferenceDate = Today } };
        scorer = new CompletenessScorer(options.Completeness);
        assessor = new RiskAssessor(options.Risk);
        analyzer = new ProjectAnalyzer(options);
        var combined = analyzer.Analyze(export, WithoutOverlap);
        if (combined.Completeness!.MeanScore != scorer.Score(export).MeanScore || combined.Projects.Any(p => p.Risk is null || p.Publishability is null))
        {
            throw new InvalidOperationException("The combined analysis differs from the separate ones.");
        }
    }

    [Benchmark(Baseline = true)]
    public int SeparateAnalyses()
    {
        var completeness = scorer.Score(export);
        var publishability = RegisterPublishability.Check(export);
        var risk = assessor.Assess(export);
        return completeness.Projects.Length + publishability.Length + risk.Length;
    }

    [Benchmark]
    public int CombinedAnalysis() => analyzer.Analyze(export, WithoutOverlap).Projects.Length * 3;
}

/// <summary>
/// As <see cref="AnalyzerBenchmarks"/>, with the 5 overlap neighbours of every project: the combined analysis beside
/// the separate analyses plus <see cref="OverlapDetector.FindPairs(ProjectExport, IProgress{OverlapProgress}?, System.Threading.CancellationToken)"/>.
/// Target: combined ≤ 1.1× the sum. Overlap detection is most of the time here.
/// </summary>
[MemoryDiagnoser]
public class AnalyzerOverlapBenchmarks
{
    private static readonly DateTimeOffset Today = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    private ProjectExport export = null!;
    private CompletenessScorer scorer = null!;
    private RiskAssessor assessor = null!;
    private OverlapDetector detector = null!;
    private ProjectAnalyzer analyzer = null!;

    [Params(1_000, 100_000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        export = SyntheticExport.Create(Count, TestData.Seed);
        var options = DataGripOptions.Default with { Completeness = new CompletenessOptions { ReferenceDate = Today } };
        scorer = new CompletenessScorer(options.Completeness);
        assessor = new RiskAssessor(options.Risk);
        detector = new OverlapDetector(options.Overlap);
        analyzer = new ProjectAnalyzer(options);
    }

    [Benchmark(Baseline = true)]
    public int SeparateAnalyses()
    {
        var completeness = scorer.Score(export);
        var publishability = RegisterPublishability.Check(export);
        var risk = assessor.Assess(export);
        var overlap = detector.FindPairs(export);
        return completeness.Projects.Length + publishability.Length + risk.Length + overlap.Pairs.Length;
    }

    [Benchmark]
    public int CombinedAnalysis()
    {
        var analysis = analyzer.Analyze(export);
        return (analysis.Projects.Length * 3) + analysis.Overlap!.Pairs.Length;
    }
}
