using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using DataGrip.Core.Completeness;
using DataGrip.Core.Model;
using DataGrip.Core.Serialization;
using DataGrip.Core.Tests.Support;

namespace DataGrip.Core.Tests.Serialization;

/// <summary>The wire format in a host's own serializer options (ASP.NET Core's <c>ConfigureHttpJsonOptions</c>), and writing without blocking.</summary>
public sealed class HostSerializerTests
{
    private enum HostKind
    {
        First,
        Second,
    }

    private sealed record HostAnswer(HostKind Kind, List<int> Empty, string? Missing, ProjectExport Export, Severity Severity);

    private static ProjectExport SampleExport() =>
        DataGripJson.ReadExport(File.ReadAllText(Repository.PathOf("samples", "data", "gemeenten-export.json"))).GetValueOrThrow();

    private static JsonSerializerOptions HostOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        DataGripJson.ConfigureSerializer(options);
        return options;
    }

    [Fact]
    public void ConfigureSerializer_WritesAnExport_AsTheLibraryWritesIt()
    {
        var export = SampleExport();

        var json = JsonSerializer.Serialize(export, HostOptions());

        // The same document; only the escaping is the host writer's (its encoder escapes an apostrophe, the library's does not).
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(DataGripJson.WriteExport(export)), JsonNode.Parse(json)));
        Assert.Empty(new DataGrip.Core.Schema.ExportValidator().Validate(json).Findings);
    }

    [Fact]
    public void WithoutIt_TheHostsConventions_WriteEnumsAsNumbers_AndTheSchemaRefusesThem()
    {
        var json = JsonSerializer.Serialize(SampleExport(), new JsonSerializerOptions(JsonSerializerDefaults.Web));

        Assert.Contains(new DataGrip.Core.Schema.ExportValidator().Validate(json).Findings, f => f.Severity == Severity.Error);
    }

    [Fact]
    public void ConfigureSerializer_LeavesTheHostsOwnTypes_ToTheHostsConventions()
    {
        var export = Samples.Export(Samples.Project());

        var json = JsonSerializer.Serialize(new HostAnswer(HostKind.Second, [], null, export, Severity.Warning), HostOptions());

        // The host's enum stays a number and its empty list and null stay; the library's types are the wire format.
        Assert.StartsWith("{\"kind\":1,\"empty\":[],\"missing\":null,\"export\":", json, StringComparison.Ordinal);
        Assert.EndsWith(",\"severity\":\"warning\"}", json, StringComparison.Ordinal);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(DataGripJson.WriteExport(export)), JsonNode.Parse(json)!["export"]));
    }

    [Fact]
    public void ConfigureSerializer_ReadsTheWireFormat_Strictly()
    {
        var export = SampleExport();
        var options = HostOptions();

        var read = JsonSerializer.Deserialize<ProjectExport>(DataGripJson.WriteExport(export), options)!;

        Assert.Equal(DataGripJson.WriteExport(export), DataGripJson.WriteExport(read));

        // Web defaults read enums and names in any case; the wire format does not, as the reader and the schema.
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Severity>("\"Warning\"", options));
        Assert.Equal(Severity.Warning, JsonSerializer.Deserialize<Severity>("\"warning\"", options));
    }

    [Fact]
    public void ConfigureSerializer_Twice_AddsOneConverter_AndOptionsInUseAreRefused()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        DataGripJson.ConfigureSerializer(options);
        var count = options.Converters.Count;

        DataGripJson.ConfigureSerializer(options);

        Assert.Equal(count, options.Converters.Count);
        Assert.Throws<InvalidOperationException>(() => DataGripJson.ConfigureSerializer(DataGripJson.SerializerOptions));
        Assert.Throws<ArgumentNullException>(() => DataGripJson.ConfigureSerializer(null!));
    }

    [Fact]
    public void EnumsAsDictionaryKeys_AreTheirWireNames_BothWays()
    {
        var bands = new Dictionary<CompletenessBand, int> { [CompletenessBand.Good] = 2, [CompletenessBand.Insufficient] = 1 };

        foreach (var options in new[] { HostOptions(), DataGripJson.SerializerOptions })
        {
            var json = JsonSerializer.Serialize(bands, options);

            Assert.Equal("{\"good\":2,\"insufficient\":1}", json);
            Assert.Equal(bands, JsonSerializer.Deserialize<Dictionary<CompletenessBand, int>>(json, options));
            Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Dictionary<CompletenessBand, int>>("{\"Good\":2}", options));
        }
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public async Task WriteExportAsync_OnAStreamThatForbidsSynchronousWrites_WritesWhatWriteExportWrites(bool publicOnly, bool indented)
    {
        var export = SampleExport();
        var options = new JsonWriteOptions { PublicOnly = publicOnly, Indented = indented };
        using var stream = new AsyncOnlyWriteStream();

        await DataGripJson.WriteExportAsync(export, stream, options);

        Assert.Equal(DataGripJson.WriteExport(export, options), Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public async Task WriteExportAsync_CanBeCancelled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => DataGripJson.WriteExportAsync(SampleExport(), new AsyncOnlyWriteStream(), null, cancelled.Token));
        await Assert.ThrowsAsync<ArgumentNullException>(() => DataGripJson.WriteExportAsync(null!, new MemoryStream()));
    }

    /// <summary>A response body as Kestrel gives it: every synchronous write or flush throws.</summary>
    private sealed class AsyncOnlyWriteStream : Stream
    {
        private readonly MemoryStream written = new();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public byte[] ToArray() => written.ToArray();

        public override void Write(byte[] buffer, int offset, int count) => throw new InvalidOperationException("Synchronous operations are disallowed.");

        public override void Flush() => throw new InvalidOperationException("Synchronous operations are disallowed.");

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            cancellationToken.ThrowIfCancellationRequested();
            written.Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            written.Dispose();
            base.Dispose(disposing);
        }
    }
}
