using System;
using System.IO;
using System.Linq;
using DataGrip.Core.Interop;
using DataGrip.Core.Model;
using DataGrip.Core.Schema;
using DataGrip.Core.Serialization;
using DataGrip.Core.Tests.Support;

namespace DataGrip.Core.Tests.Interop;

/// <summary>The real register data in ../shared/data/algoritmeregister (skipped when it is not on this machine).</summary>
public sealed class RealRegisterDataTests
{
    private static readonly string? Export2022 = Repository.SharedData("algoritmeregister", "register-export-2022-12-08.json");
    private static readonly string? Templates = Repository.SharedData("algoritmeregister", "templates-v1.0");

    [Fact]
    public void Export2022_Imports96RegistrationsAndReportsTheThreeHeaderAndTemplateRows()
    {
        if (Export2022 is null)
        {
            Console.WriteLine("SKIPPED: ../shared/data/algoritmeregister/register-export-2022-12-08.json is not on this machine.");
            return;
        }

        using var stream = File.OpenRead(Export2022);
        var result = new AlgoritmeregisterImporter().Import(stream, new ImportOptions { SourceName = "register-export-2022-12-08.json" });

        Assert.Equal(RegisterFileFormat.Json, result.Format);
        Assert.Equal(99, result.RowsRead);
        // Rows 1 and 2 are the header rows ("required", the Dutch labels); row 3 is the template's help-text row
        // ("De naam die gebruikt wordt om dit algoritme aan te duiden."): 96 real registrations remain.
        var skipped = result.Findings.Where(f => f.Code == InteropCodes.HeaderRowSkipped).Select(f => f.Pointer).ToArray();
        Assert.Equal(["/0", "/1", "/2"], skipped);
        Assert.Equal(3, result.RowsSkipped);
        Assert.Equal(96, result.Export.Projects.Length);
        Assert.All(result.Export.Projects, p => Assert.Equal(Provenance.Import, p.Record!.Provenance));
        Assert.Equal(96, result.Export.Projects.Select(p => p.Id).Distinct().Count());

        var report = new ExportValidator().Validate(DataGripJson.WriteExport(result.Export));
        Assert.DoesNotContain(report.Findings, f => f.Severity == DataGrip.Core.Severity.Error);

        // Every value of every imported row is accounted for: mapped, normalised, kept as extension or empty.
        Assert.All(result.Fields, f => Assert.Equal(96, f.Mapped + f.Normalised + f.KeptAsExtension + f.Skipped));

        // Every value that could not be mapped is in its project's extensions, unchanged.
        using var original = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Export2022));
        var byId = result.Export.Projects.ToDictionary(p => p.Id);
        foreach (var finding in result.Findings.Where(f => f.Code is InteropCodes.KeptAsExtension or InteropCodes.ValueTooLong))
        {
            var parts = finding.Pointer.Split('/');
            var row = int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
            var project = byId[$"ar-{row + 1:D4}"];
            var kept = project.Extensions["x-algoritmeregister-" + parts[2].ToLowerInvariant()];
            Assert.Equal(original.RootElement[row].GetProperty(parts[2]).GetRawText(), kept.GetRawText());
        }

        // The organisations: the municipalities get their CBS code, the ministries their type.
        Assert.Equal(75, result.Export.Projects.Count(p => p.Organization.Code is not null));
        Assert.Equal(21, result.Export.Projects.Count(p => p.Organization.Type == OrganizationType.Ministerie));

        foreach (var field in result.Fields)
        {
            Console.WriteLine($"{field.Field,-24} mapped {field.Mapped,3}  normalised {field.Normalised,3}  extension {field.KeptAsExtension,3}  skipped {field.Skipped,3}");
        }

        foreach (var group in result.Findings.GroupBy(f => f.Code).OrderBy(g => g.Key))
        {
            Console.WriteLine($"{group.Key}: {group.Count()}  e.g. {group.First()}");
        }
    }

    [Fact]
    public void EverySupplierTemplate_ImportsWithoutErrorsAndValidates()
    {
        if (Templates is null)
        {
            Console.WriteLine("SKIPPED: ../shared/data/algoritmeregister/templates-v1.0 is not on this machine.");
            return;
        }

        var importer = new AlgoritmeregisterImporter();
        var projects = Directory.GetFiles(Templates, "*.json").OrderBy(f => f, StringComparer.Ordinal)
            .SelectMany(file =>
            {
                var result = importer.Import(File.ReadAllText(file), new ImportOptions { SourceName = Path.GetFileName(file) });
                Assert.False(result.HasErrors, file);
                Assert.All(result.StandardVersions.Keys, v => Assert.Equal("1.0", v));
                return result.Export.Projects;
            })
            .ToArray();

        Assert.Equal(27, projects.Length);
        Assert.All(projects, p => Assert.Equal(Provenance.SupplierTemplate, p.Record!.Provenance));
        var report = new ExportValidator().Validate(DataGripJson.WriteExport(new ProjectExport { Projects = [.. projects] }));
        Assert.DoesNotContain(report.Findings, f => f.Severity == DataGrip.Core.Severity.Error);
    }
}
