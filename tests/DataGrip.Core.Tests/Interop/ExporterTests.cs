using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using DataGrip.Core.Interop;
using DataGrip.Core.Model;
using DataGrip.Core.Tests.Support;

namespace DataGrip.Core.Tests.Interop;

public sealed class ExporterTests
{
    private static readonly AlgoritmeregisterExporter Exporter = new();

    private static DataProject Complete() => new()
    {
        Id = "p1",
        Name = "Parkeerscan",
        ShortDescription = "Een scanauto controleert of geparkeerde auto's betaald hebben.",
        Organization = new Organization { Name = "Gemeente Utrecht", Code = "GM0344", Type = OrganizationType.Gemeente },
        Contact = "algoritmes@utrecht.nl",
        Themes = [Theme.Traffic],
        Lifecycle = new Lifecycle { Phase = Phase.Pilot, BeginDate = new PartialDate(2021, 3, 15) },
        Risk = new RiskProfile { PublicationCategory = PublicationCategory.ImpactfulAlgorithm },
        Purpose = new Purpose { GoalAndImpact = "Sneller controleren.\n\n- minder fouten\n- meer tijd" },
    };

    [Fact]
    public void ACompleteProject_GivesASubmittablePayloadWithRegisterLabels()
    {
        var payload = Exporter.Export(Complete());
        var json = JsonDocument.Parse(payload.Json).RootElement;

        Assert.True(payload.IsSubmittable, string.Join("\n", payload.Findings));
        Assert.Empty(payload.Findings);
        Assert.Equal("In gebruik", json.GetProperty("status").GetString());
        Assert.Equal("2021-03", json.GetProperty("begin_date").GetString());
        Assert.Equal("Impactvolle algoritmes", json.GetProperty("publication_category").GetString());
        Assert.Equal("Verkeer", json.GetProperty("category")[0].GetString());
        Assert.Equal("<p>Sneller controleren.</p><ul><li>minder fouten</li><li>meer tijd</li></ul>", json.GetProperty("goal").GetString());
        Assert.Equal("nld", json.GetProperty("lang").GetString());
        Assert.Equal("1.0", json.GetProperty("standard_version").GetString());
        var names = json.EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Equal(RegisterFields.AlgorithmIn.Where(names.Contains), names); // only API fields, in the API's order
    }

    [Fact]
    public void EmptyRequiredFields_AreErrors()
    {
        var project = new DataProject { Id = "p", Name = "Alleen een naam", Organization = new Organization { Name = "Gemeente Utrecht" } };

        var payload = Exporter.Export(project);

        Assert.False(payload.IsSubmittable);
        Assert.Equal(
            new[] { "/description_short", "/status", "/contact_email", "/publication_category" },
            payload.Findings.Where(f => f.Code == InteropCodes.RequiredFieldMissing).Select(f => f.Pointer));
    }

    [Fact]
    public void TooLongTexts_AreCutToTheRegistersMaximumWithAFinding()
    {
        var project = Complete() with
        {
            Name = new string('n', 100),
            ShortDescription = string.Join(" ", Enumerable.Repeat("woord", 100)),
            Purpose = new Purpose { GoalAndImpact = string.Join("\n\n", Enumerable.Repeat("Een alinea met tekst & meer.", 200)) },
            Suppliers = [new Supplier { Name = new string('s', 150) }, new Supplier { Name = new string('t', 150) }],
        };

        var payload = Exporter.Export(project);
        var json = JsonDocument.Parse(payload.Json).RootElement;

        Assert.Equal(400, json.GetProperty("description_short").GetString()!.Length);
        Assert.EndsWith("…", json.GetProperty("description_short").GetString());
        // The register counts the text of an HTML field, not its markup.
        Assert.Equal(2500, HtmlText.ToText(json.GetProperty("goal").GetString()!).Length);
        Assert.EndsWith("…</p>", json.GetProperty("goal").GetString());
        Assert.Equal(200, json.GetProperty("provider").GetString()!.Length);
        Assert.Equal(new[] { "/description_short", "/goal", "/provider" }, payload.Findings.Where(f => f.Code == InteropCodes.TextCut).Select(f => f.Pointer));
        Assert.True(payload.IsSubmittable);
    }

    [Fact]
    public void MoreThanThreeThemes_AreAllSent_TheV10ConfigSetsNoLimit()
    {
        var payload = Exporter.Export(Complete() with { Themes = [Theme.Traffic, Theme.Work, Theme.Law, Theme.Economy] });

        Assert.Equal(4, JsonDocument.Parse(payload.Json).RootElement.GetProperty("category").GetArrayLength());
        Assert.Empty(payload.Findings);
    }

    [Fact]
    public void AnEnglishProject_CannotBeSubmitted()
    {
        var payload = Exporter.Export(Complete() with { Language = ContentLanguage.Eng });

        Assert.Equal(InteropCodes.LanguageNotAccepted, Assert.Single(payload.Findings).Code);
        Assert.False(payload.IsSubmittable);
    }

    [Fact]
    public void HtmlFields_HoldOnlyTheAllowedTags()
    {
        var project = Complete() with
        {
            Purpose = new Purpose { GoalAndImpact = "<script>x</script> a < b", Proportionality = "1. een\n2. twee" },
            Oversight = new Oversight { HumanIntervention = "regel\r\nregel" },
        };

        var json = JsonDocument.Parse(Exporter.Export(project).Json).RootElement;

        foreach (var field in new[] { "goal", "proportionality", "human_intervention" })
        {
            var tags = Regex.Matches(json.GetProperty(field).GetString()!, "</?([a-zA-Z0-9]+)").Select(m => m.Groups[1].Value).Distinct();
            Assert.All(tags, t => Assert.Contains(t, new[] { "div", "br", "p", "ul", "ol", "li" }));
        }

        Assert.Equal("<p>&lt;script&gt;x&lt;/script&gt; a &lt; b</p>", json.GetProperty("goal").GetString());
        Assert.Equal("<p>regel<br>regel</p>", json.GetProperty("human_intervention").GetString());
    }

    [Fact]
    public void UnpairedSurrogates_AreReplacedNotThrown()
    {
        var payload = Exporter.Export(Complete() with { Name = "A\ud800B", Purpose = new Purpose { GoalAndImpact = "x\udc00" } });

        var json = JsonDocument.Parse(payload.Json).RootElement;
        Assert.Equal("A\uFFFDB", json.GetProperty("name").GetString());
        Assert.Equal("<p>x\uFFFD</p>", json.GetProperty("goal").GetString());
    }

    [Fact]
    public void KeptValues_AreSentAgainForTextButNeverForEnumerationsOrDates()
    {
        var imported = Assert.Single(new AlgoritmeregisterImporter().Import(
            "[{\"name\": \"A\", \"organization\": \"Gemeente Utrecht\", \"status\": \"dat hangt ervan af\", \"begin_date\": \"ergens in 2020\", \"website\": \"zie intranet\", \"source_data\": \"<p>BRP</p>\"}]").Export.Projects);

        var payload = Exporter.Export(imported);
        var json = JsonDocument.Parse(payload.Json).RootElement;

        Assert.Equal("zie intranet", json.GetProperty("website").GetString());
        Assert.Equal("<p>BRP</p>", json.GetProperty("source_data").GetString());
        Assert.False(json.TryGetProperty("status", out _));
        Assert.False(json.TryGetProperty("begin_date", out _));
        Assert.Contains(payload.Findings, f => f.Code == InteropCodes.RequiredFieldMissing && f.Pointer == "/status");
    }

    [Fact]
    public void ExportAll_GivesOnePayloadPerProject() =>
        Assert.Equal(new[] { "a", "b" }, Exporter.ExportAll(new ProjectExport { Projects = [Complete() with { Id = "a" }, Complete() with { Id = "b" }] }).Select(p => p.ProjectId));

    [Fact]
    public void TheSampleProjects_AllExportToPayloadsWithinTheRegistersLimits()
    {
        var export = DataGrip.Core.Serialization.DataGripJson.ReadExport(System.IO.File.ReadAllText(Repository.PathOf("samples", "data", "gemeenten-export.json"))).GetValueOrThrow();
        Assert.NotEmpty(export.Projects);
        foreach (var payload in Exporter.ExportAll(export))
        {
            var json = JsonDocument.Parse(payload.Json).RootElement;
            foreach (var property in json.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String))
            {
                if (RegisterFields.MaxLength.TryGetValue(property.Name, out var max))
                {
                    Assert.True(property.Value.GetString()!.Length <= max, $"{payload.ProjectId}/{property.Name}");
                }
            }
        }
    }
}
