using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using DataGrip.Core.Analysis;
using DataGrip.Core.Benchmarks;
using DataGrip.Core.Completeness;
using DataGrip.Core.Interop;
using DataGrip.Core.Overlap;
using DataGrip.Core.Risk;
using DataGrip.Core.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using NJsonSchema;

namespace DataGrip.WebApi.Tests;

/// <summary>The sample API as a vendor's client calls it, over a test server that forbids synchronous I/O.</summary>
public sealed class AnalysesTests : IDisposable
{
    private static readonly string Sample = FileOf("samples", "gemeenten-export.json");

    private readonly ApiFactory factory = new();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task ValidExport_GetsEveryAnalysis_AsTheLibraryComputesIt()
    {
        using var response = await factory.CreateClient().PostAsync("/analyses", Json(File.ReadAllBytes(Sample)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var export = DataGripJson.ReadExport(File.ReadAllText(Sample)).GetValueOrThrow();
        var expected = new ProjectAnalyzer().Analyze(export, new AnalysisOptions { Validation = true });
        Assert.Equal(export.Projects.Length, (int)body["projectCount"]!);
        Assert.True((bool)body["validation"]!["valid"]!);
        Assert.Equal(expected.Completeness!.MeanScore, (decimal)body["completeness"]!["meanScore"]!);
        var projects = body["projects"]!.AsArray();
        for (var i = 0; i < projects.Count; i++)
        {
            var want = expected.Projects[i];
            Assert.Equal(want.ProjectId, (string)projects[i]!["id"]!);
            Assert.Equal($"/projects/{i}", (string)projects[i]!["pointer"]!);
            Assert.Equal(want.Completeness!.Score, (decimal)projects[i]!["completenessScore"]!);
            Assert.Equal(want.Publishability!.IsPublishable, (bool)projects[i]!["publishable"]!);
            Assert.Equal(
                want.Neighbours.Select(p => p.FirstId == want.ProjectId ? p.SecondId : p.FirstId),
                projects[i]!["neighbours"]!.AsArray().Select(n => (string)n!["id"]!));
        }

        Assert.Equal(expected.Overlap!.PairsAboveThreshold, (int)body["overlap"]!["pairsAboveThreshold"]!);
    }

    [Fact]
    public async Task ValidExport_IsAnsweredInTheWireFormat_FindingsAsSchemaV1_EnumsAsTheirNames()
    {
        // The semantic sample reads, but has errors and warnings: findings of every part are in the answer.
        using var response = await factory.CreateClient().PostAsync("/analyses", Json(File.ReadAllBytes(FileOf("samples", "invalid", "semantic.json"))));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.False((bool)body["validation"]!["valid"]!);
        var findings = FindingsIn(body).ToList();
        Assert.NotEmpty(findings);
        var findingSchema = (await JsonSchema.FromFileAsync(FileOf("schema", "datagrip-portfolio-report.schema.json"))).Definitions["Finding"];
        foreach (var finding in findings)
        {
            Assert.Empty(findingSchema.Validate(finding.ToJsonString()));
        }

        Assert.Contains(findings, f => (string)f["severity"]! == "error" && ((string)f["pointer"]!).StartsWith("/projects/", StringComparison.Ordinal));
        foreach (var project in body["projects"]!.AsArray())
        {
            Assert.Contains((string)project!["completenessBand"]!, NamesOf<CompletenessBand>());
            var risk = project["risk"]!;
            Assert.Contains((string)risk["aiAct"]!, NamesOf<AiActClass>());
            Assert.Contains((string)risk["dpia"]!, NamesOf<DpiaOutcome>());
            Assert.Contains((string)risk["impactLevel"]!, NamesOf<ImpactLevel>());
            Assert.Contains((string)risk["council"]!, NamesOf<CouncilVerdict>());
            Assert.All(project["neighbours"]!.AsArray(), n => Assert.Contains((string)n!["kind"]!, NamesOf<OverlapKind>()));
        }

        Assert.All(body["completeness"]!["bands"]!.AsObject(), band => Assert.Contains(band.Key, NamesOf<CompletenessBand>()));
    }

    [Fact]
    public async Task AnalysesParameter_ChoosesTheParts_AndAnUnknownOneIsAProblem()
    {
        var client = factory.CreateClient();
        using var chosen = await client.PostAsync("/analyses?analyses=completeness,risk", Json(File.ReadAllBytes(Sample)));

        var body = JsonNode.Parse(await chosen.Content.ReadAsStringAsync())!;
        Assert.Equal(HttpStatusCode.OK, chosen.StatusCode);
        Assert.Null(body["validation"]);
        Assert.Null(body["overlap"]);
        Assert.NotNull(body["completeness"]);
        var first = body["projects"]![0]!;
        Assert.NotNull(first["risk"]);
        Assert.NotNull(first["completenessScore"]);
        Assert.Null(first["publishable"]);
        Assert.Empty(first["neighbours"]!.AsArray());

        using var unknown = await client.PostAsync("/analyses?analyses=risk,overlapp", Json(File.ReadAllBytes(Sample)));
        var problem = await ProblemAsync(unknown, HttpStatusCode.BadRequest);
        Assert.Contains("'overlapp'", (string)problem["detail"]!, StringComparison.Ordinal);
        using var badFindings = await client.PostAsync("/analyses?findings=some", Json(File.ReadAllBytes(Sample)));
        Assert.Contains("'some'", (string)(await ProblemAsync(badFindings, HttpStatusCode.BadRequest))["detail"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Warnings_AreNamedByCode_OrGivenInFull_WithFindingsAll()
    {
        var client = factory.CreateClient();
        using var compact = await client.PostAsync("/analyses?analyses=completeness,risk", Json(File.ReadAllBytes(Sample)));
        using var full = await client.PostAsync("/analyses?analyses=completeness,risk&findings=all", Json(File.ReadAllBytes(Sample)));

        var export = DataGripJson.ReadExport(File.ReadAllText(Sample)).GetValueOrThrow();
        var expected = new ProjectAnalyzer().Analyze(export, new AnalysisOptions { Publishability = false, OverlapNeighbours = 0 });
        var compactProjects = JsonNode.Parse(await compact.Content.ReadAsStringAsync())!["projects"]!.AsArray();
        var fullProjects = JsonNode.Parse(await full.Content.ReadAsStringAsync())!["projects"]!.AsArray();
        for (var i = 0; i < expected.Projects.Length; i++)
        {
            var warnings = expected.Projects[i].Findings.Where(f => f.Severity == DataGrip.Core.Severity.Warning).ToList();
            Assert.Equal(warnings.Select(f => f.Code).Distinct(), compactProjects[i]!["otherWarnings"]!.AsArray().Select(c => (string)c!));
            Assert.DoesNotContain(compactProjects[i]!["findings"]!.AsArray(), f => (string)f!["severity"]! == "warning");
            Assert.Equal(warnings.Select(f => f.Code + f.Pointer), fullProjects[i]!["findings"]!.AsArray().Where(f => (string)f!["severity"]! == "warning").Select(f => (string)f!["code"]! + (string)f["pointer"]!));
        }
    }

    [Fact]
    public async Task ValidationAlone_Streams_AndGivesTheValidatorsFindings()
    {
        var client = factory.CreateClient();
        var wrongTypes = File.ReadAllBytes(FileOf("samples", "invalid", "wrong-types.json"));

        using var valid = await client.PostAsync("/analyses?analyses=validation", Json(File.ReadAllBytes(Sample)));
        using var invalid = await client.PostAsync("/analyses?analyses=validation", Json(wrongTypes));
        using var malformed = await client.PostAsync("/analyses?analyses=validation", Json(File.ReadAllBytes(FileOf("samples", "invalid", "malformed.json"))));

        var body = JsonNode.Parse(await valid.Content.ReadAsStringAsync())!;
        Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
        Assert.True((bool)body["validation"]!["valid"]!);
        Assert.Equal(66, (int)body["projectCount"]!);
        Assert.Empty(body["projects"]!.AsArray());

        // A document that reads as JSON is validated, however wrong: the findings are the validator's, with lines.
        var report = new DataGrip.Core.Schema.ExportValidator().Validate(new MemoryStream(wrongTypes));
        body = JsonNode.Parse(await invalid.Content.ReadAsStringAsync())!;
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        Assert.False((bool)body["validation"]!["valid"]!);
        Assert.Equal(report.Findings.Select(f => $"{f.Code}{f.Pointer}{f.Line}"), body["findings"]!.AsArray().Select(f => $"{(string)f!["code"]!}{(string)f["pointer"]!}{(long?)f["line"]}"));
        Assert.Contains(body["findings"]!.AsArray(), f => (string)f!["pointer"]! == "/projects/0/name");

        var problem = await ProblemAsync(malformed, HttpStatusCode.BadRequest);
        Assert.Equal("DG-S001", (string)problem["findings"]![0]!["code"]!);
    }

    [Fact]
    public async Task UnreadableExport_IsAProblem_WithTheReadersFindings_AndTheirPointers()
    {
        using var response = await factory.CreateClient().PostAsync("/analyses", Json(File.ReadAllBytes(FileOf("samples", "invalid", "wrong-types.json"))));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        var findings = problem["findings"]!.AsArray();
        var name = findings.Single(f => (string)f!["pointer"]! == "/projects/0/name")!;
        Assert.Equal("DG-S011", (string)name["code"]!);
        Assert.Equal("error", (string)name["severity"]!);
        Assert.NotNull(name["line"]);
        Assert.Contains("De waarde", (string)name["messageDutch"]!, StringComparison.Ordinal);
        Assert.Contains("/projects/0/name", (string)problem["detail"]!, StringComparison.Ordinal);
        var expected = DataGripJson.ReadExport(File.ReadAllText(FileOf("samples", "invalid", "wrong-types.json"))).Findings;
        Assert.Equal(expected.Select(f => f.Code + f.Pointer), findings.Select(f => (string)f!["code"]! + (string)f["pointer"]!));
    }

    [Theory]
    [InlineData("this is not JSON", "DG-S001")]
    [InlineData("{\"schemaVersion\":\"1.0\",\"projects\":[", "DG-S001")]
    [InlineData("", "DG-S002")]
    [InlineData("   \n", "DG-S002")]
    public async Task NonJsonOrEmptyBody_IsAProblem_NamingTheCode(string text, string code)
    {
        using var response = await factory.CreateClient().PostAsync("/analyses", Json(Encoding.UTF8.GetBytes(text)));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(code, (string)problem["findings"]![0]!["code"]!);
    }

    [Fact]
    public async Task BodyThatIsNotJson_By_ContentType_Is415()
    {
        var client = factory.CreateClient();
        using var text = await client.PostAsync("/analyses", new StringContent("{}", Encoding.UTF8, "text/plain"));
        using var none = await client.PostAsync("/analyses", new ByteArrayContent("{}"u8.ToArray()));

        await ProblemAsync(text, HttpStatusCode.UnsupportedMediaType);
        await ProblemAsync(none, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task EveryBundledFile_IsAnsweredWithoutA500()
    {
        var client = factory.CreateClient();
        foreach (var file in Directory.GetFiles(FileOf("samples"), "*.json", SearchOption.AllDirectories))
        {
            using var response = await client.PostAsync("/analyses", Json(File.ReadAllBytes(file)));
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{file}: {(int)response.StatusCode}");
            if (response.StatusCode != HttpStatusCode.OK)
            {
                await ProblemAsync(response, HttpStatusCode.BadRequest);
            }
        }
    }

    [Fact]
    public async Task OversizedBody_Is413_AnnouncedOrStreamed()
    {
        using var small = factory.WithWebHostBuilder(b => b.UseSetting("Upload:MaxRequestBytes", "10000"));
        var client = small.CreateClient();
        var bytes = File.ReadAllBytes(Sample);

        // With a Content-Length the API refuses before reading; without one (chunked) the reader stops at the limit.
        using var announced = await client.PostAsync("/analyses", Json(bytes));
        var chunked = new StreamContent(new ForwardOnlyStream(bytes));
        chunked.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var streamed = await client.PostAsync("/analyses", chunked);
        using var fits = await client.PostAsync("/analyses", Json(Encoding.UTF8.GetBytes("{\"schemaVersion\":\"1.0\",\"projects\":[]}")));

        // Whichever stops the chunked body first, the server's limit (set to the API's) or the reader's, says the same.
        foreach (var response in new[] { announced, streamed })
        {
            var problem = await ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
            Assert.Contains("10,000 bytes", (string)problem["detail"]!, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.OK, fits.StatusCode);
    }

    [Fact]
    public async Task ClientThatGivesUp_EndsTheRequest_WithoutAnError()
    {
        // On Kestrel at 127.0.0.1: a test server does not pass a client's leaving on to the server, a socket does.
        var ended = new TaskCompletionSource<(int Status, Exception? Exception)>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var host = await WebApiHost.StartAsync(before: app => app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
                ended.TrySetResult((context.Response.StatusCode, null));
            }
            catch (Exception ex)
            {
                ended.TrySetResult((context.Response.StatusCode, ex));
                throw;
            }
        }));
        using var client = new HttpClient { BaseAddress = host.Address };
        using var cancel = new CancellationTokenSource();
        var stalled = new StalledStream(File.ReadAllBytes(Sample).Take(4000).ToArray(), cancel.Token);
        var content = new StreamContent(stalled);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        // The client sends part of its upload, then gives up and closes the connection while the server reads.
        var sending = client.PostAsync("/analyses", content, cancel.Token);
        await stalled.Stalled.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await Task.Delay(200);
        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending.WaitAsync(TimeSpan.FromSeconds(30)));
        var (status, exception) = await ended.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Null(exception);
        Assert.Equal(499, status);
    }

    [Fact]
    public async Task NoSynchronousRead_TheServerForbidsThem_AndTheApiNeedsNone()
    {
        var client = factory.CreateClient();

        // The switch bites: the synchronous validator on the request body fails as in Kestrel...
        using var probe = await client.PostAsync("/probe/sync-read", Json(File.ReadAllBytes(Sample)));
        Assert.Equal(HttpStatusCode.Conflict, probe.StatusCode);
        Assert.Contains("Synchronous operations are disallowed", await probe.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // ...and both endpoints read and write the whole body under it.
        using var analyses = await client.PostAsync("/analyses", Json(File.ReadAllBytes(Sample)));
        using var imports = await client.PostAsync("/imports", Json(RegisterJson));
        Assert.Equal(HttpStatusCode.OK, analyses.StatusCode);
        Assert.Equal(HttpStatusCode.OK, imports.StatusCode);
        while (factory.Outcomes.TryDequeue(out var outcome))
        {
            Assert.Null(outcome.Exception);
        }
    }

    [Fact]
    public async Task Import_ResultsOk_WritesTheExportInTheWireFormat_ThatPassesTheSchema()
    {
        using var response = await factory.CreateClient().PostAsync("/imports", Json(RegisterJson));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var exportSchema = await JsonSchema.FromFileAsync(FileOf("schema", "datagrip-export.schema.json"));
        var export = body["export"]!.ToJsonString();
        Assert.Empty(exportSchema.Validate(export));
        Assert.Equal("json", (string)body["format"]!);
        Assert.Equal("gemeente", (string)body["export"]!["projects"]![0]!["organization"]!["type"]!);

        // What the host's own conventions write without DataGripJson.ConfigureSerializer: enums as numbers, refused.
        var imported = new AlgoritmeregisterImporter().Import(new MemoryStream(RegisterJson)).Export;
        var plain = JsonSerializer.Serialize(imported, new JsonSerializerOptions(JsonSerializerDefaults.Web));
        Assert.NotEmpty(exportSchema.Validate(plain));
    }

    [Fact]
    public async Task Import_TakesCsv_AndRefusesOtherMediaTypes()
    {
        var client = factory.CreateClient();
        var csv = "\"name\";\"organization\";\"status\"\n\"A\";\"Gemeente Utrecht\";\"In gebruik\"\n";
        using var ok = await client.PostAsync("/imports", new StringContent(csv, Encoding.UTF8, "text/csv"));
        using var refused = await client.PostAsync("/imports", new StringContent(csv, Encoding.UTF8, "application/octet-stream"));

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal("csv", (string)JsonNode.Parse(await ok.Content.ReadAsStringAsync())!["format"]!);
        await ProblemAsync(refused, HttpStatusCode.UnsupportedMediaType);
    }

    private static readonly byte[] RegisterJson = Encoding.UTF8.GetBytes(
        "[{\"name\":\"Slimme routes\",\"organization\":\"Gemeente Utrecht\",\"standard_version\":\"0.4.0\",\"status\":\"In gebruik\",\"dpia\":\"Ja\",\"source_data\":\"BRP, BAG\"}]");

    private static ByteArrayContent Json(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    private static async Task<JsonNode> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal((int)status, (int)problem["status"]!);
        Assert.False(string.IsNullOrWhiteSpace((string?)problem["title"]));
        Assert.False(string.IsNullOrWhiteSpace((string?)problem["detail"]));
        return problem;
    }

    /// <summary>Every object in a "findings" array, anywhere in the answer.</summary>
    private static IEnumerable<JsonNode> FindingsIn(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Key == "findings" && p.Value is JsonArray a ? a.Select(f => f!) : FindingsIn(p.Value)),
        JsonArray a => a.SelectMany(FindingsIn),
        _ => [],
    };

    private static HashSet<string> NamesOf<T>()
        where T : struct, Enum => [.. Enum.GetNames<T>().Select(JsonNamingPolicy.CamelCase.ConvertName)];

    private static string FileOf(params string[] parts) => Path.Combine([AppContext.BaseDirectory, .. parts]);

    /// <summary>A request body without a length (so sent chunked).</summary>
    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes, writable: false)
    {
        public override bool CanSeek => false;
    }

    /// <summary>A body that sends its first bytes, then waits until the client gives up (and its connection goes with it).</summary>
    private sealed class StalledStream(byte[] first, CancellationToken givenUp) : Stream
    {
        private int sent;

        public TaskCompletionSource Stalled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (sent < first.Length)
            {
                var count = Math.Min(buffer.Length, first.Length - sent);
                first.AsMemory(sent, count).CopyTo(buffer);
                sent += count;
                return count;
            }

            Stalled.TrySetResult();
            using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, givenUp);
            await Task.Delay(Timeout.Infinite, either.Token);
            return 0;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("The client reads asynchronously.");

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
