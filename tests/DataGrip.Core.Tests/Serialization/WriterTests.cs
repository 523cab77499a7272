using System;
using System.Text.Json.Nodes;
using DataGrip.Core.Model;
using DataGrip.Core.Serialization;
using DataGrip.Core.Tests.Support;

namespace DataGrip.Core.Tests.Serialization;

public sealed class WriterTests
{
    [Fact]
    public void PublicExport_LeavesOutPeoplesNamesAndEmails_UnlessMarkedPublic()
    {
        var json = DataGripJson.WriteExport(Samples.Export(Samples.Project()), JsonWriteOptions.Public);
        var roles = JsonNode.Parse(json)!["projects"]![0]!["roles"]!.AsArray();

        Assert.Null(roles[0]!["name"]);
        Assert.Null(roles[0]!["email"]);
        Assert.Equal("Teamleider schuldhulp", (string?)roles[0]!["function"]);
        Assert.Equal("Publiek Bekend", (string?)roles[1]!["name"]);
        Assert.Null(roles[1]!["email"]);
        Assert.DoesNotContain("s.bakker@utrecht.nl", json, StringComparison.Ordinal);
    }

    [Fact]
    public void PublicExport_LeavesOutFieldsMarkedInternal_AndContractReferencesAndTheVisibilityMap()
    {
        var project = JsonNode.Parse(DataGripJson.WriteExport(Samples.Export(Samples.Project()), JsonWriteOptions.Public))!["projects"]![0]!;

        Assert.Null(project["risk"]!["risks"]![0]!["mitigation"]);
        Assert.Equal("Bias naar wijk", (string?)project["risk"]!["risks"]![0]!["name"]);
        Assert.Null(project["suppliers"]![0]!["contractReference"]);
        Assert.Null(project["record"]!["visibility"]);
    }

    [Fact]
    public void FullExport_KeepsEverything()
    {
        var json = DataGripJson.WriteExport(Samples.Export(Samples.Project()));

        Assert.Contains("s.bakker@utrecht.nl", json, StringComparison.Ordinal);
        Assert.Contains("CT-2024-017", json, StringComparison.Ordinal);
        Assert.Contains("Kwartaalcontrole", json, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteProject_PublicOnly_AppliesTheSameRules()
    {
        var json = DataGripJson.WriteProject(Samples.Project(), JsonWriteOptions.Public);

        Assert.DoesNotContain("s.bakker@utrecht.nl", json, StringComparison.Ordinal);
        Assert.Contains("Publiek Bekend", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Timestamps_AreIso8601_WithZForUtc_AndTheOffsetOtherwise()
    {
        var utc = new ProjectExport { GeneratedAt = new DateTimeOffset(2026, 11, 25, 15, 30, 0, TimeSpan.Zero) };
        var local = new ProjectExport { GeneratedAt = new DateTimeOffset(2026, 11, 25, 16, 30, 0, 500, TimeSpan.FromHours(1)) };

        Assert.Contains("\"generatedAt\": \"2026-11-25T15:30:00Z\"", DataGripJson.WriteExport(utc), StringComparison.Ordinal);
        Assert.Contains("\"generatedAt\": \"2026-11-25T16:30:00.5+01:00\"", DataGripJson.WriteExport(local), StringComparison.Ordinal);
        Assert.Equal(local.GeneratedAt, DataGripJson.ReadExport(DataGripJson.WriteExport(local)).Value!.GeneratedAt);
        Assert.Equal(TimeSpan.FromHours(1), DataGripJson.ReadExport(DataGripJson.WriteExport(local)).Value!.GeneratedAt!.Value.Offset);
    }

    [Fact]
    public void Write_KeepsDutchTextReadable()
    {
        var json = DataGripJson.WriteProject(Samples.Project() with { Name = "Coördinatie café’s" });

        Assert.Contains("Coördinatie café’s", json, StringComparison.Ordinal);
    }
}
