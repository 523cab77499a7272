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
/// for bit). Both joins use both cores. The approximate mode (<see cref="OverlapMode.Approximate"/>) runs first at every
/// size: its time, its join beside the all-pairs join, and its recall against the exact output (at least
/// <see cref="RecallFloor"/>; its pairs must be exact pairs with exact scores). The largest size runs first, so the process's peak resident set (VmHWM)
/// read right after it is that size's peak, generation included.
/// </summary>
public static class OverlapScale
{
    public const double SpeedTarget = 50;
    public const double SecondsTarget = 20;
    public const long MemoryTarget = 1L << 30;
    public const double PairsPerProjectTarget = 5;

    /// <summary>The least recall of the approximate mode (pairs above the threshold, against the exact mode) that passes.</summary>
    public const double RecallFloor = 0.9;

    /// <summary>Runs the sizes; returns 0 when every output was identical and (with <paramref name="checkTargets"/>) every target met, 1 otherwise.</summary>
    public static int Run(int[] sizes, int naiveUpTo, bool checkTargets)
    {
        var indexed = new OverlapDetector();
        var naive = new OverlapDetector(OverlapOptions.Default with { CompareAllPairs = true });
        var approximate = new OverlapDetector(OverlapOptions.Default with { Mode = OverlapMode.Approximate });
        var approximateRows = new List<string>();

        // JIT warm-up on a small corpus, both ways.
        var warm = SyntheticOverlap.Create(1_000, TestData.Seed + 1);
        _ = indexed.FindPairs(warm);
        _ = naive.FindPairs(warm);
        _ = approximate.FindPairs(warm);

        var failures = new List<string>();
        Console.WriteLine();
        Console.WriteLine("| Projects | FindPairs (indexed) | of which features | Join indexed | Join all pairs | Join speed-up | End-to-end speed-up | Identical | Reported pairs | Per project | Above threshold | Peak memory |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|");
        foreach (var size in sizes.OrderByDescending(s => s))
        {
            var projects = SyntheticOverlap.Create(size, TestData.Seed);

            // The approximate mode first, so that at the largest size the peak read right after it is its own.
            GC.Collect();
            var watch = Stopwatch.StartNew();
            var rough = approximate.FindPairs(projects);
            var roughTotal = watch.Elapsed;
            var roughPeak = MemoryCheck.PeakWorkingSet();

            GC.Collect();
            watch.Restart();
            var result = indexed.FindPairs(projects);
            var total = watch.Elapsed;
            var peak = MemoryCheck.PeakWorkingSet();

            TimeSpan? roughJoin = null;
            double? roughRatio = null;
            string features = "–", joinTime = "–", naiveTime = "–", joinRatio = "–", endToEnd = "–", identical = "–";
            if (size <= naiveUpTo)
            {
                // The phases apart: the features (the same for both ways), then each join on the same corpus.
                watch.Restart();
                var corpus = OverlapCorpus.Build(projects, null, indexed.Options, [], out _, CancellationToken.None);
                features = Seconds(watch.Elapsed);
                watch.Restart();
                var fast = OverlapJoin.Indexed(corpus, indexed.Options.Threshold, null, CancellationToken.None);
                var join = watch.Elapsed;
                joinTime = Seconds(join);

                watch.Restart();
                var slow = OverlapJoin.AllPairs(corpus, indexed.Options.Threshold, null, CancellationToken.None);
                var slowTime = watch.Elapsed;
                var same = fast.SequenceEqual(slow) && fast.Count == result.PairsAboveThreshold;

                watch.Restart();
                var lsh = OverlapLsh.Candidates(corpus, indexed.Options.Threshold, OverlapLsh.Default, null, CancellationToken.None);
                roughJoin = watch.Elapsed;
                roughRatio = slowTime.TotalSeconds / roughJoin.Value.TotalSeconds;
                var exactSet = new HashSet<(int, int, double)>(fast);
                if (!lsh.All(exactSet.Contains) || lsh.Count != rough.PairsAboveThreshold)
                {
                    failures.Add($"{size:N0}: the approximate mode gave a pair or score the exact mode does not");
                }
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

            // Recall against the exact mode: above the threshold (the approximate pairs are exact pairs, checked
            // above where all pairs are compared, so counting suffices) and of the reported pairs.
            var exactReported = new HashSet<(string, string, double)>(result.Pairs.Select(p => (p.FirstId, p.SecondId, p.Score)));
            var recallAbove = result.PairsAboveThreshold == 0 ? 1.0 : rough.PairsAboveThreshold / (double)result.PairsAboveThreshold;
            var recallReported = exactReported.Count == 0 ? 1.0 : rough.Pairs.Count(p => exactReported.Contains((p.FirstId, p.SecondId, p.Score))) / (double)exactReported.Count;
            if (recallAbove < RecallFloor)
            {
                failures.Add($"{size:N0}: the approximate mode found {recallAbove:P1} of the exact pairs above the threshold, floor {RecallFloor:P0}");
            }

            approximateRows.Add(string.Create(CultureInfo.InvariantCulture,
                $"| {size:N0} | {Seconds(roughTotal)} | {(roughJoin is { } rj ? Seconds(rj) : "–")} | {(roughRatio is { } rr ? rr.ToString("F1", CultureInfo.InvariantCulture) + "×" : "–")} | {total.TotalSeconds / roughTotal.TotalSeconds:F1}× | {rough.PairsAboveThreshold:N0} of {result.PairsAboveThreshold:N0} | **{recallAbove:P1}** | {rough.Pairs.Length:N0} | {recallReported:P1} | {(size == sizes.Max() ? TestData.Size(roughPeak) : "–")} |"));

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
        Console.WriteLine($"Approximate mode (MinHash-LSH, {OverlapLsh.Default}), against the exact mode above:");
        Console.WriteLine();
        Console.WriteLine("| Projects | FindPairs (approximate) | Join approximate | Join speed-up vs all pairs | Faster than exact FindPairs | Above threshold found | Recall above threshold | Reported pairs | Recall of reported pairs | Peak memory |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var row in approximateRows)
        {
            Console.WriteLine(row);
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
