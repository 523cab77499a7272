using System;
using System.Globalization;
using System.IO;
using System.Text;
using DataGrip.Core.Model;
using DataGrip.Core.Overlap;
using DataGrip.Core.Reporting;
using DataGrip.Core.Risk;

namespace DataGrip.Sample;

/// <summary>
/// <c>report &lt;file&gt;</c>: the grip report of an export for one audience, as self-contained HTML (default), JSON or
/// CSV worklists, written to <c>-o</c>; with a progress bar on standard error for large exports.
/// </summary>
public static class ReportCommand
{
    public const string Usage = "report <file> [--previous <file>] [--audience cdo|college|council|public] [--framework <file>] [--as-of YYYY-MM-DD] [--lang nl|en] [--format html|json|csv] -o <file>";

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        string? file = null, previousFile = null, frameworkFile = null, outFile = null;
        var culture = new CultureInfo("nl-NL");
        var format = "html";
        var options = PortfolioReportOptions.Default;
        for (var i = 1; i < args.Length; i++)
        {
            var next = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--lang" when next is "nl" or "en":
                    culture = new CultureInfo(next == "nl" ? "nl-NL" : "en-GB");
                    i++;
                    break;
                case "--lang":
                    return Cli.Fail(error, "--lang takes 'nl' or 'en'.");
                case "--format" when next is "html" or "json" or "csv":
                    format = next;
                    i++;
                    break;
                case "--format":
                    return Cli.Fail(error, "--format takes 'html', 'json' or 'csv' (with the report command).");
                case "--audience" when next is "cdo" or "college" or "council" or "public":
                    options = options with { Audience = next switch { "college" => ReportAudience.College, "council" => ReportAudience.Council, "public" => ReportAudience.Public, _ => ReportAudience.Cdo } };
                    i++;
                    break;
                case "--audience":
                    return Cli.Fail(error, "--audience takes 'cdo', 'college', 'council' or 'public'.");
                case "--as-of" when next is not null && DateTime.TryParseExact(next, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var asOf) && asOf.Year is >= 1900 and <= 9000:
                    options = options with { AsOf = asOf };
                    i++;
                    break;
                case "--as-of":
                    return Cli.Fail(error, "--as-of takes a date YYYY-MM-DD, such as 2026-11-20.");
                case "--previous" when next is not null:
                    previousFile = next;
                    i++;
                    break;
                case "--framework" when next is not null:
                    frameworkFile = next;
                    i++;
                    break;
                case "-o" or "--output" when next is not null:
                    outFile = next;
                    i++;
                    break;
                case "--previous" or "--framework" or "-o" or "--output":
                    return Cli.Fail(error, $"{args[i]} takes a file.");
                case { } option when option.StartsWith("-", StringComparison.Ordinal):
                    return Cli.Fail(error, $"Unknown option '{option}'.");
                case { } path when file is null:
                    file = path;
                    break;
                default:
                    return Cli.Fail(error, $"Unexpected argument '{args[i]}'.");
            }
        }

        if (file is null || outFile is null)
        {
            return Cli.Fail(error, "report needs a file and -o <file>.");
        }

        var dutch = Cli.Dutch(culture);
        if (Read(file, culture, error, out var failed) is not { } export)
        {
            return failed;
        }

        if (previousFile is not null)
        {
            if (Read(previousFile, culture, error, out failed) is not { } previous)
            {
                return failed;
            }

            options = options with { Previous = previous };
        }

        if (frameworkFile is not null)
        {
            try
            {
                using var stream = Cli.Open(frameworkFile);
                options = options with { Framework = RiskFramework.Load(stream) };
            }
            catch (InvalidDataException ex)
            {
                error.WriteLine($"{frameworkFile}: {ex.Message}");
                return Cli.Invalid;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                error.WriteLine(Cli.CannotRead(frameworkFile, ex, culture));
                return Cli.UsageOrIo;
            }
        }

        var bar = export.Projects.Length >= OverlapCommand.ProgressFrom ? new OverlapCommand.ProgressBar(error, dutch ? "vergelijken" : "comparing") : null;
        var report = new PortfolioReportBuilder().Build(export, options, bar);
        bar?.Finish();
        var text = format switch
        {
            "json" => PortfolioReportWriter.WriteJson(report),
            "csv" => PortfolioReportWriter.WriteCsv(report, culture),
            _ => PortfolioReportWriter.WriteHtml(report, culture),
        };
        try
        {
            // The CSV writer puts its byte order mark in the text; the others are UTF-8 without one.
            File.WriteAllText(outFile, text, new UTF8Encoding(false));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine(dutch ? $"Kan '{outFile}' niet schrijven: {ex.Message}" : $"Cannot write '{outFile}': {ex.Message}");
            return Cli.UsageOrIo;
        }

        Cli.WriteFindings(error, report.Findings, culture);
        var full = Path.GetFullPath(outFile);
        output.WriteLine(dutch
            ? $"Rapport geschreven: {full} ({report.Projects.Length} projecten, {report.Sections.Length} onderdelen). Open het bestand in een webbrowser."
            : $"Report written: {full} ({report.Projects.Length} projects, {report.Sections.Length} sections). Open the file in a web browser.");
        return Cli.Valid;
    }

    /// <summary>The export in a file; null with exit code 1 when it is not a valid export, 2 when it cannot be read (as <c>validate</c> says).</summary>
    private static ProjectExport? Read(string file, CultureInfo culture, TextWriter error, out int failed)
    {
        failed = Cli.Invalid;
        try
        {
            using var stream = Cli.Open(file);
            return Cli.ReadExport(stream, file, culture, error);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine(Cli.CannotRead(file, ex, culture));
            failed = Cli.UsageOrIo;
            return null;
        }
    }
}
