using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using DataGrip.Core.Model;
using DataGrip.Core.Internal;

namespace DataGrip.Core.Serialization;

/// <summary>
/// The DataGrip wire format: reads and writes exports and projects as JSON — camelCase names, enums as stable
/// camelCase strings, ISO 8601 dates, nulls and empty lists omitted, unknown properties kept.
/// </summary>
/// <remarks>
/// Reading never throws on bad data: it returns a <see cref="ReadResult{T}"/> with findings that say what is wrong
/// and where. Reading checks the shape the model needs (types, vocabularies, required members, dates, limits);
/// <see cref="Schema.ExportValidator"/> checks everything the published schema says, and more.
/// All members are thread-safe.
/// </remarks>
public static class DataGripJson
{
    /// <summary>
    /// The serializer options of the wire format, read-only. Use them to embed model types in your own JSON.
    /// </summary>
    public static JsonSerializerOptions SerializerOptions { get; } = CreateOptions(64);

    /// <summary>
    /// Makes your serializer options write and read this library's types in the wire format — enums as their camelCase
    /// names, dates in ISO 8601, nulls and empty lists omitted — while your own types keep your conventions. Call it
    /// where a host sets up its JSON, so that the natural code is right: in ASP.NET Core,
    /// <c>builder.Services.ConfigureHttpJsonOptions(o =&gt; DataGripJson.ConfigureSerializer(o.SerializerOptions))</c>,
    /// and <c>Results.Ok(export)</c> writes the document <see cref="WriteExport(ProjectExport, JsonWriteOptions?)"/> writes
    /// (compact; the host's encoder decides which characters are escaped) and a <see cref="Finding"/> as the published
    /// schemas describe it. Calling it again changes nothing.
    /// </summary>
    /// <remarks>
    /// Each value of a library type is written in one piece; a large export in a response streams with
    /// <see cref="WriteExportAsync"/> instead. Reading a request body is <see cref="ReadExportAsync"/>'s job: it says
    /// what is wrong and where, where a model-bound parameter only fails.
    /// </remarks>
    /// <param name="options">Your options, not yet in use (a host's before it serializes anything).</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="options"/> are read-only (already in use).</exception>
    public static void ConfigureSerializer(JsonSerializerOptions options)
    {
        Guard.NotNull(options);

        if (!options.Converters.Contains(WireFormatConverterFactory.Instance))
        {
            // First, so that a converter the host added for all enums does not take the library's.
            options.Converters.Insert(0, WireFormatConverterFactory.Instance);
        }
    }

    /// <summary>
    /// The options the writers use: deep enough for anything a reader accepts (at most 1,000 levels, and an export
    /// adds two), so what was read can always be written again.
    /// </summary>
    internal static JsonSerializerOptions WriteOptions { get; } = CreateOptions(1024);

    /// <summary>The same options, writing indented JSON.</summary>
    private static JsonSerializerOptions IndentedOptions { get; } = CreateOptions(1024, indented: true);

    /// <summary>Reads an export from a stream of UTF-8 JSON. The stream is read to its end and not closed.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="options">Limits; <see cref="JsonReadOptions.Default"/> when null.</param>
    /// <returns>The export, or the findings that say why it could not be read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> are invalid.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static ReadResult<ProjectExport> ReadExport(Stream utf8Json, JsonReadOptions? options = null)
    {
        Guard.NotNull(utf8Json);

        options ??= JsonReadOptions.Default;
        options.Validate();
        var limit = Math.Min(options.MaxDocumentBytes, JsonReadOptions.MaxInMemoryBytes);
        var seekable = utf8Json.CanSeek;
        if (seekable)
        {
            // The fast path: deserialize straight from the stream, checking size and UTF-8 on the way; only when that
            // fails is the document read again into memory, to say what is wrong and where.
            var start = utf8Json.Position;
            try
            {
                var export = JsonSerializer.Deserialize<ProjectExport>(new CheckedReadStream(utf8Json, limit), OptionsFor(options));
                if (export is not null && IsSupported(export.SchemaVersion) && Conforms(export))
                {
                    return new ReadResult<ProjectExport>(export, ImmutableArray<Finding>.Empty);
                }
            }
            catch (Exception ex) when (IsDataError(ex) || ex is InvalidDataException or DecoderFallbackException)
            {
                // Fall through to the exact path below.
            }

            utf8Json.Position = start;
        }

        if (StreamBytes.ReadAll(utf8Json, limit) is not { } bytes)
        {
            return Failed<ProjectExport>(Messages.Create(SchemaCodes.TooLarge, string.Empty, null, null, ("MaxBytes", limit)));
        }

        // A seekable stream has had its fast path: the document is known to be wrong, so go to the exact path.
        return ReadExport(bytes, options, tryFastPath: !seekable);
    }

    /// <summary>
    /// Reads an export from a stream of UTF-8 JSON without blocking on it — for web hosts such as ASP.NET Core, which
    /// forbid synchronous reads of a request body. The document is read into memory (at most
    /// <see cref="JsonReadOptions.MaxDocumentBytes"/>), then read as <see cref="ReadExport(string, JsonReadOptions?)"/>
    /// reads it. The stream is read to its end and not closed.
    /// </summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="options">Limits; <see cref="JsonReadOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The export, or the findings that say why it could not be read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> are invalid.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    /// <exception cref="OperationCanceledException">The reading was cancelled.</exception>
    public static async System.Threading.Tasks.Task<ReadResult<ProjectExport>> ReadExportAsync(
        Stream utf8Json, JsonReadOptions? options = null, System.Threading.CancellationToken cancellationToken = default)
    {
        Guard.NotNull(utf8Json);

        options ??= JsonReadOptions.Default;
        options.Validate();
        var limit = Math.Min(options.MaxDocumentBytes, JsonReadOptions.MaxInMemoryBytes);
        if (await StreamBytes.ReadAllAsync(utf8Json, limit, cancellationToken).ConfigureAwait(false) is not { } bytes)
        {
            return Failed<ProjectExport>(Messages.Create(SchemaCodes.TooLarge, string.Empty, null, null, ("MaxBytes", limit)));
        }

        return ReadExport(bytes, options);
    }

    /// <summary>Reads an export from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">Limits; <see cref="JsonReadOptions.Default"/> when null.</param>
    /// <returns>The export, or the findings that say why it could not be read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> are invalid.</exception>
    public static ReadResult<ProjectExport> ReadExport(string json, JsonReadOptions? options = null)
    {
        Guard.NotNull(json);

        options ??= JsonReadOptions.Default;
        options.Validate();
        if (!Utf8.TryEncode(json, out var bytes, out var finding))
        {
            return Failed<ProjectExport>(finding!);
        }

        if (bytes.Length > options.MaxDocumentBytes)
        {
            return Failed<ProjectExport>(Messages.Create(SchemaCodes.TooLarge, string.Empty, null, null, ("MaxBytes", options.MaxDocumentBytes)));
        }

        return ReadExport(new ArraySegment<byte>(bytes), options);
    }

    /// <summary>Reads one project from JSON text.</summary>
    /// <param name="json">The JSON text of one project object.</param>
    /// <param name="options">Limits; <see cref="JsonReadOptions.Default"/> when null.</param>
    /// <returns>The project, or the findings that say why it could not be read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> are invalid.</exception>
    public static ReadResult<DataProject> ReadProject(string json, JsonReadOptions? options = null)
    {
        Guard.NotNull(json);

        options ??= JsonReadOptions.Default;
        options.Validate();
        if (!Utf8.TryEncode(json, out var bytes, out var finding))
        {
            return Failed<DataProject>(finding!);
        }

        if (bytes.Length > options.MaxDocumentBytes)
        {
            return Failed<DataProject>(Messages.Create(SchemaCodes.TooLarge, string.Empty, null, null, ("MaxBytes", options.MaxDocumentBytes)));
        }

        // Read it as the only project of an export, and report its findings relative to the project itself.
        var prefix = Encoding.ASCII.GetBytes("{\"schemaVersion\":\"1.0\",\"projects\":[");
        var result = ReadExport(Concat(prefix, bytes, Encoding.ASCII.GetBytes("\n]}")), options);
        if (result.Value is { Projects.Length: 1 } export)
        {
            return new ReadResult<DataProject>(export.Projects[0], result.Findings);
        }

        var findings = ImmutableArray.CreateBuilder<Finding>();
        foreach (var f in result.Findings)
        {
            var pointer = f.Pointer.StartsWith("/projects/0", StringComparison.Ordinal) ? f.Pointer.Substring("/projects/0".Length) : f.Pointer;
            var column = f.Line == 1 && f.Column is { } c ? c - prefix.Length : f.Column;
            findings.Add(f with { Pointer = pointer, Column = column });
        }

        return new ReadResult<DataProject>(null, findings.ToImmutable());
    }

    /// <summary>Writes an export as UTF-8 JSON to a stream, which is not closed.</summary>
    /// <param name="export">The export.</param>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="options">How to write; <see cref="JsonWriteOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="export"/> or <paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// Writing for the public (<see cref="JsonWriteOptions.PublicOnly"/>) and a project's visibility names a field that does
    /// not exist (finding <c>DG-S107</c> of the validator): the field it meant would be published.
    /// </exception>
    public static void WriteExport(ProjectExport export, Stream utf8Json, JsonWriteOptions? options = null)
    {
        Guard.NotNull(export);

        Guard.NotNull(utf8Json);

        options ??= JsonWriteOptions.Default;
        var serializerOptions = options.Indented ? IndentedOptions : WriteOptions;
        if (!options.PublicOnly)
        {
            // Streams as it goes: the document is never held in memory as a whole.
            JsonSerializer.Serialize(utf8Json, export, serializerOptions);
            return;
        }

        for (var i = 0; i < export.Projects.Length; i++)
        {
            if (export.Projects[i] is { } project)
            {
                PublicFilter.EnsureValidKeys(project, JsonPointer.Project(i));
            }
        }

        var node = JsonSerializer.SerializeToNode(export, WriteOptions)!;
        if (node["projects"] is JsonArray projects)
        {
            for (var i = 0; i < projects.Count; i++)
            {
                if (projects[i] is JsonObject project && export.Projects[i] is { } model)
                {
                    PublicFilter.Apply(project, model);
                }
            }
        }

        using var writer = new Utf8JsonWriter(utf8Json, new JsonWriterOptions { Indented = options.Indented, Encoder = SerializerOptions.Encoder, MaxDepth = WriteOptions.MaxDepth });
        node.WriteTo(writer, serializerOptions);
        writer.Flush();
    }

    /// <summary>
    /// Writes an export as UTF-8 JSON to a stream without blocking on it — for a web host's response body, which forbids
    /// synchronous writes. Writes what <see cref="WriteExport(ProjectExport, Stream, JsonWriteOptions?)"/> writes,
    /// streaming as it goes (a public export is made whole in memory first, as there). The stream is not closed.
    /// </summary>
    /// <param name="export">The export.</param>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="options">How to write; <see cref="JsonWriteOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops the writing.</param>
    /// <returns>The writing.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="export"/> or <paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentException">Writing for the public and a visibility key names no field (<c>DG-S107</c>).</exception>
    /// <exception cref="OperationCanceledException">The writing was cancelled.</exception>
    public static async System.Threading.Tasks.Task WriteExportAsync(
        ProjectExport export, Stream utf8Json, JsonWriteOptions? options = null, System.Threading.CancellationToken cancellationToken = default)
    {
        Guard.NotNull(export);

        Guard.NotNull(utf8Json);

        options ??= JsonWriteOptions.Default;
        if (!options.PublicOnly)
        {
            await JsonSerializer.SerializeAsync(utf8Json, export, options.Indented ? IndentedOptions : WriteOptions, cancellationToken).ConfigureAwait(false);
            return;
        }

        // The public filter works on the whole document; it is made in memory as the synchronous writer makes it.
        using var buffer = new MemoryStream();
        WriteExport(export, buffer, options);
        buffer.Position = 0;
        await buffer.CopyToAsync(utf8Json, 81920, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes an export as JSON text.</summary>
    /// <param name="export">The export.</param>
    /// <param name="options">How to write; <see cref="JsonWriteOptions.Default"/> when null.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="export"/> is null.</exception>
    /// <exception cref="ArgumentException">Writing for the public and a visibility key names no field (<c>DG-S107</c>).</exception>
    public static string WriteExport(ProjectExport export, JsonWriteOptions? options = null)
    {
        using var stream = new MemoryStream();
        WriteExport(export, stream, options);
        return Utf8.Strict.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>Writes one project as JSON text.</summary>
    /// <param name="project">The project.</param>
    /// <param name="options">How to write; <see cref="JsonWriteOptions.Default"/> when null.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="project"/> is null.</exception>
    /// <exception cref="ArgumentException">Writing for the public and a visibility key names no field (<c>DG-S107</c>).</exception>
    public static string WriteProject(DataProject project, JsonWriteOptions? options = null)
    {
        Guard.NotNull(project);

        options ??= JsonWriteOptions.Default;
        if (options.PublicOnly)
        {
            PublicFilter.EnsureValidKeys(project, string.Empty);
        }

        var node = JsonSerializer.SerializeToNode(project, WriteOptions)!.AsObject();
        if (options.PublicOnly)
        {
            PublicFilter.Apply(node, project);
        }

        return node.ToJsonString(options.Indented ? IndentedOptions : WriteOptions);
    }

    internal static JsonSerializerOptions CreateOptions(int maxDepth, bool indented = false)
    {
        var options = new JsonSerializerOptions
        {
            WriteIndented = indented,
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            AllowDuplicateProperties = false,
            AllowTrailingCommas = false,
            ReadCommentHandling = JsonCommentHandling.Disallow,
            NumberHandling = JsonNumberHandling.Strict,
            MaxDepth = maxDepth,
            // Exports are data files, not HTML: keep Dutch text and '+' readable instead of \u-escaping them.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { OmitEmptyCollections } },
        };
        options.Converters.Add(new StrictEnumConverterFactory());
        options.Converters.Add(new TimestampJsonConverter());
        options.MakeReadOnly();
        return options;
    }

    /// <summary>The message of a null the wire format does not allow (read by <see cref="ReadErrors"/>).</summary>
    internal const string NullNotAllowed = "The property doesn't allow setting null values.";

    internal static JsonSerializerOptions OptionsFor(JsonReadOptions read) =>
        read.MaxDepth == SerializerOptions.MaxDepth ? SerializerOptions : CreateOptions(read.MaxDepth);

    private static void OmitEmptyCollections(JsonTypeInfo typeInfo)
    {
        foreach (var property in typeInfo.Properties)
        {
            var required = property.AttributeProvider?.GetCustomAttributes(typeof(WireAttribute), inherit: false)
                .OfType<WireAttribute>().Any(wire => wire.Required) == true;
            if (typeof(ICollection).IsAssignableFrom(property.PropertyType) && !required)
            {
                property.ShouldSerialize = static (_, value) => value is not ICollection { Count: 0 };
            }

            if (required)
            {
                // The schema requires it; the model's default is for callers who build an export in code.
                property.IsRequired = true;
            }

            var nullable = !property.PropertyType.IsValueType || Nullable.GetUnderlyingType(property.PropertyType) is not null;
            if (property.Set is { } setter && nullable && !property.IsExtensionData)
            {
                // The wire format omits what is absent and the schema allows no null: a null is an error, as the validator says.
                property.Set = (target, value) => setter(target, value ?? throw new JsonException(NullNotAllowed));
            }
        }
    }

    private static ReadResult<ProjectExport> ReadExport(ArraySegment<byte> bytes, JsonReadOptions options, bool tryFastPath = true)
    {
        var serializerOptions = OptionsFor(options);
        var span = bytes.AsSpan();
        span = span.Slice(Utf8.BomLength(span));

        // Invalid UTF-8 could otherwise be read with replacement characters: data would be lost silently.
        if (Utf8.FindInvalid(bytes) is { } invalidAt)
        {
            var (line, column) = Utf8.PositionOf(bytes, invalidAt);
            return Failed<ProjectExport>(Messages.Create(SchemaCodes.InvalidUtf8, string.Empty, line, column, ("Offset", invalidAt)));
        }

        // The fast path: a well-formed export is read in one go.
        try
        {
            var export = tryFastPath ? JsonSerializer.Deserialize<ProjectExport>(span, serializerOptions) : null;
            if (export is not null && (!IsSupported(export.SchemaVersion) || Conforms(export)))
            {
                return IsSupported(export.SchemaVersion)
                    ? new ReadResult<ProjectExport>(export, ImmutableArray<Finding>.Empty)
                    : Failed<ProjectExport>(Messages.Create(SchemaCodes.UnsupportedSchemaVersion, "/schemaVersion", null, null, ("Value", export.SchemaVersion)));
            }
        }
        catch (Exception ex) when (IsDataError(ex))
        {
            // Fall through to the slow path, which says what is wrong with every project.
        }

        return new ExportReader(bytes, options, serializerOptions).Read();
    }

    /// <summary>
    /// Whether an export read in one go keeps the wire rules that System.Text.Json does not check; when it does not,
    /// the slow path reads it again to say where.
    /// </summary>
    private static bool Conforms(ProjectExport export)
    {
        var findings = new List<Finding>();
        WireRules.Check(export, string.Empty, findings);
        return findings.Count == 0;
    }

    internal static bool IsSupported(string? schemaVersion) =>
        schemaVersion is not null && schemaVersion.StartsWith("1.", StringComparison.Ordinal) && schemaVersion.Length > 2;

    /// <summary>
    /// Must-ignore for newer minor versions: in a document of a 1.x version newer than this library knows, an unknown
    /// property may be a field of that version, so it is kept with a warning (DG-S021) instead of refused (DG-S016).
    /// For the versions it knows, the reader, the validator and the published schema all refuse it.
    /// </summary>
    internal static void KeepPropertiesOfNewerVersion(IList<Finding> findings, string? schemaVersion)
    {
        if (!IsSupported(schemaVersion) || !int.TryParse(schemaVersion!.Substring(2), NumberStyles.None, CultureInfo.InvariantCulture, out var minor)
            || minor <= int.Parse(ProjectExport.CurrentSchemaVersion.Substring(2), CultureInfo.InvariantCulture))
        {
            return;
        }

        for (var i = 0; i < findings.Count; i++)
        {
            if (findings[i] is { Code: SchemaCodes.UnknownProperty } unknown)
            {
                unknown.Arguments.TryGetValue("Property", out var property);
                findings[i] = Messages.Create(SchemaCodes.PropertyOfNewerVersion, unknown.Pointer, unknown.Line, unknown.Column,
                    ("Property", property), ("Known", ProjectExport.CurrentSchemaVersion), ("Version", schemaVersion));
            }
        }
    }

    internal static bool IsDataError(Exception ex) =>
        ex is JsonException or InvalidOperationException or FormatException or ArgumentException or NotSupportedException or OverflowException;

    internal static ReadResult<T> Failed<T>(Finding finding)
        where T : class => new(null, ImmutableArray.Create(finding));

    private static ArraySegment<byte> Concat(byte[] a, byte[] b, byte[] c)
    {
        var all = new byte[a.Length + b.Length + c.Length];
        a.CopyTo(all, 0);
        b.CopyTo(all, a.Length);
        c.CopyTo(all, a.Length + b.Length);
        return new ArraySegment<byte>(all);
    }
}
