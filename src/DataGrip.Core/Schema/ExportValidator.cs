using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using DataGrip.Core.Model;
using DataGrip.Core.Serialization;
using Newtonsoft.Json.Linq;
using DataGrip.Core.Internal;

namespace DataGrip.Core.Schema;

/// <summary>
/// Validates an export against the published JSON Schema and checks what the schema cannot express: unique project
/// ids, end dates after begin dates, real municipality codes, related projects that resolve.
/// </summary>
/// <remarks>
/// The export is validated project by project while it streams in, so memory stays bounded by the largest project,
/// not by the file. The schema is loaded once per process and shared. Instances are immutable and thread-safe; make
/// one and reuse it.
/// </remarks>
public sealed class ExportValidator
{
    private static readonly JsonLoadSettings LoadSettings = new()
    {
        LineInfoHandling = LineInfoHandling.Load,
        DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error,
    };

    private readonly ValidatorOptions options;
    private readonly JsonSerializerOptions serializerOptions;

    /// <summary>Creates a validator.</summary>
    /// <param name="options">The options; <see cref="ValidatorOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentException">The options are invalid; the message lists every problem.</exception>
    public ExportValidator(ValidatorOptions? options = null)
    {
        this.options = options ?? ValidatorOptions.Default;
        this.options.Validate();
        serializerOptions = DataGripJson.OptionsFor(this.options.Limits);
    }

    /// <summary>Validates an export read from a stream of UTF-8 JSON; the stream is read to its end and not closed.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="cancellationToken">Stops the validation between projects.</param>
    /// <returns>The findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    /// <exception cref="OperationCanceledException">The validation was cancelled.</exception>
    public ValidationReport Validate(Stream utf8Json, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(utf8Json);

        return new Run(this, utf8Json, cancellationToken).Execute();
    }

    /// <summary>
    /// Validates an export read from a stream of UTF-8 JSON without blocking on it — for web hosts such as ASP.NET Core,
    /// which forbid synchronous reads of a request body. It streams as <see cref="Validate(Stream, CancellationToken)"/>
    /// does, so memory stays bounded by the largest project. The stream is read to its end and not closed.
    /// </summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="cancellationToken">Stops the reading and the validation between projects.</param>
    /// <returns>The findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    /// <exception cref="OperationCanceledException">The validation was cancelled.</exception>
    public System.Threading.Tasks.Task<ValidationReport> ValidateAsync(Stream utf8Json, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(utf8Json);

        return new Run(this, utf8Json, cancellationToken).ExecuteAsync();
    }

    /// <summary>Validates an export given as JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public ValidationReport Validate(string json)
    {
        Guard.NotNull(json);

        if (!Utf8.TryEncode(json, out var bytes, out var finding))
        {
            return new ValidationReport(ImmutableArray.Create(finding!), 0);
        }

        using var stream = new MemoryStream(bytes, writable: false);
        return Validate(stream);
    }

    /// <summary>
    /// Validates an export that is already in memory (read, imported or built in code): everything the validator
    /// checks beyond the JSON text — the wire rules the schema states (lengths, patterns, lists), unique ids, end
    /// after begin, real municipality codes and names, visibility keys, related projects that resolve, and the
    /// checks in <see cref="ValidatorOptions.Checks"/>. Findings have absolute pointers (<c>/projects/3/…</c>) and no line.
    /// </summary>
    /// <param name="export">The export.</param>
    /// <returns>The findings: the envelope first, then project by project, then the checks across projects.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="export"/> is null.</exception>
    /// <exception cref="ArgumentException">The export's projects contain null.</exception>
    public ValidationReport Validate(ProjectExport export)
    {
        Guard.NotNull(export);

        var findings = new List<Finding>();
        var dropped = 0;
        void Add(Finding finding)
        {
            if (findings.Count < options.MaxFindings)
            {
                findings.Add(finding);
            }
            else
            {
                dropped++;
            }
        }

        var envelope = new List<Finding>();
        WireRules.Check(export.Projects.IsEmpty ? export : export with { Projects = [] }, string.Empty, envelope);
        envelope.ForEach(Add);
        if (export.Publisher is { } publisher)
        {
            SemanticChecks.CheckOrganization(publisher, "/publisher", options.Municipalities, Add);
        }

        var across = new CrossProjectChecks();
        for (var i = 0; i < export.Projects.Length; i++)
        {
            var project = export.Projects[i] ?? throw new ArgumentException("The export's projects contain null.", nameof(export));
            var pointer = JsonPointer.Project(i);
            foreach (var finding in ValidateProject(project, pointer))
            {
                Add(finding);
            }

            if (project.Id is not null)
            {
                across.Id(project.Id, pointer, null, Add);
            }

            for (var r = 0; r < project.RelatedProjects.Length; r++)
            {
                across.Relation(project.Id ?? string.Empty, JsonPointer.Append(JsonPointer.Append(JsonPointer.Append(pointer, "relatedProjects"), r), "projectId"), project.RelatedProjects[r]?.ProjectId ?? string.Empty, null);
            }
        }

        across.Finish(Add);
        if (dropped > 0)
        {
            findings.Add(Messages.Create(SchemaCodes.TooManyFindings, string.Empty, null, null, ("Count", dropped), ("MaxFindings", options.MaxFindings)));
        }

        return new ValidationReport(findings.ToImmutableArray(), export.Projects.Length);
    }

    /// <summary>
    /// Validates one project in memory on its own: the checks of <see cref="Validate(ProjectExport)"/> that need no
    /// other project (not the unique ids and related projects). Pointers are relative to the project.
    /// </summary>
    /// <param name="project">The project.</param>
    /// <returns>The findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="project"/> is null.</exception>
    public ValidationReport Validate(DataProject project)
    {
        var findings = ValidateProject(Guard.NotNull(project), string.Empty);
        if (findings.Count > options.MaxFindings)
        {
            var dropped = findings.Count - options.MaxFindings;
            findings.RemoveRange(options.MaxFindings, dropped);
            findings.Add(Messages.Create(SchemaCodes.TooManyFindings, string.Empty, null, null, ("Count", dropped), ("MaxFindings", options.MaxFindings)));
        }

        return new ValidationReport(findings.ToImmutableArray(), 1);
    }

    /// <summary>The findings about one project in memory that need no other project: the wire rules and the semantic checks.</summary>
    internal List<Finding> ValidateProject(DataProject project, string pointer)
    {
        var findings = new List<Finding>();
        WireRules.Check(project, pointer, findings);
        if (!findings.Exists(f => f.Severity == Severity.Error))
        {
            // As on a stream: the checks of meaning run on a project the schema accepts.
            SemanticChecks.Check(project, pointer, options, findings.Add);
        }

        return findings;
    }

    /// <summary>
    /// Reads JSON as the schema sees it: a number is a number whatever its size, so an integer beyond 64 bits or
    /// <c>1e400</c> is checked against the schema (and, in a model field, reported as out of range by the model's
    /// reader) instead of failing to parse.
    /// </summary>
    private sealed class NumberTolerantReader : Newtonsoft.Json.JsonTextReader
    {
        public NumberTolerantReader(TextReader reader)
            : base(reader)
        {
            DateParseHandling = Newtonsoft.Json.DateParseHandling.None;
            FloatParseHandling = Newtonsoft.Json.FloatParseHandling.Double;
            MaxDepth = null;
        }

        public override bool Read()
        {
            var read = base.Read();
            if (read && TokenType == Newtonsoft.Json.JsonToken.Integer && Value is System.Numerics.BigInteger big)
            {
                // NJsonSchema cannot compare a BigInteger (it throws InvalidCastException); a double says the same to the schema.
                SetToken(Newtonsoft.Json.JsonToken.Float, (double)big, false);
            }

            return read;
        }
    }

    /// <summary>One validation: the state of a single pass over a document.</summary>
    private sealed class Run
    {
        private readonly ExportValidator owner;
        private readonly Stream stream;
        private readonly CancellationToken cancellationToken;
        private readonly List<Finding> findings = [];
        private readonly CrossProjectChecks across = new();
        private int dropped;

        public Run(ExportValidator owner, Stream stream, CancellationToken cancellationToken)
        {
            this.owner = owner;
            this.stream = stream;
            this.cancellationToken = cancellationToken;
        }

        public ValidationReport Execute()
        {
            var scanner = new ExportScanner(stream, owner.options.Limits);
            var projectCount = 0;
            while (scanner.TryNext(out var item))
            {
                cancellationToken.ThrowIfCancellationRequested();
                projectCount++;
                ValidateOne(item);
            }

            return Finish(scanner, projectCount);
        }

        public async System.Threading.Tasks.Task<ValidationReport> ExecuteAsync()
        {
            var scanner = new ExportScanner(stream, owner.options.Limits);
            var projectCount = 0;
            while (await scanner.NextAsync(cancellationToken).ConfigureAwait(false) is { } item)
            {
                cancellationToken.ThrowIfCancellationRequested();
                projectCount++;
                ValidateOne(item);
            }

            return Finish(scanner, projectCount);
        }

        private ValidationReport Finish(ExportScanner scanner, int projectCount)
        {
            if (scanner.Error is { } error)
            {
                Add(error);
            }
            else
            {
                // The envelope is known only at the end of the document, but its findings come first.
                var before = findings.Count;
                var schemaVersion = ValidateEnvelope(scanner);
                var envelope = findings.GetRange(before, findings.Count - before);
                findings.RemoveRange(before, envelope.Count);
                findings.InsertRange(0, envelope);
                DataGripJson.KeepPropertiesOfNewerVersion(findings, schemaVersion);
                across.Finish(Add);
            }

            if (dropped > 0)
            {
                findings.Add(Messages.Create(SchemaCodes.TooManyFindings, string.Empty, null, null, ("Count", dropped), ("MaxFindings", owner.options.MaxFindings)));
            }

            return new ValidationReport(findings.ToImmutableArray(), projectCount);
        }

        private void ValidateOne(ScannedProject item)
        {
            var pointer = JsonPointer.Project(item.Index);
            if (!Utf8.TryDecode(item.Json, out var text, out var invalidAt))
            {
                Add(Messages.Create(SchemaCodes.InvalidUtf8, pointer, item.Line, null, ("Offset", invalidAt)));
                return;
            }

            JToken token;
            try
            {
                using var reader = new NumberTolerantReader(new StringReader(text));
                token = JToken.ReadFrom(reader, LoadSettings);
            }
            catch (Newtonsoft.Json.JsonException ex)
            {
                Add(ParseError(ex, pointer, item.Line + ((ex as Newtonsoft.Json.JsonReaderException)?.LineNumber ?? 1) - 1));
                return;
            }

            var errors = DataGripSchemas.ProjectSchema.Validate(token);
            var schemaErrors = 0;
            var positions = new ItemPositions();
            foreach (var error in SchemaErrors.Flatten(errors))
            {
                if (SchemaErrors.IsDotNetOnly(error))
                {
                    continue;
                }

                if (findings.Count >= owner.options.MaxFindings)
                {
                    // Counted, not made: making a finding costs more than finding it.
                    dropped++;
                    schemaErrors += error.Kind == NJsonSchema.Validation.ValidationErrorKind.NoAdditionalPropertiesAllowed ? 0 : 1;
                    continue;
                }

                var finding = SchemaErrors.ToFinding(error, pointer, item.Line, item.Column, positions);

                // An unknown property is kept as an extension, so the project still reads and is still checked for meaning.
                schemaErrors += finding.Severity == Severity.Error && finding.Code != SchemaCodes.UnknownProperty ? 1 : 0;
                Add(finding);
            }

            // Remember the id even when the rest is invalid, so duplicates are still seen.
            var id = (token as JObject)?["id"] is JValue { Value: string s } ? s : null;
            if (id is not null)
            {
                across.Id(id, pointer, LineOf(token, "/id", item.Line), Add);
            }

            if (schemaErrors > 0)
            {
                return;
            }

            // Valid against the schema: it must also read into the model, and then make sense.
            DataProject project;
            try
            {
                project = JsonSerializer.Deserialize<DataProject>(item.Json.Span, owner.serializerOptions)!;
            }
            catch (Exception ex) when (DataGripJson.IsDataError(ex))
            {
                Add(ReadErrors.FromDocument(ex, item.Json, pointer, item.Line, item.Column));
                return;
            }

            // What the schema cannot say about a vendor's values (text that is not valid Unicode), as the reader says it.
            var rules = new List<Finding>();
            WireRules.Check(project, pointer, rules);
            foreach (var finding in rules.Where(f => f.Code != SchemaCodes.UnknownProperty))
            {
                Add(WithLine(finding, token, pointer, item.Line));
            }

            SemanticChecks.Check(project, pointer, owner.options, finding => Add(WithLine(finding, token, pointer, item.Line)));
            foreach (var (related, i) in project.RelatedProjects.Select((r, i) => (r, i)))
            {
                var at = pointer + "/relatedProjects/" + i + "/projectId";
                across.Relation(project.Id, at, related.ProjectId, LineOf(token, at.Substring(pointer.Length), item.Line));
            }
        }

        /// <summary>
        /// The scanner has already checked the syntax, so a parse error here is a property that appears twice in
        /// one object (which the scanner cannot see without keeping every name).
        /// </summary>
        private static Finding ParseError(Newtonsoft.Json.JsonException ex, string pointer, long line)
        {
            if (ex is Newtonsoft.Json.JsonReaderException reader && ex.Message.StartsWith("Property with the name", StringComparison.Ordinal))
            {
                var at = JsonPointer.FromJsonPath("$." + reader.Path, pointer);
                return Messages.Create(SchemaCodes.DuplicateProperty, at, line, null, ("Property", JsonPointer.LastToken(at)));
            }

            return Messages.Create(SchemaCodes.MalformedJson, pointer, line, null, ("Reason", ReadErrors.SyntaxReason(ex.Message)), ("Parser", ex.Message));
        }

        /// <summary>Gives a finding about a project the line of the value it points at.</summary>
        private static Finding WithLine(Finding finding, JToken project, string projectPointer, long projectLine) =>
            finding.Line is not null || !finding.Pointer.StartsWith(projectPointer, StringComparison.Ordinal)
                ? finding
                : finding with { Line = LineOf(project, finding.Pointer.Substring(projectPointer.Length), projectLine) };

        /// <summary>The line in the whole document of the value at a pointer inside a project, or the project's line.</summary>
        private static long LineOf(JToken project, string relativePointer, long projectLine)
        {
            var token = project;
            foreach (var name in JsonPointer.Tokens(relativePointer))
            {
                JToken? next = token switch
                {
                    JObject obj => obj.Property(name, StringComparison.Ordinal)?.Value,
                    JArray array when int.TryParse(name, out var index) && index >= 0 && index < array.Count => array[index],
                    _ => null,
                };
                if (next is null)
                {
                    break;
                }

                token = next;
            }

            return token is Newtonsoft.Json.IJsonLineInfo info && info.HasLineInfo() ? projectLine + info.LineNumber - 1 : projectLine;
        }

        /// <summary>Checks the envelope (everything but the projects); returns its <c>schemaVersion</c>, null when it has none or cannot be read.</summary>
        private string? ValidateEnvelope(ExportScanner scanner)
        {
            var (rootLine, rootColumn) = scanner.RootPosition;
            if (!Utf8.TryDecode(scanner.EnvelopeJson, out var text, out var invalidAt))
            {
                Add(Messages.Create(SchemaCodes.InvalidUtf8, string.Empty, rootLine, null, ("Offset", invalidAt)));
                return null;
            }

            JToken envelope;
            try
            {
                using var reader = new NumberTolerantReader(new StringReader(text));
                envelope = JToken.ReadFrom(reader, LoadSettings);
            }
            catch (Newtonsoft.Json.JsonException ex)
            {
                Add(ParseError(ex, string.Empty, rootLine));
                return null;
            }

            var schemaVersion = (envelope as JObject)?["schemaVersion"] is JValue { Value: string version } ? version : null;

            var errors = 0;
            var positions = new ItemPositions();
            foreach (var error in SchemaErrors.Flatten(DataGripSchemas.ExportSchema.Validate(envelope)).Where(e => !SchemaErrors.IsDotNetOnly(e)))
            {
                var finding = SchemaErrors.ToFinding(error, string.Empty, rootLine, rootColumn, positions);
                var top = finding.Pointer.Length > 1 ? finding.Pointer.Substring(1).Split('/')[0] : null;
                finding = top is not null && scanner.EnvelopeLines.TryGetValue(top, out var at)
                    ? finding with { Line = at.Line, Column = at.Column }
                    : finding with { Line = rootLine, Column = rootColumn };
                errors += finding.Severity == Severity.Error ? 1 : 0;
                Add(finding);
            }

            if (errors == 0)
            {
                try
                {
                    var export = JsonSerializer.Deserialize<ProjectExport>(scanner.EnvelopeJson.Span, owner.serializerOptions);
                    var rules = new List<Finding>();
                    if (export is not null)
                    {
                        WireRules.Check(export, string.Empty, rules);
                    }

                    foreach (var finding in rules.Where(f => f.Code != SchemaCodes.UnknownProperty))
                    {
                        var top = finding.Pointer.Length > 1 ? finding.Pointer.Substring(1).Split('/')[0] : null;
                        Add(top is not null && scanner.EnvelopeLines.TryGetValue(top, out var at) ? finding with { Line = at.Line, Column = at.Column } : finding with { Line = rootLine });
                    }

                    if (export?.Publisher is { } publisher)
                    {
                        SemanticChecks.CheckOrganization(publisher, "/publisher", owner.options.Municipalities, Add);
                    }
                }
                catch (Exception ex) when (DataGripJson.IsDataError(ex))
                {
                    var json = ex as JsonException;
                    Add(ReadErrors.ToFinding(ex, JsonPointer.FromJsonPath(json?.Path), rootLine, rootColumn, () => null));
                }
            }

            return schemaVersion;
        }

        private void Add(Finding finding)
        {
            if (findings.Count >= owner.options.MaxFindings)
            {
                dropped++;
                return;
            }

            findings.Add(finding);
        }
    }
}
