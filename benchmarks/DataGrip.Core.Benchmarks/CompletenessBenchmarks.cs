using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using DataGrip.Core.Completeness;
using DataGrip.Core.Model;
using DataGrip.Core.Serialization;

namespace DataGrip.Core.Benchmarks;

/// <summary>
/// Completeness scoring with the default profile on one thread, against System.Text.Json serializing the same list of
/// projects. Targets: ≤ 0.25× the serializer's time and ≥ 400,000 projects/s (at 100,000 projects).
/// </summary>
[MemoryDiagnoser]
public class CompletenessBenchmarks
{
    private DataProject[] projects = null!;
    private CompletenessScorer scorer = null!;

    [Params(1_000, 100_000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        projects = SyntheticExport.Create(Count, TestData.Seed).Projects.ToArray();
        scorer = new CompletenessScorer(new CompletenessOptions { ReferenceDate = new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.Zero) });
        if (projects.Any(p => scorer.Score(p).Score is < 0 or > 100))
        {
            throw new InvalidOperationException("A score is out of bounds.");
        }
    }

    [Benchmark(Baseline = true)]
    public void SerializeWithSystemTextJson() => JsonSerializer.Serialize(Stream.Null, projects, DataGripJson.SerializerOptions);

    [Benchmark]
    public decimal ScoreEveryProject()
    {
        decimal total = 0;
        foreach (var project in projects)
        {
            total += scorer.Score(project).Score;
        }

        return total;
    }
}
