using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using DataGrip.Core.Reporting;
using Xunit.Abstractions;

namespace DataGrip.Core.Tests.Reporting;

/// <summary>
/// Each audience's HTML in a real browser (Debian's <c>chromium</c>, headless): it renders (the screenshot is not blank),
/// every section is in the DOM, it asks for nothing from the network, and printing gives A4 pages. Skipped, with a
/// message, when chromium is not installed; CI installs it. The screenshots and PDFs stay in the test's temp folder
/// (its path is in the test output) for a person to look at.
/// </summary>
public sealed class ReportBrowserTests(ITestOutputHelper output)
{
    private static readonly string? Chromium = new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" }.FirstOrDefault(File.Exists);

    public static TheoryData<string, string> Audiences => new()
    {
        { "cdo", "nl" }, { "college", "nl" }, { "council", "nl" }, { "public", "nl" }, { "cdo", "en" }, { "public", "en" },
    };

    [Theory]
    [MemberData(nameof(Audiences))]
    public void Html_RendersInChromium_OfflineAndOnA4(string audience, string lang)
    {
        if (Chromium is null)
        {
            output.WriteLine("chromium is not installed: skipped (CI installs it with apt-get install -y chromium).");
            return;
        }

        var kind = audience switch { "college" => ReportAudience.College, "council" => ReportAudience.Council, "public" => ReportAudience.Public, _ => ReportAudience.Cdo };
        var report = ReportFixtures.SampleReport(kind);
        var html = PortfolioReportWriter.WriteHtml(report, new CultureInfo(lang == "nl" ? "nl-NL" : "en-GB"));
        var folder = Path.Combine(Path.GetTempPath(), "datagrip-report-browser");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"{audience}-{lang}.html");
        File.WriteAllText(file, html, new UTF8Encoding(false));
        output.WriteLine("files in " + folder);

        // No network: the document forbids every fetch, and nothing in it points at one.
        Assert.Contains("content=\"default-src 'none'; style-src 'unsafe-inline'\"", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(new Regex("<(script|img|link|iframe|object|embed|video|audio|source)\\b", RegexOptions.IgnoreCase), html);
        Assert.DoesNotMatch(new Regex("\\bsrc\\s*=", RegexOptions.IgnoreCase), html);
        Assert.DoesNotMatch(new Regex("url\\(", RegexOptions.IgnoreCase), html);

        // Every section in the DOM as the browser built it.
        var dom = Run("--dump-dom", file);
        foreach (var section in report.Sections)
        {
            Assert.Contains($"<section id=\"{section.Key}\"", dom, StringComparison.Ordinal);
        }

        Assert.Contains("<h1>", dom, StringComparison.Ordinal);
        Assert.Equal(report.Metrics.Count(m => m.Category is not null) > 0, dom.Contains("<svg", StringComparison.Ordinal));

        // A screenshot that is not blank.
        var png = Path.Combine(folder, $"{audience}-{lang}.png");
        File.Delete(png);
        Run("--screenshot=" + png, file, "--window-size=1200,1600");
        Assert.True(File.Exists(png), "chromium wrote no screenshot");
        var (colours, dark) = Pixels(File.ReadAllBytes(png));
        Assert.True(colours > 20, $"the screenshot has {colours} colours: it looks blank");
        Assert.True(dark > 0.005, $"only {dark:P2} of the screenshot is dark: no text rendered");

        // Printing gives A4 pages; the college's is a note of one or two.
        var pages = Pages(file);
        if (kind == ReportAudience.College)
        {
            Assert.InRange(pages, 1, 2);
        }

        output.WriteLine($"{audience}-{lang}: {pages} A4 pages, {colours} colours, {dark:P1} dark");
    }

    /// <summary>
    /// The college's report is a note of one or two A4 pages: for the sample, and for a portfolio twelve times its size
    /// with thirty portfolio holders and many findings, where every list is cut short and points to the CDO office's report.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(12)]
    public void CollegeHtml_PrintsOnOneOrTwoA4Pages_AtAnyPortfolioSize(int times)
    {
        if (Chromium is null)
        {
            output.WriteLine("chromium is not installed: skipped (CI installs it with apt-get install -y chromium).");
            return;
        }

        var export = times == 1 ? ReportFixtures.Sample : ReportFixtures.Larger(times);
        var report = ReportFixtures.Builder.Build(export, new PortfolioReportOptions { Audience = ReportAudience.College, AsOf = ReportFixtures.AsOf, Previous = ReportFixtures.Previous });
        var html = PortfolioReportWriter.WriteHtml(report, new CultureInfo("nl-NL"));
        var folder = Path.Combine(Path.GetTempPath(), "datagrip-report-browser");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"college-x{times}.html");
        File.WriteAllText(file, html, new UTF8Encoding(false));

        var pages = Pages(file);

        output.WriteLine($"college, {report.Projects.Length} projects, {report.Findings.Length} findings: {pages} A4 pages ({file})");
        Assert.InRange(pages, 1, 2);
        if (times > 1)
        {
            Assert.Contains("zie het rapport voor het CDO-bureau", html, StringComparison.Ordinal);

            // The table per holder shows its largest groups, organisation and holder in two columns, and sums the rest.
            Assert.Contains("<th scope=\"row\" colspan=\"2\">De overige ", html, StringComparison.Ordinal);
        }
    }

    /// <summary>Prints the file to PDF and counts its pages, each of which must be A4 (595 × 842 points).</summary>
    private static int Pages(string file)
    {
        var pdf = Path.ChangeExtension(file, ".pdf");
        File.Delete(pdf);
        Run("--print-to-pdf=" + pdf, file, "--no-pdf-header-footer");
        var text = Encoding.Latin1.GetString(File.ReadAllBytes(pdf));
        var boxes = Regex.Matches(text, @"/MediaBox\s*\[\s*0\s+0\s+([0-9.]+)\s+([0-9.]+)\s*\]").Select(m => (W: double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), H: double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture))).ToList();
        Assert.NotEmpty(boxes);
        Assert.All(boxes, b => Assert.True(Math.Abs(b.W - 595.3) < 2 && Math.Abs(b.H - 841.9) < 2, $"a page of {b.W} × {b.H} points is not A4"));
        return boxes.Count;
    }

    private static string Run(string action, string file, params string[] extra)
    {
        var info = new ProcessStartInfo(Chromium!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run", "--disable-extensions", action }.Concat(extra))
        {
            info.ArgumentList.Add(arg);
        }

        info.ArgumentList.Add(new Uri(file).AbsoluteUri);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("chromium did not finish in 120 s: " + action);
        }

        Assert.True(process.ExitCode == 0, $"chromium {action} exited with {process.ExitCode}: {stderr.Result}");
        return stdout.Result;
    }

    /// <summary>The number of distinct colours (sampled) and the share of dark pixels of an 8-bit RGB or RGBA PNG.</summary>
    private static (int Colours, double Dark) Pixels(byte[] png)
    {
        var pos = 8;
        int width = 0, height = 0, channels = 0;
        using var data = new MemoryStream();
        while (pos + 8 <= png.Length)
        {
            var length = (png[pos] << 24) | (png[pos + 1] << 16) | (png[pos + 2] << 8) | png[pos + 3];
            var type = Encoding.ASCII.GetString(png, pos + 4, 4);
            if (type == "IHDR")
            {
                width = (png[pos + 8] << 24) | (png[pos + 9] << 16) | (png[pos + 10] << 8) | png[pos + 11];
                height = (png[pos + 12] << 24) | (png[pos + 13] << 16) | (png[pos + 14] << 8) | png[pos + 15];
                Assert.Equal(8, png[pos + 16]);
                channels = png[pos + 17] switch { 2 => 3, 6 => 4, _ => throw new NotSupportedException("PNG colour type " + png[pos + 17]) };
            }
            else if (type == "IDAT")
            {
                data.Write(png, pos + 8, length);
            }

            pos += 12 + length;
        }

        data.Position = 0;
        using var z = new ZLibStream(data, CompressionMode.Decompress);
        var stride = (width * channels) + 1;
        var raw = new byte[stride * height];
        z.ReadExactly(raw);
        var previous = new byte[stride - 1];
        var line = new byte[stride - 1];
        var colours = new HashSet<int>();
        long dark = 0;
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * stride];
            for (var x = 0; x < stride - 1; x++)
            {
                var v = raw[(y * stride) + 1 + x];
                var a = x >= channels ? line[x - channels] : 0;
                var b = previous[x];
                var c = x >= channels ? previous[x - channels] : 0;
                line[x] = unchecked((byte)(filter switch
                {
                    1 => v + a,
                    2 => v + b,
                    3 => v + ((a + b) / 2),
                    4 => v + Paeth(a, b, c),
                    _ => v,
                }));
            }

            for (var x = 0; x < width; x++)
            {
                int r = line[x * channels], g = line[(x * channels) + 1], bl = line[(x * channels) + 2];
                if (((x + y) & 7) == 0)
                {
                    colours.Add((r << 16) | (g << 8) | bl);
                }

                if (r + g + bl < 200)
                {
                    dark++;
                }
            }

            (previous, line) = (line, previous);
        }

        return (colours.Count, (double)dark / ((long)width * height));
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
