using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DataGrip.Core.Schema;
using DataGrip.Core.Serialization;
using DataGrip.Core.Tests.Support;

namespace DataGrip.Core.Tests.Serialization;

/// <summary>The asynchronous reader and validator, as a web host calls them: synchronous reads are forbidden.</summary>
public sealed class AsyncTests
{
    /// <summary>A request body as Kestrel gives it: every synchronous read throws, and reads come in small pieces.</summary>
    private sealed class AsyncOnlyStream(byte[] bytes) : Stream
    {
        private readonly MemoryStream inner = new(bytes, writable: false);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) =>
            throw new InvalidOperationException("Synchronous operations are disallowed.");

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return Task.FromResult(inner.Read(buffer, offset, Math.Min(count, 1000)));
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return new ValueTask<int>(inner.Read(buffer.Span.Slice(0, Math.Min(buffer.Length, 1000))));
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    private static byte[] Sample() => File.ReadAllBytes(Repository.PathOf("samples", "data", "gemeenten-export.json"));

    [Fact]
    public async Task ValidateAsync_OnAStreamThatForbidsSynchronousReads_GivesWhatValidateGives()
    {
        var validator = new ExportValidator();
        foreach (var file in new[] { "gemeenten-export.json", "invalid/semantic.json", "invalid/malformed.json", "invalid/too-long.json" })
        {
            var bytes = File.ReadAllBytes(Repository.PathOf(["samples", "data", .. file.Split('/')]));

            var expected = validator.Validate(new MemoryStream(bytes));
            var actual = await validator.ValidateAsync(new AsyncOnlyStream(bytes));

            Assert.Equal(expected.ProjectCount, actual.ProjectCount);
            Assert.Equal(expected.Findings.Select(f => f.ToString()), actual.Findings.Select(f => f.ToString()));
        }
    }

    [Fact]
    public async Task ReadExportAsync_OnAStreamThatForbidsSynchronousReads_GivesWhatReadExportGives()
    {
        var expected = DataGripJson.ReadExport(new MemoryStream(Sample()));

        var actual = await DataGripJson.ReadExportAsync(new AsyncOnlyStream(Sample()));

        Assert.True(actual.Success);
        Assert.Equal(DataGripJson.WriteExport(expected.Value!), DataGripJson.WriteExport(actual.Value!));
        var broken = await DataGripJson.ReadExportAsync(new AsyncOnlyStream(Sample().Take(5000).ToArray()));
        Assert.Equal(SchemaCodes.MalformedJson, Assert.Single(broken.Findings).Code);
    }

    [Fact]
    public async Task ImportAsync_OnAStreamThatForbidsSynchronousReads_GivesWhatImportGives()
    {
        var importer = new DataGrip.Core.Interop.AlgoritmeregisterImporter();
        foreach (var text in new[]
        {
            "[{\"name\":\"A\",\"organization\":\"Gemeente Utrecht\",\"standard_version\":\"0.4.0\",\"dpia\":\"Ja\",\"source_data\":\"BRP, BAG\"}]",
            "\"name\";\"organization\";\"status\"\n\"A\";\"Gemeente Utrecht\";\"In gebruik\"\n",
        })
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(text);

            var expected = importer.Import(new MemoryStream(bytes));
            var actual = await importer.ImportAsync(new AsyncOnlyStream(bytes));

            Assert.Equal(DataGripJson.WriteExport(expected.Export), DataGripJson.WriteExport(actual.Export));
            Assert.Equal(expected.Findings.Select(f => f.ToString()), actual.Findings.Select(f => f.ToString()));
        }
    }

    [Fact]
    public async Task ReadExportAsync_KeepsTheSizeLimit_AndCanBeCancelled()
    {
        var tooLarge = await DataGripJson.ReadExportAsync(new AsyncOnlyStream(Sample()), new JsonReadOptions { MaxDocumentBytes = 10_000 });
        Assert.Equal(SchemaCodes.TooLarge, Assert.Single(tooLarge.Findings).Code);

        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => DataGripJson.ReadExportAsync(new AsyncOnlyStream(Sample()), null, cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new ExportValidator().ValidateAsync(new AsyncOnlyStream(Sample()), cancelled.Token));
    }
}
