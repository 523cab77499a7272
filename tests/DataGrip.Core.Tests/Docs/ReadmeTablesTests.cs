using System;
using System.IO;
using System.Linq;
using System.Reflection;
using DataGrip.Core.Completeness;
using DataGrip.Core.Tests.Support;

namespace DataGrip.Core.Tests.Docs;

/// <summary>The README's tables of codes and weights say what the code does.</summary>
public sealed class ReadmeTablesTests
{
    private static readonly string[] Readme = File.ReadAllLines(Repository.PathOf("README.md"));

    [Fact]
    public void CompletenessTable_HasEveryIndicatorWithItsPerspectiveWeightAndRule()
    {
        foreach (var indicator in CompletenessProfile.BuiltIn)
        {
            var row = Readme.SingleOrDefault(line => line.StartsWith($"| {indicator.Code} |", StringComparison.Ordinal));
            Assert.True(row is not null, $"README.md has no row for {indicator.Code}.");
            Assert.StartsWith($"| {indicator.Code} | {indicator.Perspective} | {indicator.DefaultWeight} | {indicator.Rule} |", row, StringComparison.Ordinal);
        }

        var total = CompletenessProfile.BuiltIn.Sum(i => i.DefaultWeight);
        Assert.Contains(Readme, line => line.Contains($"weights total {total} when everything applies", StringComparison.Ordinal));
    }

    [Fact]
    public void FindingCodeTable_HasEveryCode()
    {
        foreach (var field in typeof(FindingCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var code = (string)field.GetRawConstantValue()!;
            Assert.Contains(Readme, line => line.StartsWith($"| {code} |", StringComparison.Ordinal));
        }
    }
}
