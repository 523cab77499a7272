using System;
using System.IO;
using System.Text.Json;
using DataGrip.Core.Serialization;
using DataGrip.Core.Tests.Support;
using DataGrip.Sample;

namespace DataGrip.Core.Tests.Sample;

public sealed class InteropCliTests : CliTestBase
{
    private const string Register = """
        [
          {"name": "required", "organization": "required"},
          {"name": "Parkeerscan", "organization": "gemeente utrecht", "status": "Actief", "category": "{\"Verkeer\"}", "mprd": "Ja",
           "description_short": "Een scanauto controleert parkeren.", "contact_email": "algoritmes@utrecht.nl"}
        ]
        """;

    [Fact]
    public void Import_WritesAnExportAndSummarisesPerField()
    {
        var source = File("register.json", Register);
        var target = Path.Combine(Folder, "export.json");

        var (exit, output, _) = Run("import", source, "--from", "algoritmeregister", "-o", target, "--lang", "en");

        Assert.Equal(Cli.Valid, exit);
        Assert.Contains("register.json: JSON, 2 rows, 1 project, 1 skipped; standard versions: 0.1 (1)", output, StringComparison.Ordinal);
        Assert.Matches(@"status\s+0\s+1\s+0\s+0", output);
        Assert.Matches(@"mprd\s+0\s+0\s+1\s+0", output);
        Assert.Contains("DG-I010 info", output, StringComparison.Ordinal);
        var export = DataGripJson.ReadExport(System.IO.File.ReadAllText(target)).GetValueOrThrow();
        Assert.Equal("GM0344", Assert.Single(export.Projects).Organization.Code);
    }

    [Fact]
    public void Import_NotRegisterData_ExitsTwoAndWritesNothing()
    {
        var source = File("notes.txt", "zomaar wat tekst");
        var target = Path.Combine(Folder, "export.json");

        var (exit, output, _) = Run("import", source, "-o", target);

        Assert.Equal(Cli.UsageOrIo, exit);
        Assert.Contains("DG-I001", output, StringComparison.Ordinal);
        Assert.False(System.IO.File.Exists(target));
    }

    [Fact]
    public void Import_UnknownSourceOrMissingFile_AreUsageErrors()
    {
        Assert.Equal(Cli.UsageOrIo, Run("import", "x.json", "--from", "atrs").Exit);
        Assert.Equal(Cli.UsageOrIo, Run("import").Exit);
        Assert.Equal(Cli.UsageOrIo, Run("import", Path.Combine(Folder, "missing.json")).Exit);
    }

    [Fact]
    public void ExportAlgoritmeregister_WritesOnePayloadPerProjectIntoADirectory()
    {
        var export = File("export.json", DataGripJson.WriteExport(Samples.Export(Samples.Project("a"), Samples.Project("b"))));
        var target = Path.Combine(Folder, "out") + Path.DirectorySeparatorChar;

        var (exit, output, _) = Run("export-algoritmeregister", export, "-o", target, "--lang", "en");

        Assert.True(System.IO.File.Exists(Path.Combine(target, "a.json")));
        var payload = JsonDocument.Parse(System.IO.File.ReadAllText(Path.Combine(target, "b.json"))).RootElement;
        Assert.Equal("1.0", payload.GetProperty("standard_version").GetString());
        Assert.Contains("2 registrations written to", output, StringComparison.Ordinal);
        Assert.Equal(output.Contains("0 still miss", StringComparison.Ordinal) ? Cli.Valid : Cli.Invalid, exit);
    }

    [Fact]
    public void ExportAlgoritmeregister_ToAFile_WritesAnArrayAndFlagsMissingRequiredFields()
    {
        var source = File("register.json", "[{\"name\": \"Zonder status\", \"organization\": \"Gemeente Utrecht\"}]");
        var exported = Path.Combine(Folder, "export.json");
        Assert.Equal(Cli.Valid, Run("import", source, "-o", exported).Exit);
        var target = Path.Combine(Folder, "payloads.json");

        var (exit, output, _) = Run("export-algoritmeregister", exported, "-o", target);

        Assert.Equal(Cli.Invalid, exit);
        Assert.Equal(1, JsonDocument.Parse(System.IO.File.ReadAllText(target)).RootElement.GetArrayLength());
        Assert.Contains("DG-I201 fout", output, StringComparison.Ordinal);
        Assert.Contains("0 klaar om aan te leveren, 1 mist nog verplichte velden.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void ExportAlgoritmeregister_WithoutTarget_IsAUsageError() =>
        Assert.Equal(Cli.UsageOrIo, Run("export-algoritmeregister", "x.json").Exit);
}
