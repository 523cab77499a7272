using System;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace DataGrip.Core.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/DataGrip.Core.Benchmarks -- [args]</c>:
/// <list type="bullet">
/// <item><c>--filter '*'</c> (or any BenchmarkDotNet arguments): the full benchmarks, then a table of ratios against the targets.</item>
/// <item><c>smoke</c>: a short run for CI (1,000 projects, a few iterations, in-process) and the memory check at 20,000 projects; fails only on a crash.</item>
/// <item><c>memory [count]</c>: peak memory of validating a <c>count</c>-project file (default 100,000); exit code 1 above 3× the file size.</item>
/// <item><c>webapi [count] [analyses]</c>: peak memory of the sample web API answering a <c>count</c>-project upload (default 20,000): validation alone, all but overlap, all (or only the given <c>?analyses=</c>).</item>
/// <item><c>scaling [n]</c>: the time of many errors in one project and of many bad projects at n, 2n and 4n (linear: ratios about 2 and 4); exit code 1 when 4n takes more than 6 times n.</item>
/// <item><c>fuzz [inputs] [seed]</c>: a seeded fuzz run over every entry point that reads outside data (default 1,000,000 inputs, a random seed); exit code 1 on any break of the contract.</item>
/// <item><c>analyzer [n] [rounds]</c>: the combined analysis beside the sum of the separate ones, alternated in one process (default 100,000 projects, 5 rounds); exit code 1 above 1.1×.</item>
/// <item><c>report [count] [rounds]</c>: the CDO office's grip report beside the analyses it uses alone (default 100,000 projects, 2 rounds); exit code 1 when a target is missed.</item>
/// <item><c>html-load [count] [runs]</c>: the CDO office's HTML report of <c>count</c> projects (default 1,000) opened in headless chromium <c>runs</c> times (default 5) beside an empty page, with the browser's Navigation Timing; exit code 1 when the median load takes 1 s or more.</item>
/// <item><c>overlap-eval [explain|tune [filter]|misses|levers|kinds]</c>: overlap quality on the labelled real registrations, both halves, beside word-Jaccard and TF-IDF cosine (docs/overlap.md); <c>tune</c> the tuning half only, <c>levers</c> the lever tables only, <c>kinds</c> the kind tables with the tuning half's wrong kinds.</item>
/// <item><c>overlap [sizes] [naive-up-to]</c>: overlap detection at scale (default 2,000, 20,000 and 100,000 projects, all pairs compared up to 20,000); exit code 1 when the outputs differ or a target is missed.</item>
/// </list>
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        try
        {
            switch (args.FirstOrDefault())
            {
                case MemoryCheck.ChildArgument:
                    return MemoryCheck.RunChild(args[1]);
                case WebApiMemory.ChildArgument:
                    return WebApiMemory.RunChildAsync(args[1], args[2]).GetAwaiter().GetResult();
                case "webapi":
                    return WebApiMemory.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20_000, args.Length > 2 ? args[2] : null);
                case "memory":
                    return MemoryCheck.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000, failOnMiss: true);
                case "overlap":
                    return OverlapScale.Run(
                        args.Length > 1 ? [.. args[1].Split(',').Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture))] : [2_000, 20_000, 100_000],
                        args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 20_000,
                        checkTargets: true,
                        args.Length > 3 ? OverlapLever(args[3]) : null);
                case "analyzer":
                    return AnalyzerSideBySide.Run(
                        args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000,
                        args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5);
                case "report":
                    return ReportScale.Run(
                        args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000,
                        args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 2,
                        checkTargets: true);
                case "html-load":
                    return HtmlLoad.Run(
                        args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000,
                        args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5);
                case "overlap-eval":
                    return OverlapEval.Run(explainOnly: args.Length > 1 && args[1] == "explain", tune: args.Length > 1 && args[1] is "tune" or "misses" or "levers" or "kinds" ? args[1] : null, only: args.Length > 2 ? args[2] : null);
                case "smoke":
                    return Smoke.Run();
                case "scaling":
                    return Scaling.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 40_000);
                case "fuzz":
                    return FuzzRun.Run(
                        args.Length > 1 ? long.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000,
                        args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : Environment.TickCount);
                default:
                    var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, DefaultConfig.Instance).ToList();
                    Ratios.Print(summaries);
                    return Ratios.Crashed(summaries) ? 1 : 0;
            }
        }
        catch (Exception ex)
        {
            Console.Error.WriteLine(ex);
            return 2;
        }
    }

    /// <summary>An internal lever of docs/overlap.md, "Short registrations", by name: <c>short</c> or <c>scale</c>.</summary>
    private static DataGrip.Core.Overlap.OverlapOptions OverlapLever(string name) => name switch
    {
        "short" => DataGrip.Core.Overlap.OverlapOptions.Default with { ShortTextTerms = 12, ShortThreshold = 0.10, ShortNeighbours = 3 },
        "scale" => DataGrip.Core.Overlap.OverlapOptions.Default with { ScaleTextTerms = 12, ScaleLow = 1.0, ScaleHigh = 1.4 },
        _ => throw new ArgumentException($"Unknown overlap lever '{name}' (short, scale).", nameof(name)),
    };
}
