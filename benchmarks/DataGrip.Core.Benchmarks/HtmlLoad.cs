using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using DataGrip.Core.Model;
using DataGrip.Core.Reporting;

namespace DataGrip.Core.Benchmarks;

/// <summary>
/// How long the CDO office's HTML report of <c>count</c> projects takes to open in a real browser (Debian's
/// <c>chromium</c>, headless): the report is written, and a copy of it gets a small script (its content security policy
/// then allows inline script, nothing else) that records, in the load event, the Navigation Timing figures from
/// navigationStart (DOM content loaded, load, first contentful paint when it came before load) and the number of
/// elements, into the DOM that <c>--dump-dom</c> prints. An empty page with the same script is opened in the same run,
/// alternating, so the browser's own start-up and the machine's load are measured beside it. Target: the report's load
/// under <see cref="SecondsTarget"/> s.
/// </summary>
public static class HtmlLoad
{
    public const double SecondsTarget = 1.0;

    private const string Probe = """
        <script>
        addEventListener('load', function () {
          var t = performance.timing, fcp = -1, p = performance.getEntriesByType('paint');
          for (var i = 0; i < p.length; i++) { if (p[i].name === 'first-contentful-paint') { fcp = Math.round(p[i].startTime); } }
          var el = document.createElement('pre');
          el.id = 'dg-timing';
          el.textContent = 'load=' + (t.loadEventStart - t.navigationStart) + ' dcl=' + (t.domContentLoadedEventEnd - t.navigationStart)
            + ' fcp=' + fcp + ' nodes=' + document.getElementsByTagName('*').length;
          document.body.appendChild(el);
        });
        </script>
        """;

    private static readonly Regex Timing = new("id=\"dg-timing\">load=(\\d+) dcl=(\\d+) fcp=(-?\\d+) nodes=(\\d+)<", RegexOptions.CultureInvariant);

    /// <summary>Opens the report of <paramref name="count"/> projects and an empty page <paramref name="runs"/> times each; returns 1 when the median load misses the target.</summary>
    public static int Run(int count, int runs)
    {
        var chromium = new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" }.FirstOrDefault(File.Exists);
        if (chromium is null)
        {
            Console.WriteLine("HTML-LOAD skipped: chromium is not installed (apt-get install -y chromium).");
            return 0;
        }

        var export = new ProjectExport { Projects = [.. ReportScale.Projects(count)] };
        var report = new PortfolioReportBuilder().Build(export, new PortfolioReportOptions { AsOf = new DateTime(2026, 11, 20) });
        var html = PortfolioReportWriter.WriteHtml(report, CultureInfo.GetCultureInfo("nl-NL"));

        var folder = Path.Combine(Path.GetTempPath(), "datagrip-html-load");
        Directory.CreateDirectory(folder);
        var plain = Write(folder, "report.html", html);
        var timed = Write(folder, "report-timed.html", WithProbe(html));
        var empty = Write(folder, "empty-timed.html", $"<!doctype html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Leeg</title>{Probe}</head><body><p>Leeg.</p></body></html>");
        Console.WriteLine($"HTML-LOAD {count:N0} projects: {plain} ({html.Length / 1024.0:N0} KB); the timed copy and the empty page beside it; chromium {Version(chromium)}; load average {LoadAverage()}");

        var pages = new List<Sample>();
        var blanks = new List<Sample>();
        for (var run = 0; run < runs; run++)
        {
            blanks.Add(Open(chromium, empty));
            pages.Add(Open(chromium, timed));
            Console.WriteLine($"  run {run + 1}: report {pages[^1]}; empty page {blanks[^1]}");
        }

        var load = Median(pages.Select(s => s.Load));
        var emptyLoad = Median(blanks.Select(s => s.Load));
        var met = load / 1000.0 < SecondsTarget;
        Console.WriteLine($"HTML-LOAD median of {runs}: report load {load:N0} ms, DOM content loaded {Median(pages.Select(s => s.ContentLoaded)):N0} ms, "
            + $"first contentful paint {Paint(pages)}, {pages[0].Nodes:N0} elements; empty page load {emptyLoad:N0} ms; "
            + $"browser process {Median(pages.Select(s => s.Wall)):N0} ms against {Median(blanks.Select(s => s.Wall)):N0} ms "
            + $"(target load < {SecondsTarget:N0} s: {(met ? "met" : "MISSED")}); load average {LoadAverage()}");
        return met ? 0 : 1;
    }

    /// <summary>The report with the probe in its head, and a policy that lets that one inline script run (still no fetch of any kind).</summary>
    internal static string WithProbe(string html)
    {
        const string policy = "default-src 'none'; style-src 'unsafe-inline'";
        if (!html.Contains(policy, StringComparison.Ordinal) || !html.Contains("</head>", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The report's head is not what the probe expects (content security policy and </head>).");
        }

        return html.Replace(policy, policy + "; script-src 'unsafe-inline'", StringComparison.Ordinal)
            .Replace("</head>", Probe + "</head>", StringComparison.Ordinal);
    }

    private static Sample Open(string chromium, string file)
    {
        var start = new ProcessStartInfo(chromium)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions", "--dump-dom", new Uri(file).AbsoluteUri })
        {
            start.ArgumentList.Add(arg);
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var dom = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var wall = watch.Elapsed.TotalMilliseconds;
        _ = stderr.Result;
        var m = Timing.Match(dom);
        if (!m.Success)
        {
            throw new InvalidOperationException($"chromium printed no timing for {file} (exit code {process.ExitCode}).");
        }

        int Int(int group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);
        return new Sample(Int(1), Int(2), Int(3), Int(4), wall);
    }

    /// <summary>The median first contentful paint of the runs that painted before load.</summary>
    private static string Paint(List<Sample> samples)
    {
        var painted = samples.Where(s => s.FirstPaint >= 0).Select(s => s.FirstPaint).ToList();
        return painted.Count == 0 ? "after load" : $"{Median(painted):N0} ms";
    }

    private static string Write(string folder, string name, string content)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string LoadAverage()
    {
        try
        {
            return string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    private static string Version(string chromium)
    {
        var start = new ProcessStartInfo(chromium, "--version") { RedirectStandardOutput = true, UseShellExecute = false };
        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return text;
    }

    private readonly record struct Sample(double Load, double ContentLoaded, double FirstPaint, int Nodes, double Wall)
    {
        public override string ToString() =>
            $"load {Load:N0} ms, DOM content loaded {ContentLoaded:N0} ms, first contentful paint {(FirstPaint < 0 ? "after load" : FirstPaint.ToString("N0", CultureInfo.InvariantCulture) + " ms")}, "
            + $"{Nodes:N0} elements, process {Wall:N0} ms";
    }
}
