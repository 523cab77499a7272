using System;
using System.Linq;
using DataGrip.Core.Benchmarks;
using DataGrip.Core.Tests.Support;
using Xunit.Abstractions;

namespace DataGrip.Core.Tests.Reliability;

/// <summary>
/// The fuzz run of CI: a fixed seed, a budget of about 40 seconds, every entry point that reads outside data. A
/// longer run with a random seed: <c>dotnet run -c Release --project benchmarks/DataGrip.Core.Benchmarks -- fuzz</c>.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    [Fact]
    public void EveryEntryPoint_KeepsItsContract_OnMutatedInput()
    {
        var fuzzer = new Fuzzer(20261201, Fuzzer.RepositorySeeds(Repository.Root));

        fuzzer.Run(TimeSpan.FromSeconds(20), maxInputs: 200_000);

        output.WriteLine($"inputs: {string.Join(", ", fuzzer.Inputs.Select(p => $"{p.Key} {p.Value}"))}; slowest {fuzzer.Slowest.Milliseconds:0} ms ({fuzzer.Slowest.Target})");
        foreach (var group in fuzzer.Failures.GroupBy(f => f.Target + ": " + f.What.Split('\n')[0].Substring(0, Math.Min(f.What.Length, 120))).OrderByDescending(g => g.Count()))
        {
            output.WriteLine($"{group.Count(),6} {group.Key}");
        }

        Assert.True(fuzzer.Inputs.Values.All(n => n >= 100), "every target gets inputs: " + string.Join(", ", fuzzer.Inputs));
        Assert.True(
            fuzzer.Failures.Count == 0,
            $"{fuzzer.Failures.Count} inputs broke the contract; the first:\n"
            + string.Join("\n\n", fuzzer.Failures.OrderBy(f => f.Target == "Validate" ? 0 : 1).Take(5).Select(f => $"{f.Target}: {f.What}\n{f.Input}")));
    }
}
