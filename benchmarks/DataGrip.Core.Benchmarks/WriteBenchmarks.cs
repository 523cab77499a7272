using System;
using System.IO;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using DataGrip.Core.Model;
using DataGrip.Core.Serialization;

namespace DataGrip.Core.Benchmarks;

/// <summary>
/// Writing an export to a stream that discards it: the library's writer against plain System.Text.Json with the same
/// options. <see cref="WriteExport"/> writes compact JSON, the same bytes as the baseline; <see cref="WriteExportIndented"/>
/// is the library's default (indented) for comparison.
/// </summary>
[MemoryDiagnoser]
public class WriteBenchmarks
{
    private static readonly JsonWriteOptions Compact = new() { Indented = false };

    private ProjectExport export = null!;

    [Params(1_000, 10_000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        export = TestData.Export(Count);

        // Both must write the same document, or the ratio compares different work.
        using var a = new MemoryStream();
        using var b = new MemoryStream();
        JsonSerializer.Serialize(a, export, DataGripJson.SerializerOptions);
        DataGripJson.WriteExport(export, b, Compact);
        if (!a.ToArray().AsSpan().SequenceEqual(b.ToArray()))
        {
            throw new InvalidOperationException("WriteExport (compact) and JsonSerializer.Serialize wrote different bytes.");
        }
    }

    [Benchmark(Baseline = true)]
    public void Serialize() => JsonSerializer.Serialize(Stream.Null, export, DataGripJson.SerializerOptions);

    [Benchmark]
    public void WriteExport() => DataGripJson.WriteExport(export, Stream.Null, Compact);

    [Benchmark]
    public void WriteExportIndented() => DataGripJson.WriteExport(export, Stream.Null);
}
