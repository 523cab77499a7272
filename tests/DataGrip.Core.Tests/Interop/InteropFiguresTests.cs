using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using DataGrip.Core.Interop;
using DataGrip.Core.Tests.Support;

namespace DataGrip.Core.Tests.Interop;

/// <summary>
/// The figures of the closing note of issue 15: per source (the 2022 export, the 27 templates) the values mapped,
/// normalised, kept and read from prose, and how many payloads carry each v1.0 field. Run with
/// <c>dotnet test --filter InteropFiguresTests --logger "console;verbosity=detailed"</c>.
/// </summary>
public sealed class InteropFiguresTests
{
    [Fact]
    public void Figures_ForThe2022ExportAndTheTemplates()
    {
        var export = Repository.SharedData("algoritmeregister", "register-export-2022-12-08.json");
        var templates = Repository.SharedData("algoritmeregister", "templates-v1.0");
        if (export is null || templates is null)
        {
            Console.WriteLine("SKIPPED: ../shared/data/algoritmeregister is not on this machine.");
            return;
        }

        var importer = new AlgoritmeregisterImporter();
        using var stream = File.OpenRead(export);
        var sources = new List<(string Name, ImportResult Result, int Rows, int Prose)>
        {
            ("2022 export", importer.Import(stream), 96, 30),
        };
        var templateResults = Directory.GetFiles(templates, "*.json").OrderBy(f => f, StringComparer.Ordinal).Select(f => importer.Import(File.ReadAllText(f))).ToList();
        var merged = new ImportResult
        {
            Export = new DataGrip.Core.Model.ProjectExport { Projects = [.. templateResults.SelectMany(r => r.Export.Projects)] },
            Findings = [.. templateResults.SelectMany(r => r.Findings)],
            Fields = [.. templateResults.SelectMany(r => r.Fields).GroupBy(f => f.Field).Select(g => new FieldStatistics
            {
                Field = g.Key, Mapped = g.Sum(f => f.Mapped), Normalised = g.Sum(f => f.Normalised), KeptAsExtension = g.Sum(f => f.KeptAsExtension), Skipped = g.Sum(f => f.Skipped),
            })],
        };
        sources.Add(("27 templates", merged, 27, 2));

        var exporter = new AlgoritmeregisterExporter();
        foreach (var (name, result, rows, expectedProse) in sources)
        {
            Assert.Equal(rows, result.Export.Projects.Length);
            var prose = result.Export.Projects.Sum(p => p.Data?.Sources.Count(s => s.ReadFromText == true) ?? 0);
            Assert.Equal(expectedProse, prose);
            Console.WriteLine($"{name}: values mapped {result.Fields.Sum(f => f.Mapped)}, normalised {result.Fields.Sum(f => f.Normalised)}, kept {result.Fields.Sum(f => f.KeptAsExtension)}, sources read from prose {prose}");
            foreach (var project in result.Export.Projects.Where(p => p.Data?.Sources.Any(s => s.ReadFromText == true) == true))
            {
                Console.WriteLine($"  {project.Id}: " + string.Join("; ", project.Data!.Sources.Where(s => s.ReadFromText == true).Select(s => s.Title + (s.BaseRegistry is { } b ? " (" + b + ")" : string.Empty))));
            }

            var carried = RegisterFields.AlgorithmIn.ToDictionary(f => f, _ => 0);
            foreach (var project in result.Export.Projects)
            {
                using var payload = JsonDocument.Parse(exporter.Export(project).Json);
                foreach (var property in payload.RootElement.EnumerateObject())
                {
                    carried[property.Name]++;
                }
            }

            Console.WriteLine($"{name}: payloads carrying each field: " + string.Join(", ", carried.Select(c => c.Key + " " + c.Value)));
            Assert.Equal(rows, carried["name"]);
        }
    }
}
