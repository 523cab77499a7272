using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading;
using DataGrip.Core.Overlap;

namespace DataGrip.Core.Benchmarks;

/// <summary>
/// Overlap detection at scale, a Stopwatch macro benchmark (one run of the all-pairs comparison at 20,000 projects
/// takes minutes, too long for BenchmarkDotNet's iterations), on <see cref="SyntheticOverlap"/> corpora: the whole
/// <see cref="OverlapDetector.FindPairs(System.Collections.Generic.IReadOnlyList{DataGrip.Core.Model.DataProject}, System.IProgress{OverlapProgress}?, System.Threading.CancellationToken)"/>
/// call, then its phases apart — the features (text analysis and vectors, the same whichever join follows), the
/// indexed join and the all-pairs join on the same corpus, whose outputs must be identical (pairs and scores, bit
/// for bit). Both joins use both cores. The largest size runs first, so the process's peak resident set (VmHWM)
/// read right after it is that size's peak, generation included.
/// </summary>
public static class OverlapScale
{
    public const double SpeedTarget = 50;
    public const double SecondsTarget = 20;
    public const long MemoryTarget = 1L << 30;
    public const double PairsPerProjectTarget = 5;

    /// <summary>Runs the sizes; returns 0 when every output was identical and (with <paramref name="checkTargets"/>) every target met, 1 otherwise.</summary>
    /// <param name="sizes">The corpus sizes.</param>
    /// <param name="naiveUpTo">The largest size at which the all-pairs join runs beside the indexed one.</param>
    /// <param name="checkTargets">Whether a missed target fails the run.</param>
    /// <param name="options">The detector's options (internal levers measured in docs/overlap.md); the defaults when null.</param>
    public static int Run(int[] sizes, int naiveUpTo, bool checkTargets, OverlapOptions? options = null)
    {
        var indexed = new OverlapDetector(options);
        var naive = new OverlapDetector(indexed.Options with { CompareAllPairs = true });

        // JIT warm-up on a small corpus, both ways.
        var warm = SyntheticOverlap.Create(1_000, TestData.Seed + 1);
        _ = indexed.FindPairs(warm);
        _ = naive.FindPairs(warm);

        var failures = new List<string>();
        Console.WriteLine();
        Console.WriteLine("| Projects | FindPairs (indexed) | of which features | Join indexed | Join all pairs | Join speed-up | End-to-end speed-up | Identical | Reported pairs | Per project | Above threshold | Peak memory |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|");
        foreach (var size in sizes.OrderByDescending(s => s))
        {
            var projects = SyntheticOverlap.Create(size, TestData.Seed);

            GC.Collect();
            var watch = Stopwatch.StartNew();
            var result = indexed.FindPairs(projects);
            var total = watch.Elapsed;
            var peak = MemoryCheck.PeakWorkingSet();
            if (indexed.Options.ShortTextTerms > 0)
            {
                var built = OverlapCorpus.Build(projects, null, indexed.Options, [], out _, CancellationToken.None);
                var qualify = Enumerable.Range(0, built.Count).Count(i => built.TextTerms(i) < indexed.Options.ShortTextTerms);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{size}: {qualify} projects under {indexed.Options.ShortTextTerms} text terms"));
            }

            string features = "–", joinTime = "–", naiveTime = "–", joinRatio = "–", endToEnd = "–", identical = "–";
            if (size <= naiveUpTo)
            {
                // The phases apart: the features (the same for both ways), then each join on the same corpus.
                watch.Restart();
                var corpus = OverlapCorpus.Build(projects, null, indexed.Options, [], out _, CancellationToken.None);
                features = Seconds(watch.Elapsed);
                watch.Restart();
                var fast = OverlapJoin.Indexed(corpus, indexed.Options.JoinThreshold, null, CancellationToken.None);
                var join = watch.Elapsed;
                joinTime = Seconds(join);

                watch.Restart();
                var slow = OverlapJoin.AllPairs(corpus, indexed.Options.JoinThreshold, null, CancellationToken.None);
                var slowTime = watch.Elapsed;
                var same = fast.SequenceEqual(slow) && fast.Count(p => p.Score >= indexed.Options.Threshold) == result.PairsAboveThreshold;

                var ratio = slowTime.TotalSeconds / join.TotalSeconds;
                var wholeRatio = (total - join + slowTime).TotalSeconds / total.TotalSeconds;
                naiveTime = Seconds(slowTime);
                joinRatio = ratio.ToString("F1", CultureInfo.InvariantCulture) + "×";
                endToEnd = wholeRatio.ToString("F1", CultureInfo.InvariantCulture) + "×";
                identical = same ? "yes" : "NO";
                if (!same)
                {
                    failures.Add($"{size:N0}: the indexed join differs from comparing all pairs");
                }

                if (checkTargets && size >= 20_000 && ratio < SpeedTarget)
                {
                    failures.Add($"{size:N0}: the join is {ratio:F1}× faster than comparing all pairs, target ≥ {SpeedTarget}×");
                }
            }

            var perProject = result.Pairs.Length / (double)size;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {size:N0} | {Seconds(total)} | {features} | {joinTime} | {naiveTime} | {joinRatio} | {endToEnd} | {identical} | {result.Pairs.Length:N0} | {perProject:F2} | {result.PairsAboveThreshold:N0} | {(size == sizes.Max() ? TestData.Size(peak) : "–")} |"));
            if (checkTargets && perProject > PairsPerProjectTarget)
            {
                failures.Add($"{size:N0}: {perProject:F2} reported pairs per project, target ≤ {PairsPerProjectTarget}");
            }

            if (checkTargets && size >= 100_000 && total.TotalSeconds > SecondsTarget)
            {
                failures.Add($"{size:N0}: {total.TotalSeconds:F1} s, target ≤ {SecondsTarget} s");
            }

            if (checkTargets && size == sizes.Max() && size >= 100_000 && peak > MemoryTarget)
            {
                failures.Add($"{size:N0}: peak memory {TestData.Size(peak)}, target ≤ 1 GiB");
            }
        }

        Console.WriteLine();
        foreach (var failure in failures)
        {
            Console.WriteLine("OVERLAP MISSED: " + failure);
        }

        Console.WriteLine(failures.Count == 0 ? "OVERLAP OK" : "OVERLAP FAILED");
        return failures.Count == 0 ? 0 : 1;
    }

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString(time.TotalSeconds < 10 ? "F2" : "F1", CultureInfo.InvariantCulture) + " s";
}
