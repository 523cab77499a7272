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
using DataGrip.Core.Risk;
using DataGrip.Core.Schema;
using DataGrip.Core.Serialization;

namespace DataGrip.Sample;

/// <summary>
/// The sample console, the .NET tool <c>datagrip</c>: its command line is in <see cref="CommandLine"/>; here are
/// <c>validate</c> and <c>completeness</c> and what every command shares (reading files, tables, findings).
/// </summary>
public static partial class Cli
{
    public const int Valid = 0;
    public const int Invalid = 1;
    public const int UsageOrIo = 2;

    internal static readonly JsonSerializerOptions JsonOutput = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The exit code of an error nobody foresaw (after sysexits' EX_SOFTWARE): said in one sentence, never as a stack trace.</summary>
    public const int Internal = 70;

    /// <summary>Runs the console on plain writers (no wrapping, colour or progress), as a test or a pipe sees it.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, output, error, Screen.Plain, Screen.Plain);

    /// <summary>Runs the console; each writer is what its <see cref="Screen"/> says (a terminal of a width, with colour, or plain).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, Screen outputScreen, Screen errorScreen)
    {
        var culture = CommandLine.LanguageOf(args);
        using var screenOutput = new ScreenWriter(output, outputScreen);
        using var screenError = new ScreenWriter(error, errorScreen);
        try
        {
            return new CommandLine(culture, screenOutput, screenError).Run(CommandLine.Normalise(args));
        }
        catch (Exception ex)
        {
            screenError.WriteLine(Dutch(culture)
                ? "Interne fout. Meld dit met het bestand dat u gebruikte."
                : $"Internal error ({ex.GetType().Name}): {ex.Message} Please report it with the file you used.");
            return Internal;
        }
    }

    /// <summary>Runs a command on a file it reads: a file that cannot be read is exit code 2, with why in the chosen language.</summary>
    private static int OnFile(string file, CultureInfo culture, TextWriter error, Func<Stream, int> command)
    {
        try
        {
            using var stream = Open(file);
            return command(stream);
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

    /// <summary>Why a file could not be written, in the chosen language and without the runtime's English.</summary>
    internal static string CannotWrite(string file, Exception ex, CultureInfo culture)
    {
        var dutch = Dutch(culture);
        var why = ex switch
        {
            UnauthorizedAccessException or IOException when Directory.Exists(file) => dutch ? "dit is een map, geen bestand" : "it is a directory, not a file",
            DirectoryNotFoundException => dutch ? "de map bestaat niet" : "the directory does not exist",
            UnauthorizedAccessException => dutch ? "geen toegang" : "access is denied",
            _ => dutch ? "het bestand kan niet worden geschreven" : ex.Message,
        };
        return dutch ? $"Kan '{file}' niet schrijven: {why}." : $"Cannot write '{file}': {why}.";
    }

    /// <summary>The export in a file; null with exit code 1 when it is not a valid export, 2 when it cannot be read (as <c>validate</c> says).</summary>
    internal static ProjectExport? ReadExport(string file, CultureInfo culture, TextWriter error, out int failed)
    {
        var export = ReadFile(file, culture, error, stream => ReadExport(stream, file, culture, error), out var unreadable);
        failed = unreadable ? UsageOrIo : Invalid;
        return export;
    }

    /// <summary>
    /// The council's risk framework in an option's file; null with exit code 2 (a usage error) when it cannot be read
    /// or is not a framework, after saying why with the reader's findings in the user's language.
    /// </summary>
    internal static RiskFramework? ReadFramework(string file, CultureInfo culture, TextWriter error) =>
        ReadFile(file, culture, error, stream => Said(RiskFramework.Read(stream), culture, error,
            $"{file} is geen geldig risicokader:", $"{file} is not a valid risk framework:"), out _);

    /// <summary>A completeness profile in an option's file; null with exit code 2 (a usage error), as <see cref="ReadFramework"/>.</summary>
    internal static CompletenessProfile? ReadProfile(string file, CultureInfo culture, TextWriter error) =>
        ReadFile(file, culture, error, stream => Said(CompletenessProfile.Read(stream), culture, error,
            $"{file} is geen geldig volledigheidsprofiel:", $"{file} is not a valid completeness profile:"), out _);

    /// <summary>What <paramref name="read"/> makes of a file; null when it makes nothing, or, said as <see cref="CannotRead"/> says, when the file cannot be opened or read (<paramref name="unreadable"/>).</summary>
    private static T? ReadFile<T>(string file, CultureInfo culture, TextWriter error, Func<Stream, T?> read, out bool unreadable)
        where T : class
    {
        unreadable = false;
        try
        {
            using var stream = Open(file);
            return read(stream);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine(CannotRead(file, ex, culture));
            unreadable = true;
            return null;
        }
    }

    /// <summary>The value read; when there is none, says so in a header and the reader's findings.</summary>
    private static T? Said<T>(ReadResult<T> read, CultureInfo culture, TextWriter error, string dutch, string english)
        where T : class
    {
        if (read.Value is null)
        {
            error.WriteLine(Dutch(culture) ? dutch : english);
            WriteFindings(error, read.Findings, culture);
        }

        return read.Value;
    }

    /// <summary>Reads an export for a command that works on one; when it cannot be read, says so with the reader's findings and returns null.</summary>
    internal static ProjectExport? ReadExport(Stream stream, string file, CultureInfo culture, TextWriter error) =>
        Said(DataGripJson.ReadExport(stream), culture, error,
            $"{file} kan niet gelezen worden; controleer het met 'validate':", $"{file} cannot be read; check it with 'validate':");

    internal static bool Dutch(CultureInfo culture) => culture.TwoLetterISOLanguageName == "nl";

    internal static int Validate(string file, bool json, CultureInfo culture, TextWriter output, TextWriter error) =>
        OnFile(file, culture, error, stream => Validate(stream, file, json, culture, output));

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
            var verdict = ScreenWriter.Paint(output, report.IsValid ? (dutch ? "geldig" : "valid") : (dutch ? "ongeldig" : "invalid"), report.IsValid ? Tone.Good : Tone.Bad);
            output.WriteLine(dutch
                ? $"{Path.GetFileName(file)}: {Plural(report.ProjectCount, "project", "projecten", culture)}, {Plural(report.ErrorCount, "fout", "fouten", culture)}, {Plural(report.WarningCount, "waarschuwing", "waarschuwingen", culture)} — {verdict}."
                : $"{Path.GetFileName(file)}: {Plural(report.ProjectCount, "project", "projects", culture)}, {Plural(report.ErrorCount, "error", "errors", culture)}, {Plural(report.WarningCount, "warning", "warnings", culture)} — {verdict}.");
        }

        return report.IsValid ? Valid : Invalid;
    }

    internal static int Completeness(string file, string? profileFile, bool json, CultureInfo culture, string? explain, TextWriter output, TextWriter error)
    {
        var profile = CompletenessProfile.Default;
        if (profileFile is not null)
        {
            if (ReadProfile(profileFile, culture, error) is not { } read)
            {
                return UsageOrIo;
            }

            profile = read;
        }

        return OnFile(file, culture, error, stream => Completeness(stream, file, profile, json, culture, explain, output, error));
    }

    private static int Completeness(Stream stream, string file, CompletenessProfile profile, bool json, CultureInfo culture, string? explain, TextWriter output, TextWriter error)
    {
        if (ReadExport(stream, file, culture, error) is not { } export)
        {
            return Invalid;
        }

        // One call for every project: completeness and publishability, the facts they share computed once.
        var analyzer = new ProjectAnalyzer(new DataGripOptions { Completeness = new CompletenessOptions { Profile = profile } });
        var analysis = analyzer.Analyze(export, new AnalysisOptions { Risk = false, OverlapNeighbours = 0 });
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
        }).ToList(), (column, cell) => column == 1 ? ToneOfSeverity(culture)(cell) : Tone.Plain);
        output.WriteLine();
    }

    /// <summary>The colour of a severity cell: errors red, warnings yellow.</summary>
    private static Func<string, Tone> ToneOfSeverity(CultureInfo culture) => cell =>
        cell == Labels.Get(Severity.Error, culture) ? Tone.Bad : cell == Labels.Get(Severity.Warning, culture) ? Tone.Doubt : Tone.Plain;

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
