using System;
using System.Globalization;
using System.IO;
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
}
