using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using DataGrip.Core;
using DataGrip.Core.Schema;

namespace DataGrip.Sample;

/// <summary>The sample console: <c>validate &lt;file&gt; [--lang nl|en] [--format text|json]</c>.</summary>
public static class Cli
{
    public const int Valid = 0;
    public const int Invalid = 1;
    public const int UsageOrIo = 2;

    private const string Usage = """
        Usage: datagrip-sample validate <file> [--lang nl|en] [--format text|json]

          validate <file>   Validate a DataGrip export (JSON) against the published schema and the semantic checks.
          --lang nl|en      Language of the messages (default: nl).
          --format text|json  A readable table (default) or JSON for tools.

        Exit codes: 0 valid, 1 findings of severity error, 2 usage or I/O error.
        """;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            output.WriteLine(Usage);
            return args.Length == 0 ? UsageOrIo : Valid;
        }

        if (args[0] != "validate")
        {
            return Fail(error, $"Unknown command '{args[0]}'.");
        }

        string? file = null;
        var culture = new CultureInfo("nl-NL");
        var json = false;
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--lang" when i + 1 < args.Length && args[i + 1] is "nl" or "en":
                    culture = new CultureInfo(args[++i] == "nl" ? "nl-NL" : "en-GB");
                    break;
                case "--lang":
                    return Fail(error, "--lang takes 'nl' or 'en'.");
                case "--format" when i + 1 < args.Length && args[i + 1] is "text" or "json":
                    json = args[++i] == "json";
                    break;
                case "--format":
                    return Fail(error, "--format takes 'text' or 'json'.");
                case { } option when option.StartsWith("--", StringComparison.Ordinal):
                    return Fail(error, $"Unknown option '{option}'.");
                case { } path when file is null:
                    file = path;
                    break;
                default:
                    return Fail(error, $"Unexpected argument '{args[i]}'.");
            }
        }

        if (file is null)
        {
            return Fail(error, "validate needs a file.");
        }

        ValidationReport report;
        try
        {
            using var stream = File.OpenRead(file);
            report = new ExportValidator().Validate(stream);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine($"Cannot read '{file}': {ex.Message}");
            return UsageOrIo;
        }

        if (json)
        {
            WriteJson(output, file, report, culture);
        }
        else
        {
            WriteText(output, file, report, culture);
        }

        return report.IsValid ? Valid : Invalid;
    }

    private static int Fail(TextWriter error, string message)
    {
        error.WriteLine(message);
        error.WriteLine();
        error.WriteLine(Usage);
        return UsageOrIo;
    }

    private static void WriteText(TextWriter output, string file, ValidationReport report, CultureInfo culture)
    {
        var dutch = culture.TwoLetterISOLanguageName == "nl";
        if (report.Findings.Length > 0)
        {
            var rows = report.Findings.Select(f => new[]
            {
                f.Code,
                Severity(f.Severity, dutch),
                (f.Pointer.Length == 0 ? "/" : f.Pointer) + (f.Line is { } line ? $" :{line}" : string.Empty),
                f.GetMessage(culture),
            }).ToList();
            var header = dutch
                ? new[] { "Code", "Ernst", "Waar (JSON Pointer :regel)", "Melding" }
                : new[] { "Code", "Severity", "Where (JSON Pointer :line)", "Message" };
            var widths = Enumerable.Range(0, 3).Select(c => Math.Min(60, rows.Append(header).Max(r => r[c].Length))).ToArray();
            output.WriteLine(Row(header, widths));
            output.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))) + "  " + new string('-', 20));
            foreach (var row in rows)
            {
                output.WriteLine(Row(row, widths));
            }

            output.WriteLine();
        }

        var verdict = report.IsValid ? (dutch ? "geldig" : "valid") : (dutch ? "ongeldig" : "invalid");
        output.WriteLine(dutch
            ? $"{Path.GetFileName(file)}: {report.ProjectCount} projecten, {report.ErrorCount} fouten, {report.WarningCount} waarschuwingen — {verdict}."
            : $"{Path.GetFileName(file)}: {report.ProjectCount} projects, {report.ErrorCount} errors, {report.WarningCount} warnings — {verdict}.");
    }

    private static string Row(string[] cells, int[] widths) =>
        string.Join("  ", cells.Take(3).Select((c, i) => (c.Length > widths[i] ? c.Substring(0, widths[i] - 1) + "…" : c).PadRight(widths[i]))) + "  " + cells[3];

    private static string Severity(Severity severity, bool dutch) => (severity, dutch) switch
    {
        (Core.Severity.Error, true) => "fout",
        (Core.Severity.Warning, true) => "waarschuwing",
        (Core.Severity.Info, true) => "info",
        _ => severity.ToString().ToLowerInvariant(),
    };

    private static void WriteJson(TextWriter output, string file, ValidationReport report, CultureInfo culture)
    {
        var document = new
        {
            file,
            valid = report.IsValid,
            projectCount = report.ProjectCount,
            errors = report.ErrorCount,
            warnings = report.WarningCount,
            findings = report.Findings.Select(f => new
            {
                code = f.Code,
                severity = f.Severity.ToString().ToLowerInvariant(),
                pointer = f.Pointer,
                line = f.Line,
                column = f.Column,
                message = f.GetMessage(culture),
            }),
        };
        output.WriteLine(JsonSerializer.Serialize(document, new JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        }));
    }
}
