using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using DataGrip.Core.Model;
using DataGrip.Core.Serialization;
using DataGrip.Core.Internal;

namespace DataGrip.Core.Interop;

/// <summary>
/// Imports Algoritmeregister data — the site-data dump, the download export, supplier templates (JSON) and the CSV
/// download (quoted; <c>;</c>, <c>,</c> or tab; UTF-8, UTF-16 with a byte order mark, or Windows-1252) — in every standard version 0.1–1.0 into DataGrip projects.
/// </summary>
/// <remarks>
/// Values are normalised where the normaliser is sure (status, algorithm type, themes, DPIA/IAMA answers, dates,
/// HTML to text, organisation name to municipality code). A value that cannot be mapped is kept unchanged in the
/// project's <see cref="ExtensibleRecord.Extensions"/> as <c>x-algoritmeregister-&lt;field&gt;</c> and reported
/// with its original value (DG-I101): nothing is dropped silently. Header and template rows are skipped with a
/// finding. Import never throws on bad data; it is thread-safe and keeps no state between calls.
/// </remarks>
public sealed class AlgoritmeregisterImporter
{
    private readonly Lazy<OrganizationMatcher> matcher;

    /// <summary>An importer with <see cref="ImportOptions.Default"/>.</summary>
    public AlgoritmeregisterImporter()
        : this(ImportOptions.Default)
    {
    }

    /// <summary>An importer with the given settings.</summary>
    /// <param name="options">The settings.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> are invalid.</exception>
    public AlgoritmeregisterImporter(ImportOptions options)
    {
        Options = Guard.NotNull(options);
        options.Validate();
        matcher = new Lazy<OrganizationMatcher>(() => new OrganizationMatcher(options.Municipalities));
    }

    /// <summary>The settings used when a call passes none.</summary>
    public ImportOptions Options { get; }

    /// <summary>
    /// Imports register data from a stream (UTF-8; UTF-16 with a byte order mark; anything else is read as Windows-1252
    /// with a warning). The stream is not closed.
    /// </summary>
    /// <param name="input">The JSON or CSV data.</param>
    /// <param name="options">Settings for this call; <see cref="Options"/> when null.</param>
    /// <returns>The projects, findings and per-field statistics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> are invalid.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public ImportResult Import(Stream input, ImportOptions? options = null)
    {
        Guard.NotNull(input);

        options = Checked(options);
        return ImportBytes(StreamBytes.ReadAll(input, options.MaxInputBytes), options);
    }

    /// <summary>
    /// Imports register data from a stream without blocking on it (for web hosts, which forbid synchronous reads of a
    /// request body); otherwise as <see cref="Import(Stream, ImportOptions?)"/>. The stream is not closed.
    /// </summary>
    /// <param name="input">The JSON or CSV data.</param>
    /// <param name="options">Settings for this call; <see cref="Options"/> when null.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The projects, findings and per-field statistics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> are invalid.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    /// <exception cref="OperationCanceledException">The reading was cancelled.</exception>
    public async System.Threading.Tasks.Task<ImportResult> ImportAsync(Stream input, ImportOptions? options = null, System.Threading.CancellationToken cancellationToken = default)
    {
        Guard.NotNull(input);

        options = Checked(options);
        return ImportBytes(await StreamBytes.ReadAllAsync(input, options.MaxInputBytes, cancellationToken).ConfigureAwait(false), options);
    }

    private ImportResult ImportBytes(ArraySegment<byte>? read, ImportOptions options)
    {
        if (read is not { } bytes)
        {
            return Failed(RegisterFileFormat.Unknown, InteropMessages.Create(InteropCodes.TooLarge, string.Empty, ("MaxBytes", options.MaxInputBytes)));
        }

        var start = Utf8.BomLength(bytes.AsSpan());
        var body = new ArraySegment<byte>(bytes.Array!, bytes.Offset + start, bytes.Count - start);
        var session = Session(options);
        if (start == 0 && InputRepair.Utf16(body) is { } utf16)
        {
            // Excel's "Unicode text" and some editors save UTF-16 with a byte order mark.
            var text = InputRepair.WellFormed(utf16);
            return Import(text, new ArraySegment<byte>(Encoding.UTF8.GetBytes(text)), session);
        }

        if (Utf8.FindInvalid(body) is { } invalid)
        {
            // Spreadsheet exports are often Windows-1252 (’ and € where Latin-1 has control characters); the warning says to check.
            session.Findings.Add(InteropMessages.Create(InteropCodes.NotUtf8, string.Empty, ("Offset", invalid)));
            var text = InputRepair.Windows1252(body);
            return Import(text, new ArraySegment<byte>(Encoding.UTF8.GetBytes(text)), session);
        }

        return Import(null, body, session);
    }

    /// <summary>Imports register data from text.</summary>
    /// <param name="text">The JSON or CSV data.</param>
    /// <param name="options">Settings for this call; <see cref="Options"/> when null.</param>
    /// <returns>The projects, findings and per-field statistics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> are invalid.</exception>
    public ImportResult Import(string text, ImportOptions? options = null)
    {
        Guard.NotNull(text);

        options = Checked(options);
        if (text.Length > options.MaxInputBytes)
        {
            return Failed(RegisterFileFormat.Unknown, InteropMessages.Create(InteropCodes.TooLarge, string.Empty, ("MaxBytes", options.MaxInputBytes)));
        }

        var trimmed = InputRepair.WellFormed(text.Length > 0 && text[0] == '\uFEFF' ? text.Substring(1) : text);
        return Import(trimmed, new ArraySegment<byte>(Encoding.UTF8.GetBytes(trimmed)), Session(options));
    }

    private ImportResult Import(string? text, ArraySegment<byte> utf8, ImportSession session)
    {
        var first = FirstNonSpace(utf8);
        if (first is (byte)'[' or (byte)'{')
        {
            return ImportJson(utf8, session, RegisterFileFormat.Json, null);
        }

        text ??= Encoding.UTF8.GetString(utf8.Array!, utf8.Offset, utf8.Count);
        if (first is null)
        {
            return Done(session, RegisterFileFormat.Unknown, [], 0, 0, InteropMessages.Create(InteropCodes.NotRegisterData, string.Empty, ("Reason", InteropMessages.Say("it is empty", "het is leeg"))));
        }

        if (text.IndexOf('\0') >= 0)
        {
            return Done(session, RegisterFileFormat.Unknown, [], 0, 0, InteropMessages.Create(InteropCodes.NotRegisterData, string.Empty, ("Reason", InteropMessages.Say("it holds binary data", "het bevat binaire gegevens"))));
        }

        return ImportCsv(text, session);
    }

    private ImportResult ImportCsv(string text, ImportSession session)
    {
        var separator = CsvReader.DetectSeparator(text);
        if (!CsvReader.TryRead(text, separator, out var records, out var error))
        {
            return Done(session, RegisterFileFormat.Csv, [], 0, 0, InteropMessages.Create(InteropCodes.MalformedCsv, string.Empty, ("Reason", InteropMessages.Say("a quoted cell that starts on line " + error + " is never closed", "een cel tussen aanhalingstekens die op regel " + error + " begint, wordt nooit gesloten"))));
        }

        if (records.Count == 0)
        {
            return Done(session, RegisterFileFormat.Unknown, [], 0, 0, InteropMessages.Create(InteropCodes.NotRegisterData, string.Empty, ("Reason", InteropMessages.Say("it holds no values", "het bevat geen waarden"))));
        }

        var header = records[0].Cells.Select(c => Field(c)).ToList();
        if (header.Count < 2 || !header.Any(h => h is not null && RegisterFields.IsKnown(h)))
        {
            return Done(session, RegisterFileFormat.Unknown, [], 0, 0, InteropMessages.Create(InteropCodes.NotRegisterData, string.Empty,
                ("Reason", InteropMessages.Say("the first line is not a CSV header naming register fields (such as name;organization;status)", "de eerste regel is geen CSV-kopregel met velden van het register (zoals Naam;Organisatie;Status)"))));
        }

        // Turn the CSV into the JSON rows the rest of the importer reads; a CSV row keeps its line number.
        using var buffer = new MemoryStream();
        var lines = new List<int>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            for (var r = 1; r < records.Count; r++)
            {
                var (line, cells) = records[r];
                lines.Add(line);
                if (cells.Count != header.Count)
                {
                    writer.WriteStartArray();
                    foreach (var cell in cells)
                    {
                        writer.WriteStringValue(Cell(cell, line, session));
                    }

                    writer.WriteEndArray();
                    continue;
                }

                writer.WriteStartObject();
                for (var c = 0; c < cells.Count; c++)
                {
                    writer.WritePropertyName(Cell(header[c] ?? records[0].Cells[c], line, session));
                    writer.WriteStringValue(Cell(cells[c], line, session));
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return ImportJson(new ArraySegment<byte>(buffer.GetBuffer(), 0, (int)buffer.Length), session, RegisterFileFormat.Csv, lines);
    }

    /// <summary>A CSV cell as JSON can carry it: one too long for System.Text.Json is left out, with a finding.</summary>
    private static string Cell(string cell, int line, ImportSession session)
    {
        if (cell.Length <= InputRepair.MaxCell)
        {
            return cell;
        }

        session.Findings.Add(InteropMessages.Create(InteropCodes.CellTooLarge, string.Empty, ("Length", cell.Length), ("MaxLength", InputRepair.MaxCell)) with { Line = line });
        return string.Empty;
    }

    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private static ImportResult ImportJson(ArraySegment<byte> utf8, ImportSession session, RegisterFileFormat format, List<int>? csvLines)
    {
        JsonDocument document;
        try
        {
            if (csvLines is null && InputRepair.WithoutLoneSurrogateEscapes(utf8) is { } fixedUtf8)
            {
                session.Findings.Add(InteropMessages.Create(InteropCodes.LoneSurrogate, string.Empty));
                utf8 = fixedUtf8;
            }

            document = JsonDocument.Parse(utf8.AsMemory(), DocumentOptions);
            if (InputRepair.NeedsRewrite(document.RootElement))
            {
                var repaired = InputRepair.Rewrite(document.RootElement, session.Findings);
                document.Dispose();
                document = JsonDocument.Parse(repaired, DocumentOptions);
            }
        }
        catch (JsonException ex)
        {
            var finding = InteropMessages.Create(InteropCodes.MalformedJson, string.Empty, ("Reason", InteropMessages.Say(ReadErrors.Reason(ex), "de opbouw klopt niet op de gegeven regel en kolom"))) with
            {
                Line = ex.LineNumber + 1,
                Column = ex.BytePositionInLine + 1,
            };
            return Done(session, RegisterFileFormat.Json, [], 0, 0, finding);
        }

        using (document)
        {
            if (!TryRows(document.RootElement, out var rows, out var pointer, out var kind))
            {
                return Done(session, format, [], 0, 0, InteropMessages.Create(InteropCodes.UnexpectedShape, string.Empty, ("Kind", kind)));
            }

            var projects = ImmutableArray.CreateBuilder<DataProject>();
            var index = 0;
            var skipped = 0;
            foreach (var row in rows)
            {
                var rowPointer = pointer is null ? string.Empty : JsonPointer.Append(pointer, index);
                var before = session.Findings.Count;
                if (row.ValueKind == JsonValueKind.Array && csvLines is not null)
                {
                    session.Findings.Add(InteropMessages.Create(InteropCodes.RowWrongShape, rowPointer, ("Row", index + 1), ("Reason", InteropMessages.Say(row.GetArrayLength() + " cells where the header has a different number", row.GetArrayLength() + (row.GetArrayLength() == 1 ? " cel" : " cellen") + " waar de kopregel een ander aantal heeft")), ("Value", row.GetRawText())));
                    skipped++;
                }
                else if (RowMapper.Map(session, row, rowPointer, index + 1) is { } project)
                {
                    projects.Add(project);
                }
                else
                {
                    skipped++;
                }

                if (csvLines is not null)
                {
                    for (var f = before; f < session.Findings.Count; f++)
                    {
                        session.Findings[f] = session.Findings[f] with { Line = csvLines[index] };
                    }
                }

                index++;
            }

            return Done(session, format, projects.ToImmutable(), index, skipped);
        }
    }

    /// <summary>Finds the registrations: a root array, one registration object, or the first array property of objects.</summary>
    private static bool TryRows(JsonElement root, out List<JsonElement> rows, out string? pointer, out InteropMessages.Bilingual kind)
    {
        rows = [];
        pointer = string.Empty;
        kind = InteropMessages.Say("a JSON " + root.ValueKind.ToString().ToLowerInvariant(), RowMapper.JsonKind(root.ValueKind));
        if (root.ValueKind == JsonValueKind.Array)
        {
            rows.AddRange(root.EnumerateArray());
            return true;
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        if (root.TryGetProperty("name", out _) || root.TryGetProperty("organization", out _))
        {
            rows.Add(root);
            pointer = null;
            return true;
        }

        foreach (var property in root.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Array && property.Value.EnumerateArray().Any(e => e.ValueKind == JsonValueKind.Object))
            {
                rows.AddRange(property.Value.EnumerateArray());
                pointer = JsonPointer.Append(string.Empty, property.Name);
                return true;
            }
        }

        kind = InteropMessages.Say("an object without a list of registrations", "een object zonder lijst van registraties");
        return false;
    }

    private static string? Field(string header)
    {
        var trimmed = header.Trim().Trim('\uFEFF');
        if (RegisterFields.ByTitle.TryGetValue(trimmed, out var field))
        {
            return field;
        }

        if (trimmed.Length == 0)
        {
            return null;
        }

        // The 2022 download names columns by group: inzet.goal, metadata_algorithm.contact_email; its
        // metadata_algorithm.schema_metadata is the standard's version ("schema").
        var key = trimmed.ToLowerInvariant();
        var dot = key.LastIndexOf('.');
        if (dot > 0 && dot < key.Length - 1 && !RegisterFields.IsKnown(key))
        {
            var last = key.Substring(dot + 1);
            last = last == "schema_metadata" ? "schema" : last;
            key = RegisterFields.IsKnown(last) ? last : key;
        }

        return key;
    }

    private ImportOptions Checked(ImportOptions? options)
    {
        if (options is null)
        {
            return Options;
        }

        options.Validate();
        return options;
    }

    private ImportSession Session(ImportOptions options) =>
        new(options, ReferenceEquals(options.Municipalities, Options.Municipalities) ? matcher.Value : new OrganizationMatcher(options.Municipalities));

    private static ImportResult Done(ImportSession session, RegisterFileFormat format, ImmutableArray<DataProject> projects, int rows, int skipped, Finding? fatal = null)
    {
        if (fatal is not null)
        {
            session.Findings.Add(fatal);
        }

        return new ImportResult
        {
            Export = new ProjectExport { Projects = projects },
            Findings = [.. session.Findings],
            Fields = session.Statistics(),
            Format = format,
            RowsRead = rows,
            RowsSkipped = skipped,
            StandardVersions = session.Versions.ToImmutableSortedDictionary(StringComparer.Ordinal),
        };
    }

    private static ImportResult Failed(RegisterFileFormat format, Finding finding) =>
        new() { Export = new ProjectExport(), Findings = [finding], Format = format };

    private static byte? FirstNonSpace(ArraySegment<byte> bytes)
    {
        for (var i = bytes.Offset; i < bytes.Offset + bytes.Count; i++)
        {
            var b = bytes.Array![i];
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return b;
            }
        }

        return null;
    }
}
