using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;
using DataGrip.Core.Serialization;

namespace DataGrip.Core.Benchmarks;

/// <summary>
/// Peak memory of the sample web API answering one large upload: the parent writes an export file; for each choice of
/// analyses a fresh child process (this executable again) starts the API on Kestrel at 127.0.0.1, warms it up on a
/// small upload, takes its working set as the baseline, streams the file to <c>POST /analyses</c> from disk, drains the
/// answer and reports the peak resident set and what the process allocated. Client and server share the process; the
/// client holds neither the file nor the answer. A report, not a target: the analyses hold the export in memory.
/// </summary>
public static class WebApiMemory
{
    public const string ChildArgument = "__webapi-child";

    /// <summary>The choices measured: validation alone (streamed), everything but overlap, and everything (overlap is the heavy part).</summary>
    private static readonly string[] Choices = ["validation", "validation,completeness,publishability,risk", "validation,completeness,publishability,risk,overlap"];

    /// <summary>Runs the measurement (optionally only <paramref name="only"/>); 0 when every upload was answered with 200 and the right project count, 2 otherwise.</summary>
    public static int Run(int count, string? only = null)
    {
        var paths = new System.Collections.Generic.List<string>();
        try
        {
            foreach (var choice in only is null ? Choices : [only])
            {
                // The benchmarks' export for what needs no overlap, as the validator's memory check; for overlap the
                // overlap corpus (SyntheticExport's projects come from a few templates, so nearly every pair overlaps).
                var overlap = choice.Contains("overlap", StringComparison.Ordinal);
                var path = Path.Combine(Path.GetTempPath(), $"datagrip-webapi-{count}-{(overlap ? "overlap" : "export")}-{Environment.ProcessId}.json");
                if (!paths.Contains(path))
                {
                    Console.WriteLine($"webapi: writing {count:N0} projects ({(overlap ? "SyntheticOverlap" : "SyntheticExport")}) to {path} ...");
                    using var file = File.Create(path);
                    DataGripJson.WriteExport(overlap ? OverlapExport(count) : SyntheticExport.Create(count, TestData.Seed), file);
                    paths.Add(path);
                }

                var fileBytes = new FileInfo(path).Length;
                var output = MemoryCheck.RunChildProcess(out var exitCode, ChildArgument, path, choice);
                var result = output.LastOrDefault(l => l.StartsWith("RESULT ", StringComparison.Ordinal));
                if (exitCode != 0 || result is null)
                {
                    Console.WriteLine($"WEBAPI CRASHED: the child process exited with {exitCode}.");
                    return 2;
                }

                var values = result.Split(' ').Skip(1).Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]);
                var baseline = long.Parse(values["baseline"], CultureInfo.InvariantCulture);
                var peak = long.Parse(values["peak"], CultureInfo.InvariantCulture);
                var allocated = long.Parse(values["allocated"], CultureInfo.InvariantCulture);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"WEBAPI {choice}: {count:N0} projects, file {TestData.Size(fileBytes)}, baseline {TestData.Size(baseline)}, peak {TestData.Size(peak)}, " +
                    $"(peak - baseline) / file = {(peak - baseline) / (double)fileBytes:F2}, peak / file = {peak / (double)fileBytes:F2}, allocated {TestData.Size(allocated)}, " +
                    $"answer {TestData.Size(long.Parse(values["answer"], CultureInfo.InvariantCulture))}, status {values["status"]}, {values["seconds"]} s"));
                if (values["status"] != "200" || values["projects"] != count.ToString(CultureInfo.InvariantCulture))
                {
                    Console.WriteLine("WEBAPI CRASHED: the upload was not answered with 200 and every project.");
                    return 2;
                }
            }

            return 0;
        }
        finally
        {
            paths.ForEach(File.Delete);
        }
    }

    /// <summary>The overlap corpus as an export the schema accepts (its short descriptions run past the 400 characters allowed).</summary>
    private static Model.ProjectExport OverlapExport(int count) => new()
    {
        Projects = [.. SyntheticOverlap.Create(count, seed: 12).Select(p => p with { ShortDescription = p.ShortDescription is { Length: > 400 } text ? text[..400].TrimEnd() : p.ShortDescription })],
    };

    /// <summary>In the child: start the API, warm up, take the baseline, upload the file, report.</summary>
    public static async Task<int> RunChildAsync(string path, string analyses)
    {
        await using var host = await WebApiHost.StartAsync(maxRequestBytes: 2_000_000_000);
        using var client = new HttpClient { BaseAddress = host.Address, Timeout = TimeSpan.FromMinutes(30) };
        var uri = "/analyses?analyses=" + analyses;
        var warmUp = await UploadAsync(client, uri, new MemoryStream(Encoding.UTF8.GetBytes(DataGripJson.WriteExport(SyntheticExport.Create(20, TestData.Seed)))));
        if (warmUp.Status != 200)
        {
            throw new InvalidOperationException($"The warm-up upload was answered with {warmUp.Status}.");
        }

        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        var baseline = Process.GetCurrentProcess().WorkingSet64;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);

        var watch = Stopwatch.StartNew();
        (int Status, long Bytes, string Head) answer;
        await using (var file = File.OpenRead(path))
        {
            answer = await UploadAsync(client, uri, file);
        }

        watch.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var peak = MemoryCheck.PeakWorkingSet();

        // The answer starts with {"projectCount":N,...}.
        var projects = answer.Head.StartsWith("{\"projectCount\":", StringComparison.Ordinal)
            ? new string([.. answer.Head.Skip("{\"projectCount\":".Length).TakeWhile(char.IsAsciiDigit)])
            : "?";
        if (answer.Status != 200)
        {
            Console.WriteLine("answer: " + answer.Head);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT baseline={baseline} peak={peak} allocated={allocated} status={answer.Status} projects={projects} answer={answer.Bytes} seconds={watch.Elapsed.TotalSeconds:F1}"));
        return 0;
    }

    /// <summary>Streams the body (never held whole here) and drains the answer, keeping its first bytes.</summary>
    private static async Task<(int Status, long Bytes, string Head)> UploadAsync(HttpClient client, string uri, Stream body)
    {
        var content = new StreamContent(body, 81920);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = content };
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        await using var answer = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[81920];
        var head = new StringBuilder();
        long total = 0;
        int read;
        while ((read = await answer.ReadAsync(buffer)) > 0)
        {
            if (head.Length < 600)
            {
                head.Append(Encoding.UTF8.GetString(buffer, 0, Math.Min(read, 600)));
            }

            total += read;
        }

        return ((int)response.StatusCode, total, head.ToString());
    }
}
