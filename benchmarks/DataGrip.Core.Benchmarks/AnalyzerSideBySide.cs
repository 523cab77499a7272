using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using DataGrip.Core.Analysis;
using DataGrip.Core.Completeness;
using DataGrip.Core.Risk;

namespace DataGrip.Core.Benchmarks;

/// <summary>
/// <c>analyzer [n] [rounds]</c>: the combined analysis and the sum of the separate ones (completeness, publishability,
/// risk) on the same n generated projects, alternated in one process, so that a machine whose load changes during the
/// run slows both alike; compares the fastest round of each. Exit code 1 when combined exceeds 1.1× the sum.
/// </summary>
public static class AnalyzerSideBySide
{
    public const double Target = 1.1;

    public static int Run(int count, int rounds)
    {
        var export = SyntheticExport.Create(count, TestData.Seed);
        var options = DataGripOptions.Default with { Completeness = new CompletenessOptions { ReferenceDate = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero) } };
        var scorer = new CompletenessScorer(options.Completeness);
        var assessor = new RiskAssessor(options.Risk);
        var analyzer = new ProjectAnalyzer(options);
        var withoutOverlap = new AnalysisOptions { OverlapNeighbours = 0 };
        var separate = new List<double>();
        var combined = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            var watch = Stopwatch.StartNew();
            var c = scorer.Score(export);
            var p = RegisterPublishability.Check(export);
            var r = assessor.Assess(export);
            separate.Add(watch.Elapsed.TotalMilliseconds);
            GC.KeepAlive(c);
            GC.KeepAlive(p);
            GC.KeepAlive(r);
            watch.Restart();
            GC.KeepAlive(analyzer.Analyze(export, withoutOverlap));
            combined.Add(watch.Elapsed.TotalMilliseconds);
        }

        separate.Sort();
        combined.Sort();
        var ratio = combined[0] / separate[0];
        var median = combined[rounds / 2] / separate[rounds / 2];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ANALYZER {(ratio <= Target ? "OK" : "MISSED")}: {count:N0} projects, {rounds} rounds; separate (completeness + publishability + risk) fastest {separate[0]:F0} ms, median {separate[rounds / 2]:F0} ms; combined fastest {combined[0]:F0} ms, median {combined[rounds / 2]:F0} ms; ratio {ratio:F2} (median {median:F2}), target ≤ {Target}"));
        return ratio <= Target ? 0 : 1;
    }
}
