using System.IO;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using DataGrip.Core.Model;
using DataGrip.Core.Serialization;

namespace DataGrip.Core.Benchmarks;

/// <summary>Reading an export: the library's reader against plain System.Text.Json with the same options. Target ≤ 1.2×.</summary>
[MemoryDiagnoser]
public class ReadBenchmarks
{
    private MemoryStream stream = null!;

    [Params(1_000, 10_000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup() => stream = new MemoryStream(TestData.Utf8(Count), writable: false);

    [Benchmark(Baseline = true)]
    public ProjectExport? Deserialize()
    {
        stream.Position = 0;
        return JsonSerializer.Deserialize<ProjectExport>(stream, DataGripJson.SerializerOptions);
    }

    [Benchmark]
    public ProjectExport? ReadExport()
    {
        stream.Position = 0;
        return DataGripJson.ReadExport(stream).Value;
    }
}
