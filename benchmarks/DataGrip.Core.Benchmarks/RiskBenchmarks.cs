using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using DataGrip.Core.Model;
using DataGrip.Core.Risk;
using DataGrip.Core.Serialization;

namespace DataGrip.Core.Benchmarks;

/// <summary>
/// The full risk assessment (Pre-scan DPIA, AI Act class, register category, impact level, assessment gaps and the
/// default framework) on one thread, beside System.Text.Json serializing the same list of projects.
/// Target: ≥ 200,000 projects/s at 100,000 projects.
/// </summary>
[MemoryDiagnoser]
public class RiskBenchmarks
{
    private DataProject[] projects = null!;
    private RiskAssessor assessor = null!;

    [Params(1_000, 100_000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        projects = SyntheticExport.Create(Count, TestData.Seed).Projects.ToArray();
        assessor = new RiskAssessor();
        if (projects.Any(p => assessor.Assess(p).Reasons.IsEmpty))
        {
            throw new InvalidOperationException("An assessment gave no reasons.");
        }
    }

    [Benchmark(Baseline = true)]
    public void SerializeWithSystemTextJson() => JsonSerializer.Serialize(Stream.Null, projects, DataGripJson.SerializerOptions);

    [Benchmark]
    public int AssessEveryProject()
    {
        var total = 0;
        foreach (var project in projects)
        {
            total += (int)assessor.Assess(project).Impact.Level;
        }

        return total;
    }
}
