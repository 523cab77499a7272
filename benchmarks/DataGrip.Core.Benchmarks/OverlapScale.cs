using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using DataGrip.Core.Overlap;

namespace DataGrip.Core.Benchmarks;

/// <summary>
/// Overlap detection at scale, a Stopwatch macro benchmark (a single run of the naive comparison at 20,000 projects
/// takes about a minute, too long for BenchmarkDotNet's iterations): <see cref="OverlapDetector.FindPairs(System.Collections.Generic.IReadOnlyList{DataGrip.Core.Model.DataProject}, System.IProgress{OverlapProgress}?, System.Threading.CancellationToken)"/>
/// with the index against the same call comparing every pair (<see cref="OverlapOptions.CompareAllPairs"/>), in the
/// same process, on <see cref="SyntheticOverlap"/> corpora. Both use both cores. The largest size runs first, so
/// the process's peak resident set (VmHWM) read right after it is that size's peak, generation included.
/// </summary>
public static class OverlapScale
{
    public const double SpeedTarget = 50;
    public const double SecondsTarget = 20;
    public const long MemoryTarget = 1L << 30;
    public const double PairsPerProjectTarget = 5;

    /// <summary>Runs the sizes; returns 0 when every output was identical and (with <paramref name="checkTargets"/>) every target met, 1 otherwise.</summary>
    public static int Run(int[] sizes, int naiveUpTo, bool checkTargets)
    {
        var indexed = new OverlapDetector();
        var naive = new OverlapDetector(OverlapOptions.Default with { CompareAllPairs = true });

        // JIT warm-up on a small corpus, both ways.
        var warm = SyntheticOverlap.Create(1_000, TestData.Seed + 1);
        _ = indexed.FindPairs(warm);
        _ = naive.FindPairs(warm);

        var failures = new List<string>();
        Console.WriteLine();
        Console.WriteLine("| Projects | Indexed | All pairs | Speed-up | Identical | Reported pairs | Per project | Above threshold | Groups | Peak memory |");
        Console.WriteLine("|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|");
        foreach (var size in sizes.OrderByDescending(s => s))
        {
            var projects = SyntheticOverlap.Create(size, TestData.Seed);
            GC.Collect();
            var watch = Stopwatch.StartNew();
            var fast = indexed.FindPairs(projects);
            var fastTime = watch.Elapsed;
            var peak = MemoryCheck.PeakWorkingSet();

            string naiveTime = "–", speedUp = "–", identical = "–";
            if (size <= naiveUpTo)
            {
                watch.Restart();
                var slow = naive.FindPairs(projects);
                var slowTime = watch.Elapsed;
                var same = Same(fast, slow);
                var ratio = slowTime.TotalSeconds / fastTime.TotalSeconds;
                naiveTime = Seconds(slowTime);
                speedUp = ratio.ToString("F1", CultureInfo.InvariantCulture) + "×";
                identical = same ? "yes" : "NO";
                if (!same)
                {
                    failures.Add($"{size:N0}: the indexed output differs from comparing all pairs");
                }

                if (checkTargets && size >= 20_000 && ratio < SpeedTarget)
                {
                    failures.Add($"{size:N0}: {ratio:F1}× faster than all pairs, target ≥ {SpeedTarget}×");
                }
            }

            var perProject = fast.Pairs.Length / (double)size;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {size:N0} | {Seconds(fastTime)} | {naiveTime} | {speedUp} | {identical} | {fast.Pairs.Length:N0} | {perProject:F2} | {fast.PairsAboveThreshold:N0} | {fast.Groups.Length:N0} | {(size == sizes.Max() ? TestData.Size(peak) : "–")} |"));
            if (checkTargets && perProject > PairsPerProjectTarget)
            {
                failures.Add($"{size:N0}: {perProject:F2} reported pairs per project, target ≤ {PairsPerProjectTarget}");
            }

            if (checkTargets && size >= 100_000 && fastTime.TotalSeconds > SecondsTarget)
            {
                failures.Add($"{size:N0}: {fastTime.TotalSeconds:F1} s, target ≤ {SecondsTarget} s");
            }

            if (checkTargets && size == sizes.Max() && size >= 100_000 && peak > MemoryTarget)
            {
                failures.Add($"{size:N0}: peak memory {TestData.Size(peak)}, target ≤ 1 GiB");
            }
        }

        foreach (var failure in failures)
        {
            Console.WriteLine("OVERLAP MISSED: " + failure);
        }

        Console.WriteLine(failures.Count == 0 ? "OVERLAP OK" : "OVERLAP FAILED");
        return failures.Count == 0 ? 0 : 1;
    }

    /// <summary>The same pairs, scores (bit for bit), kinds, contributions, groups and findings.</summary>
    private static bool Same(OverlapResult a, OverlapResult b) =>
        a.PairsAboveThreshold == b.PairsAboveThreshold
        && a.Pairs.Length == b.Pairs.Length
        && a.Pairs.Zip(b.Pairs).All(p => p.First.FirstIndex == p.Second.FirstIndex && p.First.SecondIndex == p.Second.SecondIndex
            && BitConverter.DoubleToInt64Bits(p.First.Score) == BitConverter.DoubleToInt64Bits(p.Second.Score)
            && p.First.Kind == p.Second.Kind && p.First.Contributions.SequenceEqual(p.Second.Contributions, Contribution.Instance))
        && a.Groups.Length == b.Groups.Length
        && a.Groups.Zip(b.Groups).All(g => g.First.Indices.SequenceEqual(g.Second.Indices) && g.First.MaxScore == g.Second.MaxScore)
        && a.Findings.Select(f => f.ToString()).SequenceEqual(b.Findings.Select(f => f.ToString()));

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString(time.TotalSeconds < 10 ? "F2" : "F1", CultureInfo.InvariantCulture) + " s";

    private sealed class Contribution : IEqualityComparer<OverlapContribution>
    {
        public static readonly Contribution Instance = new();

        public bool Equals(OverlapContribution? x, OverlapContribution? y) =>
            x is not null && y is not null && x.Signal == y.Signal && x.Similarity == y.Similarity && x.Weight == y.Weight && x.Shared.SequenceEqual(y.Shared);

        public int GetHashCode(OverlapContribution obj) => obj.Signal.GetHashCode();
    }
}
