using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using DataGrip.Core.Interop;

namespace DataGrip.Core.Benchmarks;

/// <summary>
/// Import of an Algoritmeregister export (<see cref="SyntheticRegister"/>) against System.Text.Json deserializing the
/// same bytes into plain dictionaries. Target: ≤ 3× the baseline (at 10,000 registrations).
/// </summary>
[MemoryDiagnoser]
public class InteropBenchmarks
{
    private byte[] utf8 = null!;
    private AlgoritmeregisterImporter importer = null!;

    [Params(1_000, 10_000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        utf8 = SyntheticRegister.Create(Count, TestData.Seed);
        importer = new AlgoritmeregisterImporter();
        var result = importer.Import(new MemoryStream(utf8));
        if (result.Export.Projects.Length != Count || result.HasErrors)
        {
            throw new InvalidOperationException($"The generated register export did not import cleanly: {result.Export.Projects.Length} of {Count} projects.");
        }
    }

    [Benchmark(Baseline = true)]
    public int DeserializeToDictionaries() =>
        JsonSerializer.Deserialize<List<Dictionary<string, JsonElement>>>(new MemoryStream(utf8))!.Count;

    [Benchmark]
    public int Import() => importer.Import(new MemoryStream(utf8)).Export.Projects.Length;
}
