using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using DataGrip.Core.Schema;
using DataGrip.Core.Serialization;

namespace DataGrip.Core.Benchmarks;

/// <summary>
/// Peak memory of validating a large export file. The parent writes the file; a fresh child process (this executable
/// again, with a hidden argument) validates it, so the parent's generation memory does not count. Target: the memory
/// the validation adds stays below 3× the file size.
/// </summary>
public static class MemoryCheck
{
    public const string ChildArgument = "__memory-child";
    public const double Target = 3.0;

    /// <summary>Runs the check; returns 0 when it ran (and, with <paramref name="failOnMiss"/>, met the target), 1 on a miss, 2 on a crash.</summary>
    public static int Run(int count, bool failOnMiss)
    {
        var path = Path.Combine(Path.GetTempPath(), $"datagrip-bench-{count}-{Environment.ProcessId}.json");
        try
        {
            Console.WriteLine($"memory: writing {count:N0} projects to {path} ...");
            using (var file = File.Create(path))
            {
                DataGripJson.WriteExport(SyntheticExport.Create(count, TestData.Seed), file);
            }

            var fileBytes = new FileInfo(path).Length;
            var output = RunChildProcess(out var exitCode, ChildArgument, path);
            var result = output.LastOrDefault(l => l.StartsWith("RESULT ", StringComparison.Ordinal));
            if (exitCode != 0 || result is null)
            {
                Console.WriteLine($"MEMORY CRASHED: the child process exited with {exitCode}.");
                return 2;
            }

            var values = result.Split(' ').Skip(1).Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]);
            var baseline = long.Parse(values["baseline"], CultureInfo.InvariantCulture);
            var peak = long.Parse(values["peak"], CultureInfo.InvariantCulture);
            var added = (peak - baseline) / (double)fileBytes;
            var total = peak / (double)fileBytes;
            var met = added <= Target;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"MEMORY {(met ? "OK" : "MISSED")}: {count:N0} projects, file {TestData.Size(fileBytes)}, baseline {TestData.Size(baseline)}, peak {TestData.Size(peak)}, " +
                $"(peak - baseline) / file = {added:F2} (target <= {Target:F1}), peak / file = {total:F2}, valid={values["valid"]}, findings={values["findings"]}, projects={values["projects"]}, {values["seconds"]} s"));
            if (values["findings"] != "0" || values["projects"] != count.ToString(CultureInfo.InvariantCulture))
            {
                Console.WriteLine("MEMORY CRASHED: the validator reported findings on the generated document, or did not see every project.");
                return 2;
            }

            return met || !failOnMiss ? 0 : 1;
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>In the child: warm up on a small document, take the baseline, validate the file, report the peak.</summary>
    public static int RunChild(string path)
    {
        var validator = new ExportValidator();
        var warmUp = validator.Validate(DataGripJson.WriteExport(SyntheticExport.Create(10, TestData.Seed)));
        if (warmUp.Findings.Length > 0)
        {
            throw new InvalidOperationException("The warm-up document is invalid.");
        }

        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        var baseline = Process.GetCurrentProcess().WorkingSet64;

        var watch = Stopwatch.StartNew();
        ValidationReport report;
        using (var file = File.OpenRead(path))
        {
            report = validator.Validate(file);
        }

        watch.Stop();
        var peak = PeakWorkingSet();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT baseline={baseline} peak={peak} valid={report.IsValid} findings={report.Findings.Length} projects={report.ProjectCount} seconds={watch.Elapsed.TotalSeconds:F1}"));
        return 0;
    }

    /// <summary>The peak resident set size: VmHWM on Linux, else what the runtime reports.</summary>
    internal static long PeakWorkingSet()
    {
        const string Status = "/proc/self/status";
        if (File.Exists(Status))
        {
            var line = File.ReadLines(Status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            if (line is not null)
            {
                return long.Parse(line.Substring(6).Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
            }
        }

        return Process.GetCurrentProcess().PeakWorkingSet64;
    }

    /// <summary>Runs this executable again with the arguments; returns its output lines (echoed) and its exit code.</summary>
    internal static string[] RunChildProcess(out int exitCode, params string[] arguments)
    {
        // Under `dotnet run` this is the apphost; under `dotnet x.dll` it is dotnet itself and needs the dll.
        var host = Environment.ProcessPath ?? throw new InvalidOperationException("The path of this process is unknown.");
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var child = Process.Start(start) ?? throw new InvalidOperationException("Could not start the child process.");
        var lines = child.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        child.WaitForExit();
        exitCode = child.ExitCode;
        foreach (var line in lines)
        {
            Console.WriteLine("  child: " + line);
        }

        return lines;
    }
}
