using System;
using System.IO;
using System.Text.Json;
using DataGrip.Core.Serialization;
using DataGrip.Core.Tests.Support;
using DataGrip.Sample;

namespace DataGrip.Core.Tests.Sample;

public sealed class CliTests : CliTestBase
{
    [Fact]
    public void Validate_ValidFile_ExitsZeroWithDutchSummary()
    {
        var path = File("ok.json", DataGripJson.WriteExport(Samples.Export(Samples.Project())));

        var (exit, output, _) = Run("validate", path);

        Assert.Equal(Cli.Valid, exit);
        Assert.Contains("ok.json: 1 project, 0 fouten, 0 waarschuwingen — geldig.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_InvalidFile_ExitsOneWithATable()
    {
        var path = File("bad.json", DataGripJson.WriteExport(Samples.Export(Samples.Project("a"), Samples.Project("a"))));

        var (exit, output, _) = Run("validate", path, "--lang", "en");

        Assert.Equal(Cli.Invalid, exit);
        Assert.Contains("Code     Severity  Where (JSON Pointer :line)", output, StringComparison.Ordinal);
        Assert.Contains("DG-S101  error     /projects/1/id", output, StringComparison.Ordinal);
        Assert.Contains("1 error, 0 warnings — invalid.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_JsonFormat_IsMachineReadable()
    {
        var path = File("bad.json", "{\"schemaVersion\":\"1.0\",\"projects\":[{\"id\":\"a\",\"organization\":{\"name\":\"x\"}}]}");

        var (exit, output, _) = Run("validate", path, "--format", "json", "--lang", "nl");

        Assert.Equal(Cli.Invalid, exit);
        using var document = JsonDocument.Parse(output);
        Assert.False(document.RootElement.GetProperty("valid").GetBoolean());
        var finding = document.RootElement.GetProperty("findings")[0];
        Assert.Equal("DG-S010", finding.GetProperty("code").GetString());
        Assert.Equal("/projects/0/name", finding.GetProperty("pointer").GetString());
        Assert.Equal("De verplichte eigenschap 'name' ontbreekt.", finding.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData()]
    [InlineData("check", "x.json")]
    [InlineData("validate")]
    [InlineData("validate", "x.json", "--lang", "de")]
    [InlineData("validate", "x.json", "--format", "xml")]
    [InlineData("validate", "x.json", "--verbose")]
    [InlineData("validate", "a.json", "b.json")]
    public void BadUsage_ExitsTwo(params string[] args) => Assert.Equal(Cli.UsageOrIo, Run(args).Exit);

    [Fact]
    public void MissingFile_ExitsTwoWithAClearMessage()
    {
        var (exit, _, error) = Run("validate", Path.Combine(Folder, "nope.json"));
        var (englishExit, _, english) = Run("validate", Path.Combine(Folder, "nope.json"), "--lang", "en");

        Assert.Equal(Cli.UsageOrIo, exit);
        Assert.Contains("Kan '", error, StringComparison.Ordinal);
        Assert.Contains("nope.json' niet lezen: het bestand bestaat niet.", error, StringComparison.Ordinal);
        Assert.Equal(Cli.UsageOrIo, englishExit);
        Assert.Contains("nope.json': the file does not exist.", english, StringComparison.Ordinal);
    }

    [Fact]
    public void Directory_IsSaidToBeOne_NotAccessDenied()
    {
        var (exit, _, error) = Run("validate", Folder);
        var (_, _, english) = Run("completeness", Folder, "--lang", "en");

        Assert.Equal(Cli.UsageOrIo, exit);
        Assert.Contains("dit is een map, geen bestand", error, StringComparison.Ordinal);
        Assert.Contains("it is a directory, not a file", english, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error + english, StringComparison.Ordinal);
    }

    [Fact]
    public void Completeness_WithAProfile_ScoresByItsWeights()
    {
        var path = File("p.json", DataGripJson.WriteExport(Samples.Export(Completeness.CompletenessFixtures.Sparse("leeg"))));
        var off = File("profile.json", "{\"disabled\": [\"DG-C001\"]}");

        var (exit, output, _) = Run("completeness", path, "--profile", off, "--lang", "en");
        var (_, plain, _) = Run("completeness", path, "--lang", "en");

        Assert.Equal(Cli.Valid, exit);
        Assert.Contains("Most often missing: DG-C001 (1)", plain, StringComparison.Ordinal);
        Assert.DoesNotContain("DG-C001", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Completeness_InvalidProfile_SaysEveryProblemInTheUsersLanguage_AndExitsTwo()
    {
        var path = File("q.json", DataGripJson.WriteExport(Samples.Export(Completeness.CompletenessFixtures.Sparse("leeg"))));
        var bad = File("bad-profile.json", "{\"weights\": {\"DG-C011\": -2, \"DG-C999\": 1}}");

        var dutch = Run("completeness", path, "--profile", bad, "--lang", "nl");
        var english = Run("completeness", path, "--profile", bad, "--lang", "en");
        var missing = Run("completeness", path, "--profile", System.IO.Path.Combine(Folder, "nope.json"));

        Assert.Equal(Cli.UsageOrIo, dutch.Exit);
        Assert.Contains("is geen geldig volledigheidsprofiel:", dutch.Err, StringComparison.Ordinal);
        Assert.Contains("/weights/DG-C011", dutch.Err, StringComparison.Ordinal);
        Assert.Contains("Het getal -2 valt buiten het bereik", dutch.Err, StringComparison.Ordinal);
        Assert.Contains("De eigenschap 'DG-C999' is hier niet toegestaan", dutch.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("Invalid", dutch.Err, StringComparison.Ordinal);
        Assert.Equal(Cli.UsageOrIo, english.Exit);
        Assert.Contains("is not a valid completeness profile:", english.Err, StringComparison.Ordinal);
        Assert.Contains("The number -2 is out of range", english.Err, StringComparison.Ordinal);
        Assert.Equal(Cli.UsageOrIo, missing.Exit);
        Assert.Contains("nope.json' niet lezen: het bestand bestaat niet.", missing.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Completeness_PrintsATableAndPortfolioFigures()
    {
        var path = File("c.json", DataGripJson.WriteExport(Samples.Export(Completeness.CompletenessFixtures.Complete("vol"), Completeness.CompletenessFixtures.Sparse("leeg"))));

        var (exit, output, _) = Run("completeness", path, "--lang", "en");

        Assert.Equal(Cli.Valid, exit);
        Assert.Contains("Project  Score  Band", output, StringComparison.Ordinal);
        Assert.Matches("leeg +[0-9.]+ +insufficient", output);
        Assert.Contains("c.json: 2 projects, mean score", output, StringComparison.Ordinal);
        Assert.Contains("Most often missing: DG-C001 (1)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Completeness_Explain_ListsEveryIndicatorOfOneProject()
    {
        var path = File("c.json", DataGripJson.WriteExport(Samples.Export(Completeness.CompletenessFixtures.Sparse("leeg"))));

        var (exit, output, _) = Run("completeness", path, "--explain", "leeg");
        var (jsonExit, json, _) = Run("completeness", path, "--explain", "leeg", "--format", "json");

        Assert.Equal(Cli.Valid, exit);
        Assert.Contains("DG-C011  Sturen", output, StringComparison.Ordinal);
        Assert.Contains("Het doel en de impact ontbreken of zijn een opvultekst.", output, StringComparison.Ordinal);
        Assert.Contains("Publiceerbaar in het Algoritmeregister: nee", output, StringComparison.Ordinal);
        Assert.Equal(Cli.Valid, jsonExit);
        using var document = JsonDocument.Parse(json);
        Assert.Equal(DataGrip.Core.Completeness.CompletenessProfile.BuiltIn.Length, document.RootElement.GetProperty("indicators").GetArrayLength());
    }

    [Fact]
    public void Completeness_UnknownProjectOrUnreadableFile_IsReported()
    {
        var good = File("c.json", DataGripJson.WriteExport(Samples.Export(Samples.Project())));
        var bad = File("bad.json", "{\"schemaVersion\":\"1.0\",\"projects\":[{\"id\":1}]}");

        Assert.Equal(Cli.UsageOrIo, Run("completeness", good, "--explain", "nope").Exit);
        var (exit, _, error) = Run("completeness", bad);
        Assert.Equal(Cli.Invalid, exit);
        Assert.Contains("DG-S011", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_ExitsZero() => Assert.Equal(Cli.Valid, Run("--help").Exit);
}
