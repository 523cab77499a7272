using System;
using System.IO;
using System.Linq;

namespace DataGrip.Core.Benchmarks;

/// <summary><c>fuzz [inputs] [seed]</c>: a long fuzz run (default 1,000,000 inputs, a random seed) for a person to start; exit code 1 on any break of the contract.</summary>
public static class FuzzRun
{
    public static int Run(long inputs, int seed)
    {
        var root = FindRoot();
        var fuzzer = new Fuzzer(seed, Fuzzer.RepositorySeeds(root));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        fuzzer.Run(TimeSpan.FromDays(1), inputs);
        Console.WriteLine($"fuzz: seed {seed}, {fuzzer.Inputs.Values.Sum():N0} inputs in {clock.Elapsed.TotalSeconds:N0} s; slowest input {fuzzer.Slowest.Milliseconds:N0} ms ({fuzzer.Slowest.Target})");
        foreach (var (target, count) in fuzzer.Inputs)
        {
            Console.WriteLine($"  {target}: {count:N0} inputs, {fuzzer.Failures.Count(f => f.Target == target)} broke the contract");
        }

        foreach (var group in fuzzer.Failures.GroupBy(f => f.Target + ": " + f.What.Split('\n')[0]).OrderByDescending(g => g.Count()).Take(20))
        {
            Console.WriteLine($"{group.Count(),8} {group.Key}");
            Console.WriteLine("         e.g. " + group.First().Input.Replace("\n", " ").Substring(0, Math.Min(300, group.First().Input.Length)));
        }

        return fuzzer.Failures.Count == 0 ? 0 : 1;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DataGrip.Core.sln")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
