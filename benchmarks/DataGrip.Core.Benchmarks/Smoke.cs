using System;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace DataGrip.Core.Benchmarks;

/// <summary>
/// The quick run CI can afford: every benchmark on 1,000 projects (the Algoritmeregister import on 10,000 registrations, where its target is set), one warm-up and three iterations, in-process
/// (no generated project to build), then the memory check on 20,000 projects, the sample web API on a 1,000-project upload, then overlap detection on 2,000 and
/// 5,000 projects, indexed and all pairs, which must give identical output. Ratios this short are noisy, so a
/// missed target is a warning; only a crash fails.
/// </summary>
public static class Smoke
{
    public const int MemoryCount = 20_000;

    public static int Run()
    {
        var job = Job.ShortRun
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(3)
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithId("Smoke");
        var config = DefaultConfig.Instance
            .AddJob(job)
            // The import target is set at 10,000 registrations (issue 6); everything else runs on 1,000.
            .AddFilter(new SimpleFilter(b => b.Parameters["Count"] is int count
                && count == (b.Descriptor.Type == typeof(InteropBenchmarks) ? 10_000 : 1_000)))
            .WithOptions(ConfigOptions.DisableLogFile);

        var summaries = BenchmarkRunner.Run([typeof(ReadBenchmarks), typeof(WriteBenchmarks), typeof(ValidateBenchmarks), typeof(CompletenessBenchmarks), typeof(RiskBenchmarks), typeof(AnalyzerBenchmarks), typeof(AnalyzerOverlapBenchmarks), typeof(InteropBenchmarks)], config).ToList();
        var misses = Ratios.Print(summaries);
        var crashed = Ratios.Crashed(summaries);

        var memory = MemoryCheck.Run(MemoryCount, failOnMiss: false);

        // The sample web API answering an upload on Kestrel (figures at 20,000 are the webapi mode's); fails only on a crash.
        var webApi = WebApiMemory.Run(1_000);

        // Overlap: the index must give exactly what comparing all pairs gives;
        // speed targets are for the full run.
        var overlap = OverlapScale.Run([2_000, 5_000], naiveUpTo: 5_000, checkTargets: false);

        // The combined analysis beside the separate ones, alternated (a miss is a warning here).
        if (AnalyzerSideBySide.Run(10_000, 3) != 0)
        {
            misses++;
        }

        // The grip report beside the analyses it uses (targets are for 100,000 projects; here a miss is a warning).
        if (ReportScale.Run(5_000, rounds: 2, checkTargets: true) != 0)
        {
            misses++;
        }

        // Time linear in the input (n, 2n, 4n): a miss is a warning here, as the ratio targets are.
        if (Scaling.Run(10_000) != 0)
        {
            misses++;
        }

        if (misses > 0)
        {
            Console.WriteLine($"WARNING: {misses} ratio target(s) missed in the smoke run; short runs are noisy, check with a full run.");
        }

        if (crashed || memory != 0 || overlap != 0 || webApi != 0)
        {
            Console.WriteLine("SMOKE FAILED: a benchmark or the memory check did not run to the end (see above).");
            return 1;
        }

        Console.WriteLine("SMOKE OK");
        return 0;
    }
}
