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
    public static int Run(string file, string? previousFile, string? frameworkFile, string outFile, string format, PortfolioReportOptions options, CultureInfo culture, TextWriter output, TextWriter error)
    {
        var dutch = Cli.Dutch(culture);
        if (Cli.ReadExport(file, culture, error, out var failed) is not { } export)
        {
            return failed;
        }

        if (previousFile is not null)
        {
            if (Cli.ReadExport(previousFile, culture, error, out failed) is not { } previous)
            {
                return failed;
            }

            options = options with { Previous = previous };
        }

        if (frameworkFile is not null)
        {
            // An option's file that is not a framework is a usage error, as the risk command says (2).
            if (Cli.ReadFramework(frameworkFile, culture, error) is not { } framework)
            {
                return Cli.UsageOrIo;
            }

            options = options with { Framework = framework };
        }

        var bar = OverlapCommand.ProgressBar.For(error, export.Projects.Length, culture);
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
            error.WriteLine(Cli.CannotWrite(outFile, ex, culture));
            return Cli.UsageOrIo;
        }

        Cli.WriteFindings(error, report.Findings, culture);
        var full = Path.GetFullPath(outFile);

        // Only the HTML is for a browser; JSON and CSV are for a program or a spreadsheet.
        var html = format == "html";
        output.WriteLine(dutch
            ? $"Rapport geschreven: {full} ({Cli.Plural(report.Projects.Length, "project", "projecten", culture)}, {Cli.Plural(report.Sections.Length, "onderdeel", "onderdelen", culture)}).{(html ? " Open het bestand in een webbrowser." : "")}"
            : $"Report written: {full} ({Cli.Plural(report.Projects.Length, "project", "projects", culture)}, {Cli.Plural(report.Sections.Length, "section", "sections", culture)}).{(html ? " Open the file in a web browser." : "")}");
        return Cli.Valid;
    }
}
