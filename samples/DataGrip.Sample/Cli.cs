using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using DataGrip.Core;
using DataGrip.Core.Analysis;
using DataGrip.Core.Completeness;
using DataGrip.Core.Model;
using DataGrip.Core.Schema;
using DataGrip.Core.Serialization;

namespace DataGrip.Sample;

/// <summary>The sample console: <c>validate</c>, <c>completeness</c>, <c>risk</c> and <c>overlap</c> on an export file; <c>import</c> and <c>export-algoritmeregister</c> (see InteropCommands).</summary>
public static partial class Cli
{
    public const int Valid = 0;
    public const int Invalid = 1;
    public const int UsageOrIo = 2;

    private const string Usage = """
        Usage:
          datagrip-sample validate <file> [--lang nl|en] [--format text|json]
          datagrip-sample completeness <file> [--lang nl|en] [--format text|json] [--explain <project id>]
          datagrip-sample risk <file> [--framework <file>] [--no-inference] [--lang nl|en] [--format text|json] [--explain <project id>]
          datagrip-sample import <file> [--from algoritmeregister] [-o <export.json>] [--lang nl|en]
          datagrip-sample export-algoritmeregister <file> -o <dir or file> [--lang nl|en]
          datagrip-sample overlap <file> [--threshold 0.18] [--top 5] [--lang nl|en] [--format text|json]
          datagrip-sample report <file> [--previous <file>] [--audience cdo|college|council|public] [--framework <file>]
                                 [--as-of YYYY-MM-DD] [--lang nl|en] [--format html|json|csv] -o <file>

          validate       Validate a DataGrip export (JSON) against the published schema and the semantic checks.
          completeness   Score how complete each project's registration is, per perspective, with portfolio figures.
          risk           Assess each project's risk: Pre-scan DPIA, AI Act class, register category, impact level,
                         missing assessments, and the council's risk framework (default: the built-in one).
          --framework <file>  A council's risk framework (JSON, schema/v1/datagrip-risk-framework.schema.json).
          --no-inference Do not read answers from the registration's own words (risk).
          --lang nl|en   Language of the messages (default: nl).
          --format text|json  A readable table (default) or JSON for tools.
          --explain <id> List every indicator (completeness) or every reason (risk) of one project.
          import         Import Algoritmeregister data (JSON or CSV, standard 0.1–1.0) into a DataGrip export (-o),
                         with a summary per field: mapped, normalised, kept as extension, skipped.
          export-algoritmeregister  Write each project as a register v1.0 submission payload: <id>.json files
                         into a directory, or one JSON array into a file.
          overlap        Find projects that do the same thing, and why (--threshold: lowest score, --top: pairs per project).
          report         The grip report of the whole portfolio for one audience (default: the CDO office), as one HTML
                         file (default), JSON or CSV worklists; --previous gives the changes since that export.

        Exit codes: 0 done (validate: valid), 1 findings of severity error, 2 usage or I/O error, 70 internal error.
        """;

    internal static readonly JsonSerializerOptions JsonOutput = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The exit code of an error nobody foresaw (after sysexits' EX_SOFTWARE): said in one sentence, never as a stack trace.</summary>
    public const int Internal = 70;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        try
        {
            return RunCommand(args, output, error);
        }
        catch (Exception ex)
        {
            var english = args.SkipWhile(a => a != "--lang").Skip(1).FirstOrDefault() == "en";
            error.WriteLine(english
                ? $"Internal error ({ex.GetType().Name}): {ex.Message} Please report it with the file you used."
                : "Interne fout. Meld dit met het bestand dat u gebruikte.");
            return Internal;
        }
    }

    private static int RunCommand(string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            output.WriteLine(Usage);
            return args.Length == 0 ? UsageOrIo : Valid;
        }

        var command = args[0];
        if (command is "import" or "export-algoritmeregister")
        {
            return InteropCommands.Run(args, output, error);
        }

        if (command == "report") return ReportCommand.Run(args, output, error);

        if (command == "overlap")
        {
            return OverlapCommand.Run(args, output, error);
        }

        if (command is not ("validate" or "completeness" or "risk"))
        {
            return Fail(error, $"Unknown command '{command}'.");
        }

        string? file = null;
        string? explain = null;
        string? framework = null;
        var inference = true;
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
                case "--explain" when command is "completeness" or "risk" && i + 1 < args.Length:
                    explain = args[++i];
                    break;
                case "--explain":
                    return Fail(error, "--explain takes a project id, with the completeness or risk command.");
                case "--framework" when command == "risk" && i + 1 < args.Length:
                    framework = args[++i];
                    break;
                case "--framework":
                    return Fail(error, "--framework takes a file, with the risk command.");
                case "--no-inference" when command == "risk":
                    inference = false;
                    break;
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
            return Fail(error, $"{command} needs a file.");
        }

        try
        {
            if (command == "risk")
            {
                return Risk(file, framework, inference, json, culture, explain, output, error);
            }

            using var stream = Open(file);
            return command == "validate"
                ? Validate(stream, file, json, culture, output)
                : Completeness(stream, file, json, culture, explain, output, error);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine(CannotRead(file, ex, culture));
            return UsageOrIo;
        }
    }

    /// <summary>Opens a file to read; a directory is said to be one, not "access denied".</summary>
    internal static Stream Open(string path) =>
        Directory.Exists(path) ? throw new DirectoryNotFoundException(path) : File.OpenRead(path);

    /// <summary>Why a file could not be read, in the chosen language and without the runtime's English.</summary>
    internal static string CannotRead(string file, Exception ex, CultureInfo culture)
    {
        var dutch = Dutch(culture);
        var why = ex switch
        {
            DirectoryNotFoundException when Directory.Exists(file) => dutch ? "dit is een map, geen bestand" : "it is a directory, not a file",
            FileNotFoundException or DirectoryNotFoundException => dutch ? "het bestand bestaat niet" : "the file does not exist",
            UnauthorizedAccessException => dutch ? "geen toegang tot het bestand" : "access to the file is denied",
            _ => dutch ? "het bestand kan niet worden gelezen" : ex.Message,
        };
        return dutch ? $"Kan '{file}' niet lezen: {why}." : $"Cannot read '{file}': {why}.";
    }

    internal static int Fail(TextWriter error, string message)
    {
        error.WriteLine(message);
        error.WriteLine();
        error.WriteLine(Usage);
        return UsageOrIo;
    }

    /// <summary>Reads an export for a command that works on one; when it cannot be read, says so with the reader's findings and returns null.</summary>
    internal static ProjectExport? ReadExport(Stream stream, string file, CultureInfo culture, TextWriter error)
    {
        var read = DataGripJson.ReadExport(stream);
        if (read.Value is null)
        {
            error.WriteLine(Dutch(culture) ? $"{file} kan niet gelezen worden; controleer het met 'validate':" : $"{file} cannot be read; check it with 'validate':");
            WriteFindings(error, read.Findings, culture);
        }

        return read.Value;
    }

    internal static bool Dutch(CultureInfo culture) => culture.TwoLetterISOLanguageName == "nl";

    private static int Validate(Stream stream, string file, bool json, CultureInfo culture, TextWriter output)
    {
        var report = new ExportValidator().Validate(stream);
        if (json)
        {
            output.WriteLine(JsonSerializer.Serialize(new
            {
                file,
                valid = report.IsValid,
                projectCount = report.ProjectCount,
                errors = report.ErrorCount,
                warnings = report.WarningCount,
                findings = report.Findings.Select(f => FindingJson(f, culture)),
            }, JsonOutput));
        }
        else
        {
            WriteFindings(output, report.Findings, culture);
            var dutch = Dutch(culture);
            var verdict = report.IsValid ? (dutch ? "geldig" : "valid") : (dutch ? "ongeldig" : "invalid");
            output.WriteLine(dutch
                ? $"{Path.GetFileName(file)}: {Plural(report.ProjectCount, "project", "projecten", culture)}, {Plural(report.ErrorCount, "fout", "fouten", culture)}, {Plural(report.WarningCount, "waarschuwing", "waarschuwingen", culture)} — {verdict}."
                : $"{Path.GetFileName(file)}: {Plural(report.ProjectCount, "project", "projects", culture)}, {Plural(report.ErrorCount, "error", "errors", culture)}, {Plural(report.WarningCount, "warning", "warnings", culture)} — {verdict}.");
        }

        return report.IsValid ? Valid : Invalid;
    }

    private static int Completeness(Stream stream, string file, bool json, CultureInfo culture, string? explain, TextWriter output, TextWriter error)
    {
        if (ReadExport(stream, file, culture, error) is not { } export)
        {
            return Invalid;
        }

        // One call for every project: completeness and publishability, the facts they share computed once.
        var analysis = new ProjectAnalyzer().Analyze(export, new AnalysisOptions { Risk = false, OverlapNeighbours = 0 });
        var portfolio = analysis.Completeness!;
        if (explain is not null)
        {
            if (analysis.Find(explain) is not { } one)
            {
                error.WriteLine(Dutch(culture) ? $"Project '{explain}' staat niet in {file}." : $"Project '{explain}' is not in {file}.");
                return UsageOrIo;
            }

            Explain(output, export.Projects.First(p => p.Id == explain), one.Completeness!, one.Publishability!, json, culture);
            return Valid;
        }

        if (json)
        {
            output.WriteLine(JsonSerializer.Serialize(new
            {
                file,
                meanScore = portfolio.MeanScore,
                bands = portfolio.Bands.OrderBy(b => b.Key).ToDictionary(b => Camel(b.Key), b => b.Value),
                perspectives = portfolio.Perspectives.OrderBy(p => p.Key).ToDictionary(p => Camel(p.Key), p => new { p.Value.Count, p.Value.Mean, p.Value.Min, p.Value.Median, p.Value.Max }),
                mostOftenMissing = portfolio.MostOftenMissing.Take(10).Select(m => new { code = m.Code, projects = m.Projects }),
                projects = portfolio.Projects.Select((r, i) => new
                {
                    id = r.ProjectId,
                    score = r.Score,
                    band = Camel(r.Band),
                    perspectives = Enum.GetValues<Perspective>().ToDictionary(Camel, p => r.ScoreOf(p)),
                    publishable = analysis.Projects[i].Publishability!.IsPublishable,
                }),
            }, JsonOutput));
            return Valid;
        }

        var dutch = Dutch(culture);
        var header = new[] { "Project", "Score", "Band" }
            .Concat(Enum.GetValues<Perspective>().Select(p => Labels.Get(p, culture)))
            .Append(dutch ? "Publiceerbaar" : "Publishable").ToArray();
        var rows = portfolio.Projects.Select((r, i) => new[]
        {
            r.ProjectId,
            Number(r.Score, culture),
            Labels.Get(r.Band, culture),
            Number(r.ScoreOf(Perspective.Basics), culture),
            Number(r.ScoreOf(Perspective.Steering), culture),
            Number(r.ScoreOf(Perspective.Organising), culture),
            Number(r.ScoreOf(Perspective.Transparency), culture),
            Number(r.ScoreOf(Perspective.Supervision), culture),
            analysis.Projects[i].Publishability!.IsPublishable ? (dutch ? "ja" : "yes") : (dutch ? "nee" : "no"),
        }).ToList();
        WriteTable(output, header, rows);
        output.WriteLine();
        output.WriteLine(dutch
            ? $"{Path.GetFileName(file)}: {Plural(portfolio.Projects.Length, "project", "projecten", culture)}, gemiddelde score {Number(portfolio.MeanScore, culture)}."
            : $"{Path.GetFileName(file)}: {Plural(portfolio.Projects.Length, "project", "projects", culture)}, mean score {Number(portfolio.MeanScore, culture)}.");
        output.WriteLine((dutch ? "Banden: " : "Bands: ") + string.Join(", ", portfolio.Bands.OrderByDescending(b => b.Key).Select(b => $"{Labels.Get(b.Key, culture)} {b.Value}")));
        output.WriteLine((dutch ? "Vaakst ontbrekend: " : "Most often missing: ") + string.Join(", ", portfolio.MostOftenMissing.Take(5).Select(m => $"{m.Code} ({m.Projects})")));
        return Valid;
    }

    private static void Explain(TextWriter output, DataProject project, CompletenessResult result, PublishabilityResult publishability, bool json, CultureInfo culture)
    {
        if (json)
        {
            output.WriteLine(JsonSerializer.Serialize(new
            {
                id = result.ProjectId,
                score = result.Score,
                band = Camel(result.Band),
                perspectives = Enum.GetValues<Perspective>().ToDictionary(Camel, p => result.ScoreOf(p)),
                publishable = publishability.IsPublishable,
                allAlwaysShownFieldsFilled = publishability.AllAlwaysShownFieldsFilled,
                indicators = result.Indicators.Select(i => new
                {
                    code = i.Code,
                    perspective = Camel(i.Perspective),
                    applies = i.Applies,
                    pointsEarned = i.PointsEarned,
                    pointsPossible = i.PointsPossible,
                    rule = i.Indicator.Rule,
                    finding = i.Finding is null ? null : FindingJson(i.Finding, culture),
                }),
                registerFindings = publishability.Findings.Select(f => FindingJson(f, culture)),
            }, JsonOutput));
            return;
        }

        var dutch = Dutch(culture);
        output.WriteLine($"{project.Name} ({result.ProjectId}): {Number(result.Score, culture)} — {Labels.Get(result.Band, culture)}");
        var header = dutch
            ? new[] { "Code", "Perspectief", "Punten", "Van", "Melding" }
            : new[] { "Code", "Perspective", "Points", "Of", "Message" };
        var rows = result.Indicators.Select(i => new[]
        {
            i.Code,
            Labels.Get(i.Perspective, culture),
            i.Applies ? Number(i.PointsEarned, culture) : "–",
            i.Applies ? Number(i.PointsPossible, culture) : (dutch ? "n.v.t." : "n/a"),
            i.Finding?.GetMessage(culture) ?? string.Empty,
        }).ToList();
        WriteTable(output, header, rows);
        output.WriteLine();
        output.WriteLine(dutch
            ? $"Publiceerbaar in het Algoritmeregister: {(publishability.IsPublishable ? "ja" : "nee")}; alle altijd-getoonde velden gevuld: {(publishability.AllAlwaysShownFieldsFilled ? "ja" : "nee")}."
            : $"Publishable in the Algoritmeregister: {(publishability.IsPublishable ? "yes" : "no")}; all always-shown fields filled: {(publishability.AllAlwaysShownFieldsFilled ? "yes" : "no")}.");
        foreach (var finding in publishability.Findings)
        {
            output.WriteLine($"  {finding.Code} {finding.Pointer}: {finding.GetMessage(culture)}");
        }
    }

    internal static void WriteFindings(TextWriter output, IReadOnlyCollection<Finding> findings, CultureInfo culture)
    {
        if (findings.Count == 0)
        {
            return;
        }

        var dutch = Dutch(culture);
        var header = dutch
            ? new[] { "Code", "Ernst", "Waar (JSON Pointer :regel)", "Melding" }
            : new[] { "Code", "Severity", "Where (JSON Pointer :line)", "Message" };
        WriteTable(output, header, findings.Select(f => new[]
        {
            f.Code,
            Labels.Get(f.Severity, culture),
            (f.Pointer.Length == 0 ? "/" : f.Pointer) + (f.Line is { } line ? $" :{line}" : string.Empty),
            f.GetMessage(culture),
        }).ToList());
        output.WriteLine();
    }

    /// <summary>Writes a table whose last column is free text; the other columns are padded (at most 60 wide).</summary>
    internal static void WriteTable(TextWriter output, string[] header, List<string[]> rows)
    {
        var last = header.Length - 1;
        var widths = Enumerable.Range(0, last).Select(c => Math.Min(60, rows.Append(header).Max(r => r[c].Length))).ToArray();
        string Row(string[] cells) =>
            string.Join("  ", cells.Take(last).Select((c, i) => (c.Length > widths[i] ? c.Substring(0, widths[i] - 1) + "…" : c).PadRight(widths[i]))) + "  " + cells[last];
        output.WriteLine(Row(header).TrimEnd());
        output.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))) + "  " + new string('-', Math.Max(header[last].Length, 12)));
        foreach (var row in rows)
        {
            output.WriteLine(Row(row).TrimEnd());
        }
    }

    internal static object FindingJson(Finding f, CultureInfo culture) => new
    {
        code = f.Code,
        severity = f.Severity.ToString().ToLowerInvariant(),
        pointer = f.Pointer,
        line = f.Line,
        column = f.Column,
        message = f.GetMessage(culture),
    };

    /// <summary>A score with one decimal in the culture's form (33,5 in Dutch).</summary>
    internal static string Number(decimal? value, CultureInfo culture) => value is null ? "–" : value.Value.ToString("0.0", culture);

    /// <summary>A count with its noun in the singular or plural: "1 project", "2 projecten".</summary>
    internal static string Plural(int count, string one, string many, CultureInfo culture) => count.ToString(culture) + " " + (count == 1 ? one : many);

    internal static string Camel<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
