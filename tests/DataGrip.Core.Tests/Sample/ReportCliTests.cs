using System.IO;
using DataGrip.Core.Tests.Support;

namespace DataGrip.Core.Tests.Sample;

/// <summary>The console's <c>report</c> command as a person runs it: a file written, and exit codes that say what went wrong.</summary>
public sealed class ReportCliTests : CliTestBase
{
    [Fact]
    public void Report_WritesOneHtmlFile_AndSaysWhere()
    {
        var target = Path.Combine(Folder, "grip.html");

        var (exit, output, _) = Run("report", Export(Samples.Project()), "-o", target, "--as-of", "2026-12-01", "--lang", "nl");

        Assert.Equal(0, exit);
        Assert.StartsWith("<!DOCTYPE html>", System.IO.File.ReadAllText(target), System.StringComparison.Ordinal);
        Assert.Contains(target, output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Report_OfADirectory_IsAnInputError_SaidInDutch()
    {
        var (exit, _, error) = Run("report", Folder, "-o", Path.Combine(Folder, "x.html"), "--lang", "nl");

        Assert.Equal(2, exit);
        Assert.Contains("dit is een map, geen bestand", error, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Report_OfAnInvalidExport_HasExitCode1_AndWritesNothing()
    {
        var target = Path.Combine(Folder, "x.html");

        var (exit, output, error) = Run("report", File("bad.json", "{\"schemaVersion\":\"1.0\",\"projects\":["), "-o", target);

        Assert.Equal(1, exit);
        Assert.Contains("DG-S001", output + error, System.StringComparison.Ordinal);
        Assert.False(System.IO.File.Exists(target));
    }

    [Fact]
    public void Report_WithAnInvalidFramework_ExitsTwo_LikeRisk_AndWritesNothing()
    {
        var target = Path.Combine(Folder, "x.html");
        var framework = Repository.PathOf("samples/data/frameworks/invalid.json");

        var (report, _, reportError) = Run("report", Export(Samples.Project()), "-o", target, "--framework", framework, "--lang", "en");
        var (risk, _, _) = Run("risk", Export(Samples.Project()), "--framework", framework);

        Assert.Equal(2, report);
        Assert.Equal(risk, report);
        Assert.Contains("/councilDecisionAbove", reportError, System.StringComparison.Ordinal);
        Assert.Contains("is not a valid risk framework:", reportError, System.StringComparison.Ordinal);
        Assert.False(System.IO.File.Exists(target));
    }

    [Theory]
    [InlineData("html", true)]
    [InlineData("json", false)]
    [InlineData("csv", false)]
    public void Report_SaysToOpenABrowser_OnlyForHtml(string format, bool browser)
    {
        var target = Path.Combine(Folder, "grip." + format);

        var (exit, output, _) = Run("report", Export(Samples.Project()), "-o", target, "--format", format, "--as-of", "2026-12-01", "--lang", "nl");

        Assert.Equal(0, exit);
        Assert.Contains("Rapport geschreven: ", output, System.StringComparison.Ordinal);
        Assert.Equal(browser, output.Contains("webbrowser", System.StringComparison.Ordinal));
    }
}
