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
            var project = Deserialize<DataProject>(item.Json.Span, JsonPointer.Append("/projects", item.Index), item.Line, item.Column, findings);
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
        var envelope = Deserialize<ProjectExport>(scanner.EnvelopeJson.Span, string.Empty, rootLine, rootColumn, findings, scanner.EnvelopeLines);
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
        ReadOnlySpan<byte> json,
        string pointer,
        long line,
        long column,
        ImmutableArray<Finding>.Builder findings,
        IReadOnlyDictionary<string, (long Line, long Column)>? envelopeLines = null)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, serializerOptions);
        }
        catch (Exception ex) when (DataGripJson.IsDataError(ex))
        {
            var json_ = ex as JsonException;
            var at = JsonPointer.FromJsonPath(json_?.Path, pointer);
            long? atLine = null;
            long? atColumn = null;
            if (envelopeLines is not null)
            {
                // The envelope was re-assembled: place the finding on the line of its top-level property.
                var top = at.Length > 1 ? at.Substring(1).Split('/')[0] : null;
                if (top is not null && envelopeLines.TryGetValue(top, out var position))
                {
                    (atLine, atColumn) = position;
                }
            }
            else if (json_?.LineNumber is { } relativeLine)
            {
                atLine = line + relativeLine;
                atColumn = relativeLine == 0 ? column + (json_.BytePositionInLine ?? 0) : (json_.BytePositionInLine ?? 0) + 1;
            }

            var copy = json.ToArray();
            var relative = JsonPointer.FromJsonPath(json_?.Path);
            findings.Add(ReadErrors.ToFinding(ex, at, atLine, atColumn, () => JsonPointer.ValueAt(copy, relative)));
            return null;
        }
    }
}
