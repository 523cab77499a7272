using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using DataGrip.Core;
using DataGrip.Core.Interop;
using DataGrip.Core.Schema;
using DataGrip.Core.Serialization;

namespace DataGrip.Sample;

/// <summary>
/// The sample console's Algoritmeregister commands: <c>import</c> (register JSON or CSV → DataGrip export) and
/// <c>export-algoritmeregister</c> (DataGrip export → register v1.0 payloads).
/// </summary>
internal static class InteropCommands
{
    public static int Import(string file, string? target, CultureInfo culture, TextWriter output, TextWriter error) =>
        Guarded(file, target, culture, error, stream => Import(stream, file, target, culture, output));

    public static int Export(string file, string target, CultureInfo culture, TextWriter output, TextWriter error) =>
        Guarded(file, target, culture, error, stream => Export(stream, file, target, culture, output, error));

    /// <summary>Runs a command that reads one file and writes another: whichever cannot be read or written is said, exit code 2.</summary>
    private static int Guarded(string file, string? target, CultureInfo culture, TextWriter error, Func<Stream, int> command)
    {
        Stream stream;
        try
        {
            stream = Cli.Open(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine(Cli.CannotRead(file, ex, culture));
            return Cli.UsageOrIo;
        }

        try
        {
            using (stream)
            {
                return command(stream);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine(target is null ? Cli.CannotRead(file, ex, culture) : Cli.CannotWrite(target, ex, culture));
            return Cli.UsageOrIo;
        }
    }

    private static int Import(Stream stream, string file, string? target, CultureInfo culture, TextWriter output)
    {
        var dutch = Cli.Dutch(culture);
        var result = new AlgoritmeregisterImporter().Import(stream, new ImportOptions { SourceName = Path.GetFileName(file) });
        var versions = string.Join(", ", result.StandardVersions.Select(v => $"{v.Key} ({v.Value})"));
        output.WriteLine(dutch
            ? $"{Path.GetFileName(file)}: {Labels.Get(result.Format, culture)}, {Cli.Plural(result.RowsRead, "rij", "rijen", culture)}, {Cli.Plural(result.Export.Projects.Length, "project", "projecten", culture)}, {result.RowsSkipped} overgeslagen; standaardversies: {versions}"
            : $"{Path.GetFileName(file)}: {Labels.Get(result.Format, culture)}, {Cli.Plural(result.RowsRead, "row", "rows", culture)}, {Cli.Plural(result.Export.Projects.Length, "project", "projects", culture)}, {result.RowsSkipped} skipped; standard versions: {versions}");
        if (result.Fields.Length > 0)
        {
            output.WriteLine();
            var header = dutch ? "Veld                     Overgenomen  Genormaliseerd  Als extensie  Leeg" : "Field                    Mapped       Normalised      Extension     Skipped";
            output.WriteLine(header);
            foreach (var f in result.Fields)
            {
                output.WriteLine($"{f.Field,-24} {f.Mapped,11}  {f.Normalised,14}  {f.KeptAsExtension,12}  {f.Skipped,4}");
            }

            output.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-24} {1,11}  {2,14}  {3,12}  {4,4}", dutch ? "totaal" : "total", result.Fields.Sum(f => f.Mapped), result.Fields.Sum(f => f.Normalised), result.Fields.Sum(f => f.KeptAsExtension), result.Fields.Sum(f => f.Skipped)));
        }

        output.WriteLine();
        foreach (var group in result.Findings.GroupBy(f => f.Code).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var first = group.First();
            output.WriteLine($"{group.Key} {Labels.Get(first.Severity, culture),-12} {group.Count(),5}×  {(dutch ? "bv." : "e.g.")} {first.Pointer}: {first.GetMessage(culture)}");
        }

        var errors = result.Findings.Count(f => f.Severity == Severity.Error);
        if (result.Format == RegisterFileFormat.Unknown || (errors > 0 && result.RowsRead == 0))
        {
            return Cli.UsageOrIo;
        }

        if (target is not null)
        {
            using var destination = File.Create(target);
            DataGripJson.WriteExport(result.Export, destination);
            output.WriteLine(dutch ? $"Geschreven: {target}" : $"Written: {target}");
        }

        return errors > 0 ? Cli.Invalid : Cli.Valid;
    }

    private static int Export(Stream stream, string file, string target, CultureInfo culture, TextWriter output, TextWriter error)
    {
        var dutch = Cli.Dutch(culture);
        if (Cli.ReadExport(stream, file, culture, error) is not { } export)
        {
            return Cli.UsageOrIo;
        }

        // A register payload is public: a visibility key that names no field (DG-S107) would publish what it meant.
        stream.Position = 0;
        var refused = new ExportValidator().Validate(stream).Findings.Where(f => f.Code == SchemaCodes.InvalidVisibilityKey).ToList();
        if (refused.Count > 0)
        {
            error.WriteLine(dutch
                ? $"{file}: geen registerpayload geschreven; een zichtbaarheidssleutel wijst geen veld aan, dus het bedoelde veld zou openbaar worden:"
                : $"{file}: no register payload written; a visibility key names no field, so the field it means would be published:");
            Cli.WriteFindings(error, refused, culture);
            return Cli.Invalid;
        }

        var payloads = new AlgoritmeregisterExporter().ExportAll(export);
        var toDirectory = Directory.Exists(target) || target.EndsWith("/", StringComparison.Ordinal) || target.EndsWith("\\", StringComparison.Ordinal) || Path.GetExtension(target).Length == 0;
        if (toDirectory)
        {
            Directory.CreateDirectory(target);
            var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var payload in payloads)
            {
                var name = SafeFileName(payload.ProjectId);
                for (var n = 2; !used.Add(name); n++)
                {
                    name = SafeFileName(payload.ProjectId) + "-" + n.ToString(CultureInfo.InvariantCulture);
                }

                File.WriteAllText(Path.Combine(target, name + ".json"), payload.Json, new UTF8Encoding(false));
            }
        }
        else
        {
            File.WriteAllText(target, "[\n" + string.Join(",\n", payloads.Select(p => p.Json)) + "\n]\n", new UTF8Encoding(false));
        }

        foreach (var payload in payloads.Where(p => p.Findings.Length > 0))
        {
            output.WriteLine($"{payload.ProjectId}:");
            foreach (var finding in payload.Findings)
            {
                output.WriteLine($"  {finding.Code} {Labels.Get(finding.Severity, culture),-12} {finding.Pointer}: {finding.GetMessage(culture)}");
            }
        }

        var ready = payloads.Count(p => p.IsSubmittable);
        output.WriteLine(dutch
            ? $"{Cli.Plural(payloads.Length, "registratie", "registraties", culture)} geschreven naar {target}; {ready} klaar om aan te leveren, {payloads.Length - ready} {(payloads.Length - ready == 1 ? "mist" : "missen")} nog verplichte velden."
            : $"{Cli.Plural(payloads.Length, "registration", "registrations", culture)} written to {target}; {ready} ready to submit, {payloads.Length - ready} still {(payloads.Length - ready == 1 ? "misses" : "miss")} required fields.");
        return ready == payloads.Length ? Cli.Valid : Cli.Invalid;
    }

    private static string SafeFileName(string id)
    {
        var name = new StringBuilder(id.Length);
        foreach (var c in id)
        {
            name.Append(char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_');
        }

        return name.ToString();
    }
}
