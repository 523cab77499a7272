using System;
using System.Globalization;
using System.IO;
using DataGrip.Core.Analysis;
using DataGrip.Core.Model;
using DataGrip.Core.Schema;
using DataGrip.Core.Serialization;
using DataGrip.Core.Tests.Support;

namespace DataGrip.Core.Tests.Docs;

/// <summary>The "Using the library" snippet of README.md, kept compiling and working. Change both together.</summary>
public sealed class ReadmeExampleTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("datagrip-readme-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void UsingTheLibrary_Snippet_Works()
    {
        var previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = directory;
        try
        {
            File.WriteAllText("export.json", DataGripJson.WriteExport(Samples.Export(Samples.Project("a"), Samples.Project("a"))));
            var messages = new StringWriter();

            // --- README snippet (Console.WriteLine captured as messages.WriteLine) ---
            var validator = new ExportValidator();                                   // make once, reuse: thread-safe
            using (var stream = File.OpenRead("export.json"))
            {
                ValidationReport report = validator.Validate(stream);                // schema + semantic checks
                foreach (Finding f in report.Findings) messages.WriteLine(f.GetMessage(new CultureInfo("nl-NL")));
            }

            ProjectExport export = DataGripJson.ReadExport(File.ReadAllText("export.json")).GetValueOrThrow();
            File.WriteAllText("public.json", DataGripJson.WriteExport(export, JsonWriteOptions.Public));
            // --- end of snippet ---

            Assert.Contains("wordt ook gebruikt door het project op /projects/0", messages.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("s.bakker@utrecht.nl", File.ReadAllText("public.json"), StringComparison.Ordinal);
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }
    }

    [Fact]
    public void EveryAnalysisInOneCall_Snippet_Works()
    {
        var previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = directory;
        try
        {
            File.WriteAllText("export.json", DataGripJson.WriteExport(Samples.Export(Samples.Project("utrecht-vroegsignalering"), Samples.Project("b"))));
            var messages = new StringWriter();
            ProjectAnalysis? found = null;

            // --- README snippet (Console.WriteLine captured as messages.WriteLine) ---
            var analyzer = new ProjectAnalyzer();                                    // or take it from AddDataGrip(); thread-safe
            if (DataGripJson.ReadExport(File.ReadAllText("export.json")).TryGetValue(out ProjectExport? portfolio))
            {
                ExportAnalysis analysis = analyzer.Analyze(portfolio);               // completeness, publishability, risk, 5 neighbours
                foreach (ProjectAnalysis project in analysis.Projects)
                {
                    messages.WriteLine($"{project.ProjectId} ({project.Pointer}): {project.Completeness!.Score} punten, "
                        + $"impactniveau {project.Risk!.Impact.Level}, {project.Neighbours.Length} vergelijkbare projecten");
                    foreach (Finding f in project.Findings) messages.WriteLine($"  {f.Code} {f.Pointer}: {f.GetMessage(new CultureInfo("nl-NL"))}");
                }

                ProjectAnalysis? one = analysis.Find("utrecht-vroegsignalering");      // by id, no index juggling
                found = one;
            }
            // --- end of snippet ---

            var text = messages.ToString();
            Assert.Contains("utrecht-vroegsignalering (/projects/0): ", text, StringComparison.Ordinal);
            Assert.Contains("b (/projects/1): ", text, StringComparison.Ordinal);
            Assert.Contains("  DG-C", text, StringComparison.Ordinal);
            Assert.Contains("  DG-R", text, StringComparison.Ordinal);
            Assert.Contains(" /projects/1/", text, StringComparison.Ordinal);
            Assert.Equal("/projects/0", found!.Pointer);
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }
    }

    [Fact]
    public void ThePackageReadme_IsShort_ShowsTheTestedSnippets_AndLinksNoRepositoryPath()
    {
        // nuget.org shows the package's README.md (src/DataGrip.Core/PACKAGE.md) without the repository around it,
        // so a relative link would be broken there, and its code must be the snippets tested above.
        var package = File.ReadAllText(Repository.PathOf("src", "DataGrip.Core", "PACKAGE.md"));
        var readme = File.ReadAllText(Repository.PathOf("README.md"));
        var blocks = System.Text.RegularExpressions.Regex.Matches(package, "```csharp\n.*?```", System.Text.RegularExpressions.RegexOptions.Singleline);

        Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(package), 1_000, 6_000);
        Assert.Equal(2, blocks.Count);
        Assert.All(blocks, block => Assert.Contains(block.Value, readme, StringComparison.Ordinal));
        Assert.DoesNotMatch(@"\]\((?!https?:)", package);
    }
}
