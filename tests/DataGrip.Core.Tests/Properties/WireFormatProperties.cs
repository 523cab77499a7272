using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using DataGrip.Core.Model;
using DataGrip.Core.Schema;
using DataGrip.Core.Serialization;
using DataGrip.Core.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DataGrip.Core.Tests.Properties;

/// <summary>The laws of the wire format, the schema and the validator, over generated exports.</summary>
public sealed class WireFormatProperties
{
    private static readonly ExportValidator Validator = new();

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 150)]
    public void RoundTrip_IsLossless_ExtensionsIncluded(ProjectExport export)
    {
        var json = DataGripJson.WriteExport(export);
        var read = DataGripJson.ReadExport(json);

        Assert.True(read.Success, string.Join(Environment.NewLine, read.Findings));
        var again = DataGripJson.WriteExport(read.Value!);
        Assert.Equal(json, again);
        Assert.Equal(export.Projects.Length, read.Value!.Projects.Length);
        for (var i = 0; i < export.Projects.Length; i++)
        {
            Assert.Equal(export.Projects[i].Extensions.Keys.OrderBy(k => k), read.Value.Projects[i].Extensions.Keys.OrderBy(k => k));
            Assert.Equal(export.Projects[i].Organization.Extensions.Count, read.Value.Projects[i].Organization.Extensions.Count);
        }
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 150)]
    public void GeneratedValidExport_ValidatesAgainstCommittedSchema(ProjectExport export)
    {
        var report = Validator.Validate(DataGripJson.WriteExport(export));

        Assert.True(report.IsValid, string.Join(Environment.NewLine, report.Findings));
        Assert.Equal(export.Projects.Length, report.ProjectCount);
        Assert.Empty(report.Findings.Where(f => f.Severity != Severity.Info));
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 100)]
    public void Mutation_ProducesFinding_AtItsJsonPointer(ProjectExport export, PositiveInt pick, NonNegativeInt kind)
    {
        if (export.Projects.Length == 0)
        {
            return;
        }

        var index = pick.Get % export.Projects.Length;
        var document = JsonNode.Parse(DataGripJson.WriteExport(export))!;
        var project = document["projects"]![index]!.AsObject();
        var (code, pointer) = (kind.Get % 6) switch
        {
            0 => Remove(project, "name", SchemaCodes.RequiredPropertyMissing, $"/projects/{index}/name"),
            1 => Set(project, "name", JsonValue.Create(42), SchemaCodes.WrongType, $"/projects/{index}/name"),
            2 => Set(project, "kind", JsonValue.Create("banaan"), SchemaCodes.UnknownEnumValue, $"/projects/{index}/kind"),
            3 => Set(project, "name", JsonValue.Create(new string('n', 101 + kind.Get)), SchemaCodes.TextTooLong, $"/projects/{index}/name"),
            4 => SetNested(project, "organization", "type", JsonValue.Create("stadsdeel"), SchemaCodes.UnknownEnumValue, $"/projects/{index}/organization/type"),
            _ => Set(project, "themes", JsonValue.Create("housing"), SchemaCodes.WrongType, $"/projects/{index}/themes"),
        };

        var report = Validator.Validate(document.ToJsonString());

        Assert.False(report.IsValid);
        Assert.Contains(report.Findings, f => f.Code == code && f.Pointer == pointer);
    }

    [Property(MaxTest = 300)]
    public void Reader_and_validator_never_throw_on_arbitrary_bytes(byte[] bytes)
    {
        var read = DataGripJson.ReadExport(new MemoryStream(bytes));
        var report = Validator.Validate(new MemoryStream(bytes));

        Assert.True(read.Success || read.Findings.Any(f => f.Severity == Severity.Error));
        Assert.True(report.ProjectCount >= 0);
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 150)]
    public void Reader_never_throws_on_damaged_exports(ProjectExport export, PositiveInt cut, byte noise)
    {
        var bytes = Encoding.UTF8.GetBytes(DataGripJson.WriteExport(export, new JsonWriteOptions { Indented = false }));
        var damaged = bytes.Take(cut.Get % (bytes.Length + 1)).ToArray();
        if (damaged.Length > 0)
        {
            damaged[cut.Get % damaged.Length] = noise;
        }

        var read = DataGripJson.ReadExport(new MemoryStream(damaged));
        var report = Validator.Validate(new MemoryStream(damaged));

        // Either it still reads (the damage hit nothing that matters), or it says why not.
        Assert.True(read.Success || read.Findings.Any(f => f.Severity == Severity.Error));
        Assert.True(read.Success || !report.IsValid, "The reader refused a document the validator accepted: " + string.Join("; ", read.Findings));
    }

    private static (string, string) Remove(JsonObject project, string property, string code, string pointer)
    {
        project.Remove(property);
        return (code, pointer);
    }

    private static (string, string) Set(JsonObject project, string property, JsonNode value, string code, string pointer)
    {
        project[property] = value;
        return (code, pointer);
    }

    private static (string, string) SetNested(JsonObject project, string parent, string property, JsonNode value, string code, string pointer)
    {
        project[parent]![property] = value;
        return (code, pointer);
    }
}
