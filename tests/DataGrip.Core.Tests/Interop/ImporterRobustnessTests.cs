using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using DataGrip.Core.Interop;
using DataGrip.Core.Model;
using DataGrip.Core.Schema;
using DataGrip.Core.Serialization;
using DataGrip.Core.Tests.Support;

namespace DataGrip.Core.Tests.Interop;

/// <summary>
/// Issue 17 (the importer's part): the importer makes only exports the library can handle, and throws only its
/// documented exceptions. Each case is a reproduction; a seeded fuzz test covers the rest.
/// </summary>
public sealed class ImporterRobustnessTests
{
    private static readonly AlgoritmeregisterImporter Importer = new();

    /// <summary>The export writes, reads back without errors and validates without errors.</summary>
    internal static void AssertUsable(ImportResult result, string what)
    {
        var json = DataGripJson.WriteExport(result.Export);
        var read = DataGripJson.ReadExport(json);
        Assert.True(read.Success && read.Findings.All(f => f.Severity != Severity.Error), what + ": reading back gives " + string.Join("; ", read.Findings.Take(3)));
        var report = new ExportValidator().Validate(json);
        Assert.True(report.IsValid, what + ": " + string.Join("; ", report.Findings.Where(f => f.Severity == Severity.Error).Take(3)));
    }

    [Fact]
    public void ACsvOfJustTwoQuotes_IsNotRegisterData()
    {
        var result = Importer.Import("\"\"");

        Assert.Empty(result.Export.Projects);
        Assert.Equal(InteropCodes.NotRegisterData, Assert.Single(result.Findings).Code);
    }

    [Fact]
    public void AKeptValueWithARepeatedName_ReadsBack()
    {
        var result = Importer.Import("""[{"name":"A","organization":"Gemeente Utrecht","extra":{"a":1,"a":2,"b":{"c":1,"c":2,"c":3}}}]""");
        var project = Assert.Single(result.Export.Projects);

        var extra = project.Extensions["x-algoritmeregister-extra"];
        Assert.Equal("""{"a":1,"a-2":2,"b":{"c":1,"c-2":2,"c-3":3}}""", extra.GetRawText());
        Assert.Equal(3, result.Findings.Count(f => f.Code == InteropCodes.RepeatedNameRenamed));
        AssertUsable(result, "repeated names");
    }

    [Fact]
    public void AValueNested62Deep_IsKeptAsTextBelow32Levels()
    {
        var deep = new string('[', 62) + "1" + new string(']', 62);
        var result = Importer.Import("[{\"name\":\"A\",\"organization\":\"Gemeente Utrecht\",\"extra\":" + deep + "}]");

        Assert.Single(result.Export.Projects);
        Assert.Contains(result.Findings, f => f.Code == InteropCodes.NestingKeptAsText);
        AssertUsable(result, "deep nesting");
        Assert.Contains("[[[1]]]", DataGripJson.WriteExport(result.Export));
    }

    [Fact]
    public void ACellOf170MillionCharacters_GivesAFinding()
    {
        var cell = new string('a', 170_000_000);
        var result = Importer.Import("name,organization,extra\nA,Gemeente Utrecht," + cell + "\n");

        Assert.Single(result.Export.Projects);
        var finding = Assert.Single(result.Findings, f => f.Code == InteropCodes.CellTooLarge);
        Assert.Equal(2, finding.Line);
    }

    [Fact]
    public void AFieldGivenThreeTimes_KeepsEveryValue()
    {
        var result = Importer.Import("""[{"name":"A","organization":"Gemeente Utrecht","MPRD":"x","mprd":"y","Mprd":"z"}]""");
        var project = Assert.Single(result.Export.Projects);

        var kept = project.Extensions.Where(e => e.Key.StartsWith("x-algoritmeregister-", StringComparison.Ordinal)).Select(e => e.Value.GetString()).OrderBy(v => v);
        Assert.Equal(new[] { "x", "y", "z" }, kept);
        AssertUsable(result, "three times");
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("-1e400")]
    [InlineData(400)]
    public void ANumberNoDoubleHolds_IsKeptAsText(object digitsOrNumber)
    {
        var number = digitsOrNumber is int digits ? "1" + new string('0', digits) : (string)digitsOrNumber;
        var result = Importer.Import("[{\"name\":\"A\",\"organization\":\"Gemeente Utrecht\",\"extra\":" + number + ",\"more\":[" + number + "]}]");
        var project = Assert.Single(result.Export.Projects);

        Assert.Equal(number, project.Extensions["x-algoritmeregister-extra"].GetString());
        Assert.Equal(2, result.Findings.Count(f => f.Code == InteropCodes.NumberKeptAsText));
        AssertUsable(result, number);
    }

    [Theory]
    [InlineData("9223372036854775807", true)]
    [InlineData("9223372036854775808", false)]
    [InlineData("1e300", false)]
    [InlineData("1.5e20", true)]
    [InlineData("0.000000000000000000000000000000000000001", true)]
    public void AnIntegerBeyond64Bits_IsKeptAsText_OtherNumbersAsNumbers(string number, bool asNumber)
    {
        var result = Importer.Import("[{\"name\":\"A\",\"organization\":\"Gemeente Utrecht\",\"extra\":" + number + "}]");

        var kept = Assert.Single(result.Export.Projects).Extensions["x-algoritmeregister-extra"];
        Assert.Equal(asNumber ? System.Text.Json.JsonValueKind.Number : System.Text.Json.JsonValueKind.String, kept.ValueKind);
        AssertUsable(result, number);
    }

    [Theory]
    [InlineData("\\ud800")]
    [InlineData("a\\udc00b")]
    [InlineData("\\ud800\\ud800\\udc00")]
    public void ALoneSurrogateEscape_IsReadAsTheReplacementCharacter(string escaped)
    {
        var json = "[{\"name\":\"A" + escaped + "\",\"organization\":\"Gemeente Utrecht\",\"x\\ud800\":\"" + escaped + "\"}]";
        var bytes = Encoding.UTF8.GetBytes(json);
        var copy = (byte[])bytes.Clone();
        var result = Importer.Import(new MemoryStream(bytes));

        var project = Assert.Single(result.Export.Projects);
        Assert.Contains('\uFFFD', project.Name);
        Assert.Contains(result.Findings, f => f.Code == InteropCodes.LoneSurrogate);
        Assert.Equal(copy, bytes); // the caller's buffer is not changed
        AssertUsable(result, escaped);
    }

    [Fact]
    public void APairedSurrogateEscape_IsLeftAlone()
    {
        var result = Importer.Import("""[{"name":"A \ud83d\ude00","organization":"Gemeente Utrecht"}]""");

        Assert.Equal("A 😀", Assert.Single(result.Export.Projects).Name);
        Assert.DoesNotContain(result.Findings, f => f.Code == InteropCodes.LoneSurrogate);
    }

    [Fact]
    public void ALoneSurrogateInText_IsReadAsTheReplacementCharacter()
    {
        var result = Importer.Import("name;organization\nA\ud800;Gemeente Utrecht\n");

        Assert.Equal("A\uFFFD", Assert.Single(result.Export.Projects).Name);
        AssertUsable(result, "csv surrogate");
    }
}
