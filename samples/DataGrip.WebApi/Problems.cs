using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using DataGrip.Core;
using Microsoft.AspNetCore.Http;

namespace DataGrip.WebApi;

/// <summary>
/// The API's problem details (RFC 9457, <c>application/problem+json</c>): a title, the status, a detail and, where the
/// library found something, its findings in the wire format (code, severity, JSON Pointer, line and column, message
/// in English and Dutch). Bad input never becomes a 500.
/// </summary>
internal static class Problems
{
    /// <summary>An export the reader could not read: 413 when it was too large, else 400, with every finding.</summary>
    public static IResult Unreadable(ImmutableArray<Finding> findings, long maxBytes)
    {
        if (findings.Any(f => f.Code == SchemaCodes.TooLarge))
        {
            return TooLarge(maxBytes, findings);
        }

        var first = findings.FirstOrDefault(f => f.Severity == Severity.Error) ?? findings[0];
        var where = first.Pointer.Length == 0 ? "the document" : first.Pointer;
        return Problem(StatusCodes.Status400BadRequest, "The export cannot be read",
            $"{Count(findings.Count(f => f.Severity == Severity.Error))}; the first at {where}: {first.MessageEnglish}", findings);
    }

    public static IResult TooLarge(long maxBytes, ImmutableArray<Finding> findings) =>
        Problem(StatusCodes.Status413PayloadTooLarge, "The upload is too large",
            string.Create(CultureInfo.InvariantCulture, $"At most {maxBytes:N0} bytes are accepted (Upload:MaxRequestBytes)."), findings);

    public static IResult UnsupportedMediaType(string? contentType, bool alsoText) =>
        Problem(StatusCodes.Status415UnsupportedMediaType, "The upload must be JSON",
            $"The Content-Type is {(string.IsNullOrEmpty(contentType) ? "missing" : $"'{contentType}'")}; send application/json{(alsoText ? " or text/csv" : string.Empty)}.", []);

    public static IResult BadQuery(string unknown) =>
        Problem(StatusCodes.Status400BadRequest, "Unknown analysis",
            $"'{unknown}' is not an analysis; ask for any of {string.Join(", ", ExportApi.AnalysisNames)} (comma-separated), or leave analyses out for all.", []);

    public static IResult BadFindings(string value) =>
        Problem(StatusCodes.Status400BadRequest, "Unknown findings choice",
            $"'{value}' is not a choice of findings; ask for errors (the default: errors and the validator's warnings in full, other warnings by code) or all.", []);

    /// <summary>
    /// What an exception of the request's I/O means: the client left (499, nobody reads it), or the server refused the
    /// body (Kestrel's 413 past the size limit, 400 for a broken chunked body). Null for anything else: a real bug.
    /// </summary>
    public static IResult? FromException(Exception ex, CancellationToken requestAborted, long maxBytes)
    {
        if (requestAborted.IsCancellationRequested && ex is OperationCanceledException or IOException)
        {
            return Results.StatusCode(StatusCodes.Status499ClientClosedRequest);
        }

        return ex switch
        {
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => TooLarge(maxBytes, []),
            BadHttpRequestException bad => Problem(bad.StatusCode, "The request cannot be read", bad.Message, []),
            _ => null,
        };
    }

    private static IResult Problem(int status, string title, string detail, ImmutableArray<Finding> findings) =>
        TypedResults.Problem(detail, statusCode: status, title: title,
            extensions: findings.IsDefaultOrEmpty ? null : new Dictionary<string, object?> { ["findings"] = findings });

    private static string Count(int errors) => errors == 1 ? "1 error" : $"{errors:N0} errors";
}
