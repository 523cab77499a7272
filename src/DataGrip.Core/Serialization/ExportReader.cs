using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.Json;
using DataGrip.Core.Model;

namespace DataGrip.Core.Serialization;

/// <summary>
/// The reader's slow path, taken only when an export could not be read in one go: it reads project by project so
/// that it can say what is wrong with each, where, and on which line.
/// </summary>
internal sealed class ExportReader
{
    private readonly ArraySegment<byte> bytes;
    private readonly JsonReadOptions options;
    private readonly JsonSerializerOptions serializerOptions;

    public ExportReader(ArraySegment<byte> bytes, JsonReadOptions options, JsonSerializerOptions serializerOptions)
    {
        this.bytes = bytes;
        this.options = options;
        this.serializerOptions = serializerOptions;
    }

    public ReadResult<ProjectExport> Read()
    {
        // The caller has checked that the bytes are valid UTF-8.
        var findings = ImmutableArray.CreateBuilder<Finding>();
        using var stream = new MemoryStream(bytes.Array!, bytes.Offset, bytes.Count, writable: false);
        var scanner = new ExportScanner(stream, options);
        var projects = ImmutableArray.CreateBuilder<DataProject>();
        while (scanner.TryNext(out var item))
        {
            var project = Deserialize<DataProject>(item.Json, JsonPointer.Append("/projects", item.Index), item.Line, item.Column, findings);
            if (project is not null)
            {
                projects.Add(project);
            }
            else if (item.Json.Span.Length > 0 && item.Json.Span[0] == (byte)'n')
            {
                findings.Add(Messages.Create(FindingCodes.WrongType, JsonPointer.Append("/projects", item.Index), item.Line, item.Column, ("Expected", "a project object")));
            }
        }

        if (scanner.Error is { } error)
        {
            findings.Add(error);
            return new ReadResult<ProjectExport>(null, findings.ToImmutable());
        }

        var (rootLine, rootColumn) = scanner.RootPosition;
        var envelope = Deserialize<ProjectExport>(scanner.EnvelopeJson, string.Empty, rootLine, rootColumn, findings, scanner.EnvelopeLines);
        if (envelope is not null && !DataGripJson.IsSupported(envelope.SchemaVersion))
        {
            var line = scanner.EnvelopeLines.TryGetValue("schemaVersion", out var position) ? position.Line : (long?)null;
            findings.Add(Messages.Create(FindingCodes.UnsupportedSchemaVersion, "/schemaVersion", line, null, ("Value", envelope.SchemaVersion)));
        }

        if (findings.Any(f => f.Severity == Severity.Error) || envelope is null)
        {
            return new ReadResult<ProjectExport>(null, findings.ToImmutable());
        }

        return new ReadResult<ProjectExport>(envelope with { Projects = projects.ToImmutable() }, findings.ToImmutable());
    }

    private T? Deserialize<T>(
        ReadOnlyMemory<byte> json,
        string pointer,
        long line,
        long column,
        ImmutableArray<Finding>.Builder findings,
        IReadOnlyDictionary<string, (long Line, long Column)>? envelopeLines = null)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json.Span, serializerOptions);
        }
        catch (Exception ex) when (DataGripJson.IsDataError(ex))
        {
            if (envelopeLines is null)
            {
                findings.Add(ReadErrors.FromDocument(ex, json, pointer, line, column));
                return null;
            }

            // The envelope was re-assembled: place the finding on the line of its top-level property.
            var at = JsonPointer.FromJsonPath((ex as JsonException)?.Path, pointer);
            var top = at.Length > 1 ? at.Substring(1).Split('/')[0] : null;
            var (atLine, atColumn) = top is not null && envelopeLines.TryGetValue(top, out var position) ? position : (line, column);
            findings.Add(ReadErrors.ToFinding(ex, at, atLine, atColumn, () => null));
            return null;
        }
    }
}
