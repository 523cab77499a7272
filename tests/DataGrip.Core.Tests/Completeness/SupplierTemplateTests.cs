using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using DataGrip.Core.Completeness;
using DataGrip.Core.Model;
using DataGrip.Core.Tests.Support;

namespace DataGrip.Core.Tests.Completeness;

/// <summary>
/// The 27 real supplier templates of the Algoritmeregister (standard v1.0), hand-mapped onto the model field by field
/// (the importer is a later piece of work), scored with the default profile.
/// </summary>
public sealed class SupplierTemplateTests
{
    private static readonly string? Folder = Repository.SharedData("algoritmeregister", "templates-v1.0");

    [Fact]
    public void EveryTemplate_GetsAPlausibleExplainedScore()
    {
        if (Folder is null)
        {
            // shared/data is absent on this machine: nothing to score (the README of shared/ says tests must skip).
            Console.WriteLine("SKIPPED: ../shared/data/algoritmeregister/templates-v1.0 is not on this machine.");
            return;
        }

        var projects = Directory.GetFiles(Folder, "*.json").OrderBy(f => f, StringComparer.Ordinal)
            .SelectMany(file => JsonDocument.Parse(File.ReadAllText(file)).RootElement.EnumerateArray().Select(Map))
            .ToArray();
        var portfolio = CompletenessFixtures.Scorer().Score(new ProjectExport { Projects = [.. projects] });

        Assert.Equal(27, projects.Length);
        Assert.All(portfolio.Projects, r =>
        {
            Assert.InRange(r.Score, 10m, 80m);
            Assert.Equal(r.Score, r.Indicators.Sum(i => i.PointsEarned));
        });

        // A template has no organisation yet and no owners: those are the municipality's to fill in.
        Assert.All(portfolio.Projects, r => Assert.Contains(r.Findings, f => f.Code == "DG-C004"));
        Assert.All(portfolio.Projects, r => Assert.Contains(r.Findings, f => f.Code == "DG-C020"));
        Assert.Contains(portfolio.MostOftenMissing, m => m.Code == "DG-C015" && m.Projects == 27);

        // What the templates do fill earns its points: goal, human intervention, methods.
        Assert.All(portfolio.Projects, r => Assert.Null(r.Indicators.Single(i => i.Code == "DG-C011").Finding));
        // Most templates leave the contact to the municipality, and without one the register refuses them (DG-P005).
        Assert.All(projects.Where(p => p.Contact is null), p => Assert.Contains(RegisterPublishability.Check(p).Findings, f => f.Code == "DG-P005"));
        Console.WriteLine($"supplier templates: mean {portfolio.MeanScore}, min {portfolio.Projects.Min(r => r.Score)}, max {portfolio.Projects.Max(r => r.Score)}");
    }

    private static DataProject Map(JsonElement row)
    {
        string? Text(string name) => row.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        IEnumerable<JsonElement> Items(string name) => row.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray() : [];

        var themes = Items("category").Select(c => RegisterLabels.TryParseTheme(c.GetString(), out var t) ? t : (Theme?)null).OfType<Theme>().Distinct().ToArray();
        var status = RegisterLabels.TryParseStatus(Text("status"), out var s) ? s : (RegisterStatus?)null;
        var category = RegisterLabels.TryParseCategory(Text("publication_category"), out var c2) ? c2 : (PublicationCategory?)null;
        var sources = Items("source_data_grouping").Select(g => new DataSource { Title = g.GetProperty("title").GetString()!.Trim(), Link = g.TryGetProperty("link", out var l) ? l.GetString()?.Trim() : null }).ToList();
        if (sources.Count == 0 && Text("source_data") is { } sourceText)
        {
            sources.Add(new DataSource { Title = "Gegevens (zie beschrijving)" });
        }

        return new DataProject
        {
            Id = Text("id")!,
            Name = Text("name")!,
            ShortDescription = Text("description_short"),
            Organization = new Organization { Name = Text("organization") ?? "(in te vullen door de gemeente)" },
            Themes = [.. themes],
            Contact = Text("contact_email"),
            Language = Text("lang") == "NLD" ? ContentLanguage.Nld : null,
            Suppliers = Text("provider") is { } provider ? [new Supplier { Name = provider }] : [],
            Lifecycle = new Lifecycle { Phase = status switch { RegisterStatus.InUse => Phase.Production, RegisterStatus.InDevelopment => Phase.Development, RegisterStatus.OutOfUse => Phase.Ended, _ => null } },
            Purpose = new Purpose { GoalAndImpact = Text("goal"), Proportionality = Text("proportionality") },
            Legal = new LegalBasis
            {
                LawfulBasis = Text("lawful_basis"),
                References = [.. Items("lawful_basis_grouping").Select(g => new LegalReference { Title = g.GetProperty("title").GetString()!.Trim(), Link = g.TryGetProperty("link", out var l) ? l.GetString()?.Trim() : null })],
            },
            Data = new DataProfile { Sources = [.. sources] },
            Technique = new Technique { MethodsAndModels = Text("methods_and_models"), PublicCodeUrl = Text("publiccode") },
            Oversight = new Oversight { HumanIntervention = Text("human_intervention") },
            Risk = new RiskProfile { PublicationCategory = category, Risks = Text("risks") is { } risks ? [new IdentifiedRisk { Name = "Risicobeheer", Description = risks }] : [] },
            Transparency = new Transparency { PublicPage = Text("website") },
            Record = new RecordInfo { Provenance = Provenance.SupplierTemplate, Source = Text("id") },
        };
    }
}
