using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using DataGrip.Core.Overlap;
using DataGrip.Core.Tests.Support;

namespace DataGrip.Core.Tests.Overlap;

/// <summary>The overlap tables of docs/overlap.md say what the code does.</summary>
public sealed class OverlapReadmeTests
{
    private static readonly string[] Readme = Repository.DocLines("overlap");

    [Fact]
    public void WeightsTable_HasEverySignalWithItsDefaultWeight()
    {
        foreach (var signal in Enum.GetValues<OverlapSignal>())
        {
            var weight = OverlapWeights.Default.Of(signal).ToString("0.00", CultureInfo.InvariantCulture);
            Assert.Contains(Readme, line => line.TrimStart().StartsWith($"| {signal} | {weight} |", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void FindingTable_HasEveryCodeWithItsSeverity()
    {
        foreach (var field in typeof(OverlapCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var code = (string)field.GetRawConstantValue()!;
            var severity = OverlapMessages.Templates[code].Severity.ToString().ToLowerInvariant();
            Assert.Contains(Readme, line => line.TrimStart().StartsWith($"| {code} | {severity} |", StringComparison.Ordinal));
        }
    }
}
