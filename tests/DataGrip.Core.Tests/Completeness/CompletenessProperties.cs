using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using DataGrip.Core.Completeness;
using DataGrip.Core.Model;
using DataGrip.Core.Serialization;
using DataGrip.Core.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static DataGrip.Core.Tests.Completeness.CompletenessFixtures;

namespace DataGrip.Core.Tests.Completeness;

/// <summary>The laws of completeness scoring, over generated projects.</summary>
public sealed class CompletenessProperties
{
    private static readonly CompletenessScorer Scorer = CompletenessFixtures.Scorer();

    /// <summary>
    /// Fillers of one missing field each, with a meaningful value. Fields that decide whether other indicators apply
    /// (phase, publication category, personal data, legal effects) are left out on purpose: filling them can make
    /// more indicators apply, which lowers the percentage — that is the applicability rule, not a lost point.
    /// </summary>
    private static readonly (string Field, Func<DataProject, DataProject?> Fill)[] Fillers =
    [
        ("shortDescription", p => p.ShortDescription is null ? p with { ShortDescription = "Een korte, duidelijke omschrijving." } : null),
        ("description", p => p.Description is null ? p with { Description = "Een volledige beschrijving van het werkproces." } : null),
        ("kind", p => p.Kind is null ? p with { Kind = ProjectKind.Dashboard } : null),
        ("language", p => p.Language is null ? p with { Language = ContentLanguage.Nld } : null),
        ("themes", p => p.Themes.IsEmpty ? p with { Themes = [Theme.Housing] } : null),
        ("contact", p => p.Contact is null ? p with { Contact = "data@utrecht.nl" } : null),
        ("department", p => p.Department is null ? p with { Department = "Stadsontwikkeling" } : null),
        ("councilDecision", p => p.CouncilDecision is null ? p with { CouncilDecision = new CouncilDecision { Reference = "RB 1" } } : null),
        ("roles", p => p.Roles.IsEmpty ? p with { Roles = [new Role { Kind = RoleKind.PortfolioHolder }, new Role { Kind = RoleKind.ProductOwner }, new Role { Kind = RoleKind.DataProtectionOfficer }] } : null),
        ("suppliers", p => p.Suppliers.IsEmpty ? p with { Suppliers = [new Supplier { Name = "Intern ontwikkeld" }] } : null),
        ("purpose.goal", p => p.Purpose?.GoalAndImpact is null ? p with { Purpose = (p.Purpose ?? new Purpose()) with { GoalAndImpact = "Minder schulden." } } : null),
        ("purpose.problem", p => p.Purpose?.ProblemStatement is null ? p with { Purpose = (p.Purpose ?? new Purpose()) with { ProblemStatement = "Schulden lopen op." } } : null),
        ("purpose.proportionality", p => p.Purpose?.Proportionality is null ? p with { Purpose = (p.Purpose ?? new Purpose()) with { Proportionality = "Alleen wat nodig is." } } : null),
        ("purpose.values", p => p.Purpose is null || p.Purpose.PublicValues.IsEmpty ? p with { Purpose = (p.Purpose ?? new Purpose()) with { PublicValues = ["privacy"] } } : null),
        ("purpose.strategy", p => p.Purpose is null || p.Purpose.StrategyObjectives.IsEmpty ? p with { Purpose = (p.Purpose ?? new Purpose()) with { StrategyObjectives = [new StrategyLink { Objective = "Datagedreven werken" }] } } : null),
        ("legal.basis", p => p.Legal?.LawfulBasis is null ? p with { Legal = (p.Legal ?? new LegalBasis()) with { LawfulBasis = "Participatiewet." } } : null),
        ("technique.methods", p => p.Technique?.MethodsAndModels is null ? p with { Technique = (p.Technique ?? new Technique()) with { MethodsAndModels = "Beslisregels." } } : null),
        ("oversight.human", p => p.Oversight?.HumanIntervention is null ? p with { Oversight = (p.Oversight ?? new Oversight()) with { HumanIntervention = "Een medewerker beslist." } } : null),
        ("oversight.monitoring", p => p.Oversight?.Monitoring is null ? p with { Oversight = (p.Oversight ?? new Oversight()) with { Monitoring = "Maandelijks." } } : null),
        ("transparency.page", p => p.Transparency?.PublicPage is null ? p with { Transparency = (p.Transparency ?? new Transparency()) with { PublicPage = "https://www.utrecht.nl/p" } } : null),
        ("transparency.audits", p => p.Transparency is null || p.Transparency.Audits.IsEmpty ? p with { Transparency = (p.Transparency ?? new Transparency()) with { Audits = [new Audit { By = "Rekenkamer" }] } } : null),
        ("lifecycle.nextReview", p => p.Lifecycle is { NextReview: null } ? p with { Lifecycle = p.Lifecycle with { NextReview = new PartialDate(2027, 1) } } : null),
        ("lifecycle.lastReviewed", p => p.Lifecycle is { LastReviewed: null } ? p with { Lifecycle = p.Lifecycle with { LastReviewed = new PartialDate(2026, 11) } } : null),
    ];

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 100)]
    public void ScoreAndSubScores_AreWithinBounds_AndPointsAddUpExactly(ProjectExport export)
    {
        foreach (var result in Scorer.Score(export).Projects)
        {
            Assert.InRange(result.Score, 0m, 100m);
            Assert.All(Enum.GetValues<Perspective>(), p => Assert.InRange(result.ScoreOf(p) ?? 0m, 0m, 100m));
            Assert.Equal(result.Score, result.Indicators.Sum(i => i.PointsEarned));
            Assert.Equal(100m, result.Indicators.Sum(i => i.PointsPossible));
            Assert.All(result.Indicators, i => Assert.InRange(i.PointsEarned, 0m, i.PointsPossible));
            Assert.Equal(CompletenessResult.BandOf(result.Score), result.Band);
        }
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 100)]
    public void FillingAMissingField_NeverLowersTheScore(ProjectExport export)
    {
        foreach (var project in export.Projects)
        {
            var before = Scorer.Score(project).Score;
            foreach (var (field, fill) in Fillers)
            {
                if (fill(project) is { } filled)
                {
                    var after = Scorer.Score(filled).Score;
                    Assert.True(after >= before, $"Filling {field} lowered the score of {project.Id} from {before} to {after}.");
                }
            }
        }
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 60)]
    public void Result_DoesNotDependOnTheOrderOfProjectsPropertiesOrIndicators(ProjectExport export)
    {
        var expected = Scorer.Score(export).Projects.ToDictionary(r => r.ProjectId, Describe);

        var reversed = Scorer.Score(export with { Projects = [.. export.Projects.Reverse()] });
        var reordered = CompletenessFixtures.Scorer(CompletenessProfile.Default.With(added: [])).Score(ReorderProperties(export));

        Assert.All(reversed.Projects, r => Assert.Equal(expected[r.ProjectId], Describe(r)));
        Assert.All(reordered.Projects, r => Assert.Equal(expected[r.ProjectId], Describe(r)));
        Assert.Equal(Scorer.Score(export).MeanScore, reversed.MeanScore);
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 60)]
    public void SameInput_GivesSameOutput(ProjectExport export)
    {
        var first = Scorer.Score(export).Projects.Select(Describe).ToArray();
        var second = CompletenessFixtures.Scorer().Score(export).Projects.Select(Describe).ToArray();

        Assert.Equal(first, second);
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 60)]
    public void AProjectInAnExport_HasTheFindingsItHasAlone_WithItsPointerInFront(ProjectExport export)
    {
        var portfolio = Scorer.Score(export);
        for (var i = 0; i < export.Projects.Length; i++)
        {
            var prefix = "/projects/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var alone = Scorer.Score(export.Projects[i]).Findings.Select(f => f with { Pointer = prefix + f.Pointer }).ToArray();
            var inExport = portfolio.Projects[i].Findings.ToArray();

            Assert.Equal(alone, inExport);
            Assert.Equal(alone.Select(f => f.MessageDutch + f.MessageEnglish), inExport.Select(f => f.MessageDutch + f.MessageEnglish));
        }
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 60)]
    public void ThePortfolioFigures_AreThoseOfItsProjects(ProjectExport export)
    {
        var portfolio = Scorer.Score(export);
        var results = portfolio.Projects;

        Assert.Equal(results.Length == 0 ? 0 : Math.Round(results.Average(r => r.Score), 4), portfolio.MeanScore);
        Assert.All(Enum.GetValues<CompletenessBand>(), b => Assert.Equal(results.Count(r => r.Band == b), portfolio.Bands[b]));
        foreach (var perspective in Enum.GetValues<Perspective>())
        {
            var scores = results.Select(r => r.ScoreOf(perspective)).Where(s => s is not null).Select(s => s!.Value).OrderBy(s => s).ToArray();
            var figures = portfolio.Perspectives[perspective];
            Assert.Equal(scores.Length, figures.Count);
            if (scores.Length > 0)
            {
                Assert.Equal((Math.Round(scores.Average(), 4), scores[0], scores[^1]), (figures.Mean, figures.Min, figures.Max));
                Assert.True(figures.Min <= figures.Median && figures.Median <= figures.Max);
                Assert.Equal(scores.Length, figures.Bands.Values.Sum());
            }
        }

        var missed = results.SelectMany(r => r.Indicators.Where(i => i.Applies && i.PointsEarned < i.PointsPossible).Select(i => i.Code))
            .GroupBy(c => c).Select(g => (g.Key, g.Count())).OrderByDescending(m => m.Item2).ThenBy(m => m.Key, StringComparer.Ordinal);
        Assert.Equal(missed, portfolio.MostOftenMissing.Select(m => (m.Code, m.Projects)));
    }

    [Fact]
    public void EveryBuiltInMessage_HasDutchAndEnglish()
    {
        var results = new[] { Sparse(), Sparse() with { Lifecycle = new Lifecycle { Phase = Phase.Ended }, Risk = new RiskProfile { PublicationCategory = PublicationCategory.HighRiskAiSystem }, Oversight = new Oversight { LegalEffects = true }, Data = new DataProfile { Sources = [new DataSource { Title = "BRP", PersonalData = PersonalDataLevel.Identified }] } } }
            .Select(p => Scorer.Score(p)).ToArray();

        var findings = results.SelectMany(r => r.Findings).ToArray();

        Assert.Equal(CompletenessProfile.BuiltIn.Select(i => i.Code).OrderBy(c => c), findings.Select(f => f.Code).Distinct().OrderBy(c => c));
        Assert.All(findings, f =>
        {
            Assert.False(string.IsNullOrWhiteSpace(f.MessageEnglish));
            Assert.False(string.IsNullOrWhiteSpace(f.MessageDutch));
            Assert.NotEqual(f.MessageEnglish, f.MessageDutch);
            Assert.StartsWith("/", f.Pointer, StringComparison.Ordinal);
        });
    }

    private static string Describe(CompletenessResult result) =>
        result.Score + "|" + string.Join(";", result.Indicators.Select(i => $"{i.Code}:{i.Applies}:{i.PointsPossible}:{i.PointsEarned}:{i.Finding?.MessageEnglish}"));

    private static ProjectExport ReorderProperties(ProjectExport export)
    {
        var node = JsonNode.Parse(DataGripJson.WriteExport(export))!;
        return DataGripJson.ReadExport(Reverse(node)!.ToJsonString()).GetValueOrThrow();
    }

    private static JsonNode? Reverse(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.ToList().AsEnumerable().Reverse().Select(p => KeyValuePair.Create(p.Key, Reverse(p.Value?.DeepClone())))),
        JsonArray array => new JsonArray(array.Select(item => Reverse(item?.DeepClone())).ToArray()),
        _ => node?.DeepClone(),
    };
}
