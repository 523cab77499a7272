using System;
using System.IO;
using System.Linq;
using DataGrip.Core.Schema;
using DataGrip.Core.Serialization;
using DataGrip.Core.Tests.Support;
using NJsonSchema;

namespace DataGrip.Core.Tests.Sample;

/// <summary>The bundled sample data: the main export is valid everywhere, each invalid file fails as documented.</summary>
public sealed class SampleDataTests
{
    private static readonly string MainExport = Repository.PathOf("samples", "data", "gemeenten-export.json");

    [Fact]
    public void MainExport_IsValid_WithoutAnyFinding()
    {
        using var stream = File.OpenRead(MainExport);

        var report = new ExportValidator().Validate(stream);

        Assert.True(report.IsValid, string.Join("\n", report.Findings));
        Assert.Empty(report.Findings);
        Assert.True(report.ProjectCount >= 60);
    }

    [Fact]
    public void MainExport_HasAtLeastThreeMunicipalitiesAndUsesEveryFieldGroup()
    {
        var export = DataGripJson.ReadExport(File.ReadAllText(MainExport)).GetValueOrThrow();

        Assert.True(export.Projects.Select(p => p.Organization.Code).Distinct().Count() >= 3);
        Assert.Contains(export.Projects, p => p.ExternalIds is not null && p.Roles.Length > 0 && p.Suppliers.Length > 0 && p.Partners.Length > 0);
        Assert.Contains(export.Projects, p => p.CouncilDecision is not null && p.RelatedProjects.Length > 0);
        Assert.Contains(export.Projects, p => p.Purpose?.SocietalGoals.Any(g => g.Kpis.Length > 0) == true);
        Assert.Contains(export.Projects, p => p.Legal?.References.Length > 0 && p.Data?.Sources.Any(s => s.Categories is not null) == true);
        Assert.Contains(export.Projects, p => p.Technique is not null && p.Oversight is not null && p.Risk?.AiAct is not null);
        Assert.Contains(export.Projects, p => p.Transparency?.Audits.Length > 0 && p.Record?.Visibility.Count > 0);
        Assert.Contains(export.Projects, p => p.Extensions.Keys.Any(k => k.StartsWith("x-", StringComparison.Ordinal)));
    }

    [Fact]
    public void MainExport_RoundTripsWithoutLoss()
    {
        var json = File.ReadAllText(MainExport);

        var written = DataGripJson.WriteExport(DataGripJson.ReadExport(json).GetValueOrThrow());

        Assert.True(System.Text.Json.JsonElement.DeepEquals(
            System.Text.Json.JsonDocument.Parse(json).RootElement,
            System.Text.Json.JsonDocument.Parse(written).RootElement));
    }

    [Fact]
    public async System.Threading.Tasks.Task MainExport_IsValid_InBareNJsonSchema_ForBothPublishedSchemas()
    {
        var json = File.ReadAllText(MainExport);
        var exportSchema = await JsonSchema.FromFileAsync(Repository.PathOf("schema", "v1", "datagrip-export.schema.json"));
        var projectSchema = await JsonSchema.FromFileAsync(Repository.PathOf("schema", "v1", "datagrip-project.schema.json"));

        Assert.Empty(exportSchema.Validate(json));
        foreach (var project in Newtonsoft.Json.Linq.JObject.Parse(json)["projects"]!)
        {
            Assert.Empty(projectSchema.Validate(project));
        }
    }

    [Theory]
    [InlineData("empty.json", new[] { SchemaCodes.EmptyDocument })]
    [InlineData("malformed.json", new[] { SchemaCodes.MalformedJson })]
    [InlineData("missing-required.json", new[] { SchemaCodes.RequiredPropertyMissing })]
    [InlineData("wrong-types.json", new[] { SchemaCodes.WrongType })]
    [InlineData("unknown-values.json", new[] { SchemaCodes.UnknownEnumValue, SchemaCodes.UnknownProperty })]
    [InlineData("too-long.json", new[] { SchemaCodes.TextTooLong })]
    [InlineData("semantic.json", new[] { SchemaCodes.DuplicateProjectId, SchemaCodes.EndBeforeBegin, SchemaCodes.UnknownMunicipalityCode, SchemaCodes.UnresolvedRelatedProject, SchemaCodes.MunicipalityNameMismatch })]
    public void InvalidSample_FailsWithExactlyTheDocumentedCodes(string file, string[] codes)
    {
        using var stream = File.OpenRead(Repository.PathOf("samples", "data", "invalid", file));

        var report = new ExportValidator().Validate(stream);

        Assert.False(report.IsValid);
        Assert.Equal(codes.OrderBy(c => c), report.Findings.Select(f => f.Code).Distinct().OrderBy(c => c));
        Assert.All(report.Findings, f => Assert.NotNull(f.Line));
    }
}
