using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using DataGrip.Core.Model;
using DataGrip.Core.Serialization;
using DataGrip.Core.Tests.Support;
using DataGrip.Sample;

namespace DataGrip.Core.Tests.Sample;

public sealed class OverlapCommandTests : CliTestBase
{
    private static DataProject ScanCar(string id, string municipality, string code, string name) => new()
    {
        Id = id,
        Name = name,
        ShortDescription = "Scanauto's lezen kentekens van geparkeerde auto's en controleren of er voor het parkeren betaald is.",
        Organization = new Organization { Name = municipality, Code = code },
        Data = new DataProfile { Sources = [new DataSource { Title = "Nationaal Parkeerregister" }, new DataSource { Title = "BRP" }] },
    };

    [Fact]
    public void Overlap_PrintsThePairsWithKindAndExplanation_InDutchByDefault()
    {
        var path = Export(ScanCar("denhaag", "Gemeente Den Haag", "GM0518", "Scanauto kentekenherkenning"), ScanCar("utrecht", "Gemeente Utrecht", "GM0344", "Parkeerhandhaving; Inzet scanauto's"), Samples.Project());

        var (exit, output, error) = Run("overlap", path);

        Assert.Equal(Cli.Valid, exit);
        Assert.Equal(string.Empty, error);
        Assert.Contains("Score  Soort           Project", output, StringComparison.Ordinal);
        Assert.Contains("hergebruikkans", output, StringComparison.Ordinal);
        Assert.Contains("beide gebruiken", output, StringComparison.Ordinal);
        Assert.Contains("export.json: 3 projecten, 1 paar getoond (1 boven drempel 0,16), 1 groep.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Overlap_JsonInEnglish_WithThresholdAndTop()
    {
        var path = Export(ScanCar("a", "Gemeente Den Haag", "GM0518", "Scanauto kentekenherkenning"), ScanCar("b", "Gemeente Utrecht", "GM0344", "Scanauto parkeren"), ScanCar("c", "Gemeente Tilburg", "GM0855", "Scanauto kentekens"));

        var (exit, output, _) = Run("overlap", path, "--format", "json", "--lang", "en", "--threshold", "0.3", "--top", "1");

        Assert.Equal(Cli.Valid, exit);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(0.3, root.GetProperty("threshold").GetDouble());
        Assert.Equal(3, root.GetProperty("pairsAboveThreshold").GetInt32());
        // --top 1: each project's best pair; three projects whose best partners differ give two pairs.
        var pairs = root.GetProperty("pairs").EnumerateArray().ToList();
        Assert.InRange(pairs.Count, 1, 2);
        var pair = pairs[0];
        Assert.Equal("reuseOpportunity", pair.GetProperty("kind").GetString());
        Assert.Contains("both use BRP and Nationaal Parkeerregister", pair.GetProperty("explanation").GetString(), StringComparison.Ordinal);
        Assert.Contains(pair.GetProperty("contributions").EnumerateArray(), c => c.GetProperty("signal").GetString() == "text");
        Assert.Equal(3, Assert.Single(root.GetProperty("groups").EnumerateArray()).GetProperty("ids").GetArrayLength());
    }

    [Fact]
    public void Overlap_LargeInput_ShowsAProgressBar_OnATerminalOnly()
    {
        var path = Export([.. Enumerable.Range(0, OverlapCommand.ProgressFrom).Select(i => ScanCar("p" + i, "Gemeente Utrecht", "GM0344", "Project " + (i % 97)))]);

        var (exit, _, error) = Run(new Screen(80, Colour: true, Interactive: true), "overlap", path, "--lang", "en", "--top", "1");
        var (redirectedExit, redirectedOut, redirected) = Run("overlap", path, "--lang", "en", "--top", "1");

        Assert.Equal(Cli.Valid, exit);
        Assert.Contains("\rcomparing [####################] 100% (2000/2000)", error, StringComparison.Ordinal);
        Assert.Equal(Cli.Valid, redirectedExit);
        Assert.Equal(string.Empty, redirected);
        Assert.DoesNotContain('\r', redirectedOut);
        Assert.DoesNotContain('\u001b', redirectedOut);
    }

    [Theory]
    [InlineData("--threshold", "0")]
    [InlineData("--threshold", "abc")]
    [InlineData("--top", "0")]
    [InlineData("--top", "-1")]
    [InlineData("--format", "xml")]
    public void Overlap_BadOptions_ExitTwoWithUsage(string option, string value)
    {
        var (exit, _, error) = Run("overlap", Export(Samples.Project()), option, value);

        Assert.Equal(Cli.UsageOrIo, exit);
        Assert.Contains("Gebruik: datagrip overlap <bestand> [opties]", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Overlap_MissingOrBrokenFile_IsReported()
    {
        var broken = Path.Combine(Folder, "broken.json");
        System.IO.File.WriteAllText(broken, "{\"schemaVersion\":\"1.0\",\"projects\":[");

        var missing = Run("overlap", Path.Combine(Folder, "nope.json"));
        var unreadable = Run("overlap", broken, "--lang", "en");
        var none = Run("overlap");

        Assert.Equal(Cli.UsageOrIo, missing.Exit);
        Assert.Contains("het bestand bestaat niet", missing.Err, StringComparison.Ordinal);
        Assert.Equal(Cli.Invalid, unreadable.Exit);
        Assert.Contains("cannot be read; check it with 'validate'", unreadable.Err, StringComparison.Ordinal);
        Assert.Equal(Cli.UsageOrIo, none.Exit);
        Assert.Contains("'overlap' vraagt een bestand.", none.Err, StringComparison.Ordinal);
    }
}
