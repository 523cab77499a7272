using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Reports;

namespace DataGrip.Core.Benchmarks;

/// <summary>The ratio of each benchmark to its class's baseline with the same parameters, checked against the targets.</summary>
public static class Ratios
{
    /// <summary>The targets of the issue: the library may be at most this much slower than the bare baseline.</summary>
    private static readonly Dictionary<string, double> Targets = new()
    {
        ["ReadBenchmarks.ReadExport"] = 1.2,
        ["ValidateBenchmarks.ValidateStream"] = 1.2,
        ["CompletenessBenchmarks.ScoreEveryProject"] = 0.25,
        ["InteropBenchmarks.Import"] = 3.0,
        ["AnalyzerBenchmarks.CombinedAnalysis"] = 1.1,
        ["AnalyzerOverlapBenchmarks.CombinedAnalysis"] = 1.1,
    };

    /// <summary>Throughput targets in items per second, for the benchmarks that have one.</summary>
    private static readonly Dictionary<string, double> Throughput = new()
    {
        ["CompletenessBenchmarks.ScoreEveryProject"] = 400_000,
        ["RiskBenchmarks.AssessEveryProject"] = 200_000,
    };

    /// <summary>Prints one line per benchmark; returns the number of target misses.</summary>
    public static int Print(IEnumerable<Summary> summaries)
    {
        var misses = 0;
        Console.WriteLine();
        Console.WriteLine("| Benchmark | Count | Mean | Baseline mean | Ratio | Allocated ratio | Target |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---|");
        foreach (var report in summaries.SelectMany(s => s.Reports))
        {
            var descriptor = report.BenchmarkCase.Descriptor;
            if (descriptor.Baseline)
            {
                continue;
            }

            var name = $"{descriptor.Type.Name}.{descriptor.WorkloadMethod.Name}";
            var parameters = report.BenchmarkCase.Parameters.DisplayInfo;
            var baseline = summaries.SelectMany(s => s.Reports).FirstOrDefault(r =>
                r.BenchmarkCase.Descriptor.Type == descriptor.Type && r.BenchmarkCase.Descriptor.Baseline && r.BenchmarkCase.Parameters.DisplayInfo == parameters);
            if (report.ResultStatistics is null || baseline?.ResultStatistics is null)
            {
                Console.WriteLine($"| {name} | {parameters} | – | – | no result | – | – |");
                continue;
            }

            var ratio = report.ResultStatistics.Mean / baseline.ResultStatistics.Mean;
            var allocated = baseline.GcStats.GetBytesAllocatedPerOperation(baseline.BenchmarkCase) is { } b and > 0
                && report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) is { } a
                ? (a / (double)b).ToString("F2", CultureInfo.InvariantCulture)
                : "–";
            var verdict = "–";
            if (Targets.TryGetValue(name, out var target))
            {
                var met = ratio <= target;
                misses += met ? 0 : 1;
                verdict = met ? $"≤ {target:0.0#} met" : $"≤ {target:0.0#} MISSED";
            }

            if (Throughput.TryGetValue(name, out var perSecond))
            {
                var measured = System.Convert.ToDouble(report.BenchmarkCase.Parameters["Count"], CultureInfo.InvariantCulture) / (report.ResultStatistics.Mean / 1e9);
                var met = measured >= perSecond;
                misses += met ? 0 : 1;
                verdict += string.Create(CultureInfo.InvariantCulture, $"; {measured:N0}/s {(met ? "≥" : "< (MISSED)")} {perSecond:N0}/s");
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {report.BenchmarkCase.Parameters["Count"]} | {Ms(report.ResultStatistics.Mean)} | {Ms(baseline.ResultStatistics.Mean)} | {ratio:F2} | {allocated} | {verdict} |"));
        }

        Console.WriteLine();
        return misses;
    }

    /// <summary>True when a benchmark did not run to the end (an exception in setup or in the benchmark).</summary>
    public static bool Crashed(IEnumerable<Summary> summaries) =>
        summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Length == 0 || s.Reports.Any(r => !r.Success || r.ResultStatistics is null));

    private static string Ms(double nanoseconds) => string.Create(CultureInfo.InvariantCulture, $"{nanoseconds / 1e6:F1} ms");
}
