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
    private int dropped;

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
            var pointer = JsonPointer.Append("/projects", item.Index);
            if (item.Json.Span.Length == 0 || item.Json.Span[0] != (byte)'{')
            {
                // Not an object: said without asking the deserializer, whose exception would cost more than the item.
                Add(findings, Messages.Create(SchemaCodes.WrongType, pointer, item.Line, item.Column, ("Expected", "project")));
                continue;
            }

            var project = Deserialize<DataProject>(item.Json, pointer, item.Line, item.Column, findings);
            if (project is not null)
            {
                projects.Add(project);
                CheckRules(project, pointer, item.Json, item.Line, item.Column, findings);
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
            findings.Add(Messages.Create(SchemaCodes.UnsupportedSchemaVersion, "/schemaVersion", line, null, ("Value", envelope.SchemaVersion)));
        }

        if (envelope is not null)
        {
            CheckRules(envelope, string.Empty, scanner.EnvelopeJson, rootLine, rootColumn, findings);
            DataGripJson.KeepPropertiesOfNewerVersion(findings, envelope.SchemaVersion);
        }

        if (dropped > 0)
        {
            findings.Add(Messages.Create(SchemaCodes.TooManyFindings, string.Empty, null, null, ("Count", dropped), ("MaxFindings", options.MaxFindings)));
        }

        if (findings.Any(f => f.Severity == Severity.Error) || envelope is null)
        {
            return new ReadResult<ProjectExport>(null, findings.ToImmutable());
        }

        return new ReadResult<ProjectExport>(envelope with { Projects = projects.ToImmutable() }, findings.ToImmutable());
    }

    /// <summary>The wire rules that System.Text.Json does not check, with the line of each value they find.</summary>
    private void CheckRules(ExtensibleRecord value, string pointer, ReadOnlyMemory<byte> json, long line, long column, ImmutableArray<Finding>.Builder findings)
    {
        var found = new List<Finding>();
        WireRules.Check(value, pointer, found);
        ArraySegment<byte>? bytes = null;
        foreach (var finding in found)
        {
            // A finding beyond the cap is only counted: it needs no line.
            var relative = finding.Pointer.Substring(pointer.Length);
            var (atLine, atColumn) = (line, column);
            if (findings.Count < options.MaxFindings && JsonPointer.OffsetAt(json.Span, relative) is { } offset)
            {
                bytes ??= System.Runtime.InteropServices.MemoryMarshal.TryGetArray(json, out var held) ? held : new ArraySegment<byte>(json.ToArray());
                var (l, c) = Utf8.PositionOf(bytes.Value, offset);
                (atLine, atColumn) = (line + l - 1, l == 1 ? column + c - 1 : c);
            }

            Add(findings, finding with { Line = atLine, Column = atColumn });
        }
    }

    /// <summary>Keeps at most <see cref="JsonReadOptions.MaxFindings"/> findings and counts the rest, so memory stays bounded.</summary>
    private void Add(ImmutableArray<Finding>.Builder findings, Finding finding)
    {
        if (findings.Count >= options.MaxFindings)
        {
            dropped++;
            return;
        }

        findings.Add(finding);
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
                Add(findings, ReadErrors.FromDocument(ex, json, pointer, line, column));
                return null;
            }

            // The envelope was re-assembled: place the finding on the line of its top-level property.
            var at = JsonPointer.FromJsonPath((ex as JsonException)?.Path, pointer);
            var top = at.Length > 1 ? at.Substring(1).Split('/')[0] : null;
            var (atLine, atColumn) = top is not null && envelopeLines.TryGetValue(top, out var position) ? position : (line, column);
            Add(findings, ReadErrors.ToFinding(ex, at, atLine, atColumn, () => JsonPointer.ValueAt(json.ToArray(), at)));
            return null;
        }
    }
}
