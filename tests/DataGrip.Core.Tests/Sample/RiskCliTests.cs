using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using DataGrip.Core.Serialization;
using DataGrip.Core.Tests.Risk;
using DataGrip.Core.Tests.Support;
using DataGrip.Sample;

namespace DataGrip.Core.Tests.Sample;

public sealed class RiskCliTests : CliTestBase
{
    [Fact]
    public void Risk_PrintsATableAndASummary_AndExitsOneOnErrors()
    {
        var path = Export(RiskFixtures.OpenDataDashboard(), RiskFixtures.BenefitsFraud());

        var (exit, output, _) = Run("risk", path, "--lang", "en");

        Assert.Equal(Cli.Invalid, exit);
        Assert.Contains("rotterdam-risicoselectie-bijstand", output, StringComparison.Ordinal);
        Assert.Contains("high risk", output, StringComparison.Ordinal);
        Assert.Contains("2 projects against 'DataGrip-standaardkader (voorzichtig)'", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Risk_OnlyCleanProjects_ExitsZero()
    {
        var (exit, output, _) = Run("risk", Export(RiskFixtures.OpenDataDashboard()));

        Assert.Equal(Cli.Valid, exit);
        Assert.Contains("geen AI-systeem", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Risk_Json_Explain_ListsEveryReason()
    {
        var path = Export(RiskFixtures.EmployeeMonitoring());

        var (_, output, _) = Run("risk", path, "--format", "json", "--explain", "rotterdam-productiviteitsanalyse");

        using var document = JsonDocument.Parse(output);
        var root = document.RootElement;
        Assert.Equal("required", root.GetProperty("dpia").GetProperty("outcome").GetString());
        Assert.Equal("employeeMonitoring", root.GetProperty("dpia").GetProperty("apList")[0].GetString());
        Assert.Equal(RiskFixtures.Assessor.Assess(RiskFixtures.EmployeeMonitoring()).Reasons.Length, root.GetProperty("findings").GetArrayLength());
    }

    [Fact]
    public void Risk_WithAStricterFramework_ReportsItsClauses()
    {
        var path = Export(RiskFixtures.ParkingPermit());
        var strict = Repository.PathOf("samples/data/frameworks/strict.json");

        var (exit, output, _) = Run("risk", path, "--framework", strict, "--format", "json");

        Assert.Equal(Cli.Invalid, exit);
        using var document = JsonDocument.Parse(output);
        var findings = document.RootElement.GetProperty("projects")[0].GetProperty("findings").EnumerateArray().ToList();
        Assert.Contains(findings, f => f.GetProperty("code").GetString() == "DG-R301");
    }

    [Fact]
    public void Risk_InvalidFramework_ListsEveryProblem_AndExitsTwo()
    {
        var path = Export(RiskFixtures.ParkingPermit());

        var (exit, _, error) = Run("risk", path, "--framework", Repository.PathOf("samples/data/frameworks/invalid.json"), "--lang", "en");

        Assert.Equal(Cli.UsageOrIo, exit);
        Assert.Contains("is not a valid risk framework:", error, StringComparison.Ordinal);
        Assert.Contains("/maxImpactLevelWithoutCouncilDecision", error, StringComparison.Ordinal);
        Assert.Contains("'V' is not an allowed value", error, StringComparison.Ordinal);
        Assert.Contains("/councilDecisionAbove", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Risk_InvalidFramework_InDutch_SaysEveryProblemInDutch()
    {
        var path = Export(RiskFixtures.ParkingPermit());

        var (exit, _, error) = Run("risk", path, "--framework", Repository.PathOf("samples/data/frameworks/invalid.json"), "--lang", "nl");

        Assert.Equal(Cli.UsageOrIo, exit);
        Assert.Contains("is geen geldig risicokader:", error, StringComparison.Ordinal);
        Assert.Contains("'V' is geen toegestane waarde", error, StringComparison.Ordinal);
        Assert.Contains("De verplichte eigenschap 'name' ontbreekt.", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Invalid risk framework", error, StringComparison.Ordinal);
        Assert.DoesNotContain("is not", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--framework")]
    [InlineData("--explain")]
    public void Risk_OptionWithoutValue_IsAUsageError(string option)
    {
        var (exit, _, error) = Run("risk", Export(RiskFixtures.Chatbot()), option);

        Assert.Equal(Cli.UsageOrIo, exit);
        Assert.Contains(option, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Risk_MissingFrameworkFileOrUnknownProject_IsReported()
    {
        var path = Export(RiskFixtures.Chatbot());

        var missing = Run("risk", path, "--framework", Path.Combine(Folder, "nope.json"));
        var unknown = Run("risk", path, "--explain", "bestaat-niet");

        Assert.Equal(Cli.UsageOrIo, missing.Exit);
        Assert.Contains("nope.json' niet lezen: het bestand bestaat niet.", missing.Err, StringComparison.Ordinal);
        Assert.Equal(Cli.UsageOrIo, unknown.Exit);
        Assert.Contains("bestaat-niet", unknown.Err, StringComparison.Ordinal);
    }

}
