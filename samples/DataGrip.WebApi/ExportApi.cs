using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DataGrip.Core;
using DataGrip.Core.Analysis;
using DataGrip.Core.Interop;
using DataGrip.Core.Schema;
using DataGrip.Core.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DataGrip.WebApi;

/// <summary>The upload limit, from configuration (<c>Upload:MaxRequestBytes</c>, or <c>Upload__MaxRequestBytes</c> in the environment).</summary>
public sealed class UploadOptions
{
    /// <summary>The largest request body accepted, in bytes; larger ones get 413. Default 256 MiB.</summary>
    public long MaxRequestBytes { get; set; } = 256L * 1024 * 1024;
}

/// <summary>The API: its services and its two endpoints.</summary>
public static class ExportApi
{
    /// <summary>What <c>?analyses=validation</c> asks: the streaming validator alone.</summary>
    private static readonly AnalysisOptions ValidationOnly = new() { Validation = true, Completeness = false, Publishability = false, Risk = false, OverlapNeighbours = 0 };

    /// <summary>The validator's codes for a document that cannot be read as an export at all.</summary>
    private static readonly ImmutableHashSet<string> Unreadable =
        [SchemaCodes.MalformedJson, SchemaCodes.EmptyDocument, SchemaCodes.TooDeep, SchemaCodes.TooLarge, SchemaCodes.InvalidUtf8, SchemaCodes.UnsupportedSchemaVersion];

    /// <summary>The analyses a caller can ask for with <c>?analyses=</c> (comma-separated); all of them when absent.</summary>
    public static readonly ImmutableArray<string> AnalysisNames = ["validation", "completeness", "publishability", "risk", "overlap"];

    /// <summary>Registers DataGrip.Core, the wire format for its types in every JSON the host writes, problem details and the upload limit.</summary>
    /// <param name="builder">The application's builder.</param>
    /// <returns>The same builder.</returns>
    public static WebApplicationBuilder AddExportApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddDataGrip();

        // The one line that makes Results.Ok(export) and the findings in problem details the published wire format
        // (enums as their names, nulls and empty lists left out) instead of the host's conventions (enums as numbers).
        builder.Services.ConfigureHttpJsonOptions(options => DataGripJson.ConfigureSerializer(options.SerializerOptions));
        builder.Services.AddProblemDetails();
        builder.Services.AddOptions<UploadOptions>()
            .Bind(builder.Configuration.GetSection("Upload"))
            .Validate(o => o.MaxRequestBytes > 0, "Upload:MaxRequestBytes must be a positive number of bytes.")
            .ValidateOnStart();

        // Kestrel's default (synchronous reads and writes forbidden) stays on: everything here awaits its I/O.
        return builder;
    }

    /// <summary>Maps <c>POST /analyses</c> and <c>POST /imports</c>.</summary>
    /// <param name="endpoints">The application.</param>
    /// <returns>The same application.</returns>
    public static IEndpointRouteBuilder MapExportApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/analyses", AnalyzeAsync);
        endpoints.MapPost("/imports", ImportAsync);
        return endpoints;
    }

    /// <summary>
    /// Reads the export in the request body as it streams in (never synchronously), analyses it and answers with
    /// <see cref="AnalysisResponse"/>; an export that cannot be read gets problem details with the reader's findings.
    /// </summary>
    private static async Task<IResult> AnalyzeAsync(HttpContext context, ProjectAnalyzer analyzer, ExportValidator validator, IOptions<UploadOptions> upload, string? analyses, string? findings, CancellationToken cancellationToken)
    {
        if (!TryParseAnalyses(analyses, out var asked, out var unknown))
        {
            return Problems.BadQuery(unknown!);
        }

        // Every warning in full makes the answer large (some 20 KB a project); by default they are named by code.
        if (findings is not (null or "errors" or "all"))
        {
            return Problems.BadFindings(findings);
        }

        if (Refuse(context.Request, upload.Value.MaxRequestBytes) is { } refused)
        {
            return refused;
        }

        try
        {
            if (asked == ValidationOnly)
            {
                // Validation alone needs no model: the validator streams project by project, memory bounded by the
                // largest project whatever the file's size. A document it cannot read at all is a problem, as below.
                var report = await validator.ValidateAsync(context.Request.Body, cancellationToken);
                return report.Findings.Any(f => Unreadable.Contains(f.Code))
                    ? Problems.Unreadable(report.Findings, upload.Value.MaxRequestBytes)
                    : TypedResults.Ok(AnalysisResponse.From(report));
            }

            // The reader deserializes a seekable stream straight into the model, but must hold a request body in memory
            // whole (in a buffer that grows by doubling) to read it at all. ASP.NET Core's request buffering keeps the
            // first MiB in memory and the rest in a temporary file, deleted with the request; Kestrel's body limit
            // (set in Refuse) bounds the file, and the reader's MaxDocumentBytes the document.
            context.Request.EnableBuffering(bufferThreshold: 1 << 20);
            await context.Request.Body.DrainAsync(cancellationToken);
            context.Request.Body.Position = 0;
            var limits = new JsonReadOptions { MaxDocumentBytes = upload.Value.MaxRequestBytes };
            var read = await DataGripJson.ReadExportAsync(context.Request.Body, limits, cancellationToken);
            if (!read.Success)
            {
                return Problems.Unreadable(read.Findings, upload.Value.MaxRequestBytes);
            }

            // The analyses are CPU work on the export in memory; the token stops them between projects when the client leaves.
            var analysis = analyzer.Analyze(read.Value, asked, cancellationToken);
            return TypedResults.Ok(AnalysisResponse.From(analysis, read.Findings, asked, allFindings: findings == "all"));
        }
        catch (Exception ex) when (Problems.FromException(ex, cancellationToken, upload.Value.MaxRequestBytes) is { } problem)
        {
            return problem;
        }
    }

    /// <summary>
    /// Imports Algoritmeregister data (JSON or CSV) and answers with the import's result as the library writes it: the
    /// natural <c>Results.Ok(result)</c>, in the wire format because of <see cref="DataGripJson.ConfigureSerializer"/>.
    /// </summary>
    private static async Task<IResult> ImportAsync(HttpContext context, AlgoritmeregisterImporter importer, IOptions<UploadOptions> upload, CancellationToken cancellationToken)
    {
        if (Refuse(context.Request, upload.Value.MaxRequestBytes, alsoText: true) is { } refused)
        {
            return refused;
        }

        try
        {
            var options = importer.Options with { MaxInputBytes = upload.Value.MaxRequestBytes };
            var result = await importer.ImportAsync(context.Request.Body, options, cancellationToken);
            return result.Findings.Any(f => f.Code == InteropCodes.TooLarge)
                ? Problems.TooLarge(upload.Value.MaxRequestBytes, result.Findings)
                : TypedResults.Ok(result);
        }
        catch (Exception ex) when (Problems.FromException(ex, cancellationToken, upload.Value.MaxRequestBytes) is { } problem)
        {
            return problem;
        }
    }

    /// <summary>415 for a body that is not JSON (or CSV, where allowed), 413 for one announced larger than the limit; null to go on.</summary>
    private static IResult? Refuse(HttpRequest request, long maxBytes, bool alsoText = false)
    {
        var isJson = request.HasJsonContentType();
        var isText = alsoText && request.ContentType is { } type && (type.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase) || type.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase));
        if (!isJson && !isText)
        {
            return Problems.UnsupportedMediaType(request.ContentType, alsoText);
        }

        if (request.ContentLength > maxBytes)
        {
            return Problems.TooLarge(maxBytes, []);
        }

        // Kestrel's own limit (30 MB by default) becomes ours, so a body without Content-Length is stopped at the same size.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = maxBytes;
        }

        return null;
    }

    /// <summary>The analyses named in <c>?analyses=</c>; false with the first unknown name.</summary>
    internal static bool TryParseAnalyses(string? text, out AnalysisOptions options, out string? unknown)
    {
        unknown = null;
        options = new AnalysisOptions { Validation = true };
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var names = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(n => n.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        unknown = names.FirstOrDefault(n => !AnalysisNames.Contains(n));
        if (unknown is not null)
        {
            return false;
        }

        options = new AnalysisOptions
        {
            Validation = names.Contains("validation"),
            Completeness = names.Contains("completeness"),
            Publishability = names.Contains("publishability"),
            Risk = names.Contains("risk"),
            OverlapNeighbours = names.Contains("overlap") ? AnalysisOptions.Default.OverlapNeighbours : 0,
        };
        return true;
    }
}
