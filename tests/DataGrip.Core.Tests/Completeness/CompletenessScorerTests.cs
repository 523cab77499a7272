using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DataGrip.Core.Completeness;
using DataGrip.Core.Model;
using static DataGrip.Core.Tests.Completeness.CompletenessFixtures;

namespace DataGrip.Core.Tests.Completeness;

public sealed class CompletenessScorerTests
{
    private static IndicatorResult Indicator(CompletenessResult result, string code) => result.Indicators.Single(i => i.Code == code);

    [Fact]
    public void CompleteProject_Scores100_Excellent_WithoutFindings()
    {
        var result = Scorer().Score(Complete());

        Assert.Equal(100m, result.Score);
        Assert.Equal(CompletenessBand.Excellent, result.Band);
        Assert.Empty(result.Findings);
        Assert.All(Enum.GetValues<Perspective>(), p => Assert.Equal(100m, result.ScoreOf(p)));
    }

    [Fact]
    public void SparseProject_ScoresLow_AndSaysWhatIsMissing()
    {
        var result = Scorer().Score(Sparse());

        Assert.Equal(CompletenessBand.Insufficient, result.Band);
        Assert.True(result.Score < 10, result.Score.ToString());
        var goal = Indicator(result, "DG-C011").Finding!;
        Assert.Equal("/purpose/goalAndImpact", goal.Pointer);
        Assert.Equal("The goal and impact are missing or a placeholder.", goal.MessageEnglish);
        Assert.Equal("Het doel en de impact ontbreken of zijn een opvultekst.", goal.MessageDutch);
    }

    [Fact]
    public void Points_AddUpExactlyToTheScore_AndPossiblePointsToHundred()
    {
        foreach (var project in new[] { Complete(), Sparse(), Complete() with { Contact = "j.devries@utrecht.nl", Purpose = null } })
        {
            var result = Scorer().Score(project);

            Assert.Equal(result.Score, result.Indicators.Sum(i => i.PointsEarned));
            Assert.Equal(100m, result.Indicators.Sum(i => i.PointsPossible));
        }
    }

    [Theory]
    [InlineData("n.v.t.")]
    [InlineData("-")]
    [InlineData("Nog niet bekend")]
    [InlineData("TBD")]
    [InlineData("Nog niet beschikbaar")]
    [InlineData("<p></p>")]
    [InlineData("<div><br></div>")]
    [InlineData("   ")]
    public void Placeholders_CountAsMissing(string placeholder)
    {
        var result = Scorer().Score(Complete() with { Purpose = Complete().Purpose! with { GoalAndImpact = placeholder } });

        Assert.Equal(0m, Indicator(result, "DG-C011").PointsEarned);
        Assert.NotNull(Indicator(result, "DG-C011").Finding);
    }

    [Fact]
    public void PersonalContact_EarnsHalf_FunctionalMailboxOrUrl_EarnsAll()
    {
        var personal = Indicator(Scorer().Score(Complete() with { Contact = "j.devries@utrecht.nl" }), "DG-C005");
        var url = Indicator(Scorer().Score(Complete() with { Contact = "https://www.utrecht.nl/contact" }), "DG-C005");

        Assert.Equal(Math.Floor(personal.PointsPossible / 2 * 10_000) / 10_000, personal.PointsEarned);
        Assert.Equal(url.PointsPossible, url.PointsEarned);
    }

    [Fact]
    public void UnknownMunicipalityCode_EarnsNothing()
    {
        var result = Scorer().Score(Complete() with { Organization = new Organization { Name = "Gemeente X", Code = "GM9999", Type = OrganizationType.Gemeente } });

        Assert.Equal(0m, Indicator(result, "DG-C004").PointsEarned);
    }

    [Fact]
    public void LegalReference_MustLinkToWettenOverheidNl()
    {
        var elsewhere = Complete() with { Legal = Complete().Legal! with { References = [new LegalReference { Title = "Wgs", Link = "https://example.org/wgs" }] } };

        var indicator = Indicator(Scorer().Score(elsewhere), "DG-C031");

        Assert.Equal(Math.Floor(indicator.PointsPossible / 2 * 10_000) / 10_000, indicator.PointsEarned);
    }

    [Fact]
    public void Dpia_AppliesOnlyWhenPersonalDataIsProcessed()
    {
        var without = Complete() with { Data = new DataProfile { Sources = [new DataSource { Title = "Tellingen", PersonalData = PersonalDataLevel.None }] } };

        Assert.True(Indicator(Scorer().Score(Complete()), "DG-C040").Applies);
        Assert.False(Indicator(Scorer().Score(without), "DG-C040").Applies);
        Assert.False(Indicator(Scorer().Score(without), "DG-C021").Applies);
        Assert.Equal(100m, Scorer().Score(without).Score);
    }

    [Theory]
    [InlineData(AssessmentStatus.Done, 1)]
    [InlineData(AssessmentStatus.InProgress, 0.5)]
    [InlineData(AssessmentStatus.Planned, 0.25)]
    [InlineData(AssessmentStatus.NotRequired, 0)]
    public void Dpia_EarnsByStatus(AssessmentStatus status, double share)
    {
        var project = Complete() with { Risk = Complete().Risk! with { Assessments = [new Assessment { Type = AssessmentType.Dpia, Status = status }, new Assessment { Type = AssessmentType.Iama, Status = AssessmentStatus.Done }] } };

        var dpia = Indicator(Scorer().Score(project), "DG-C040");

        Assert.Equal(Math.Floor(dpia.PointsPossible * (decimal)share * 10_000) / 10_000, dpia.PointsEarned);
    }

    [Theory]
    [InlineData(PublicationCategory.HighRiskAiSystem, true)]
    [InlineData(PublicationCategory.ImpactfulAlgorithm, true)]
    [InlineData(PublicationCategory.OtherAlgorithm, false)]
    public void IamaCouncilDecisionAndRegister_ApplyOnlyToCategoryAOrB(PublicationCategory category, bool applies)
    {
        var result = Scorer().Score(Complete() with { Risk = Complete().Risk! with { PublicationCategory = category } });

        Assert.Equal(applies, Indicator(result, "DG-C041").Applies);
        Assert.Equal(applies, Indicator(result, "DG-C016").Applies);
        Assert.Equal(applies, Indicator(result, "DG-C030").Applies);
    }

    [Theory]
    [InlineData(Phase.Idea, false, false, false)]
    [InlineData(Phase.Pilot, false, false, true)]
    [InlineData(Phase.Production, true, false, true)]
    [InlineData(Phase.Ended, true, true, true)]
    public void PhaseGatedIndicators_ApplyFromTheirPhaseOn(Phase phase, bool kpiMeasurements, bool endDate, bool reviews)
    {
        var result = Scorer().Score(Complete() with { Lifecycle = Complete().Lifecycle! with { Phase = phase } });

        Assert.Equal(kpiMeasurements, Indicator(result, "DG-C013").Applies);
        Assert.Equal(endDate, Indicator(result, "DG-C025").Applies);
        Assert.Equal(reviews, Indicator(result, "DG-C047").Applies);
        Assert.Equal(reviews, Indicator(result, "DG-C048").Applies);
    }

    [Fact]
    public void StaleRegistration_LosesPoints_WithAFindingThatSaysSince()
    {
        var stale = Complete() with { Lifecycle = Complete().Lifecycle! with { LastReviewed = new PartialDate(2025, 5, 31) } };

        var fresh = Indicator(Scorer().Score(Complete()), "DG-C048");
        var old = Indicator(Scorer().Score(stale), "DG-C048");
        var lenient = Indicator(new CompletenessScorer(new CompletenessOptions { ReferenceDate = Today, StaleAfterMonths = 24 }).Score(stale), "DG-C048");

        Assert.Equal(fresh.PointsPossible, fresh.PointsEarned);
        Assert.Equal(0m, old.PointsEarned);
        Assert.Contains("2025-05-31, more than 12 months ago", old.Finding!.MessageEnglish, StringComparison.Ordinal);
        Assert.Equal(lenient.PointsPossible, lenient.PointsEarned);
    }

    [Fact]
    public void ProfileWeights_ChangeThePoints_AndDisabledIndicatorsDisappear()
    {
        var profile = CompletenessProfile.Default.With(weights: new Dictionary<string, decimal> { ["DG-C011"] = 100 }, disabled: ["DG-C026"]);

        var result = Scorer(profile).Score(Sparse());

        Assert.DoesNotContain(result.Indicators, i => i.Code == "DG-C026");
        Assert.True(Indicator(result, "DG-C011").PointsPossible > Indicator(Scorer().Score(Sparse()), "DG-C011").PointsPossible);
    }

    [Fact]
    public void OwnIndicator_CountsLikeABuiltIn()
    {
        var profile = CompletenessProfile.Default.With(added: [new HasTagsIndicator()]);

        var result = Scorer(profile).Score(Complete());

        var own = Indicator(result, "GM0344-001");
        Assert.Equal(0m, own.PointsEarned);
        Assert.Equal("Geen zoektermen.", own.Finding!.MessageDutch);
        Assert.True(result.Score < 100);
    }

    [Fact]
    public void ProfileFile_IsRead()
    {
        var profile = CompletenessProfile.Load("""{"weights": {"DG-C011": 15, "DG-C012": 0}, "disabled": ["DG-C026"]}""");

        Assert.Equal(15m, profile.Weights["DG-C011"]);
        Assert.DoesNotContain("DG-C026", profile.Weights.Keys);
    }

    [Fact]
    public void InvalidProfileFile_GetsOneErrorListingEveryProblem()
    {
        var ex = Assert.Throws<InvalidDataException>(() => CompletenessProfile.Load("""{"weights": {"DG-C999": 1, "DG-C011": -2, "DG-C012": "veel"}, "disabled": ["DG-X"], "extra": 1}"""));

        Assert.Equal(
            "Invalid completeness profile: /weights/DG-C012: the weight must be a number, not string; /extra: unknown member (expected 'weights' or 'disabled'); DG-C011: negative weight -2; DG-C999: unknown indicator code; DG-X: unknown indicator code in 'disabled'.",
            ex.Message);
    }

    [Fact]
    public void ProfileFile_AllWeightsZero_OrMalformed_IsRefused()
    {
        var zero = "{\"weights\": {" + string.Join(", ", CompletenessProfile.BuiltIn.Select(i => $"\"{i.Code}\": 0")) + "}}";

        Assert.Contains("all weights are zero", Assert.Throws<InvalidDataException>(() => CompletenessProfile.Load(zero)).Message, StringComparison.Ordinal);
        Assert.Contains("not valid JSON (line 1", Assert.Throws<InvalidDataException>(() => CompletenessProfile.Load("{\"weights\": ")).Message, StringComparison.Ordinal);
        Assert.Contains("must be a JSON object", Assert.Throws<InvalidDataException>(() => CompletenessProfile.Load("[]")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Portfolio_GivesMeanBandsPerspectivesAndMostMissed()
    {
        var portfolio = Scorer().ScoreAll([Complete("a"), Sparse("b"), Sparse("c")]);

        Assert.Equal(3, portfolio.Projects.Length);
        Assert.Equal(Math.Round(portfolio.Projects.Average(p => p.Score), 4), portfolio.MeanScore);
        Assert.Equal(1, portfolio.Bands[CompletenessBand.Excellent]);
        Assert.Equal(2, portfolio.Bands[CompletenessBand.Insufficient]);
        Assert.Equal(3, portfolio.Perspectives[Perspective.Basics].Count);
        Assert.Equal(100m, portfolio.Perspectives[Perspective.Basics].Max);
        Assert.Equal(2, portfolio.MostOftenMissing[0].Projects);
    }

    [Fact]
    public void Codes_AreUniqueWellFormedAndEveryIndicatorHasARule()
    {
        var codes = CompletenessProfile.BuiltIn.Select(i => i.Code).ToArray();

        Assert.Equal(codes.Length, codes.Distinct().Count());
        Assert.All(codes, c => Assert.Matches("^DG-C\\d{3}$", c));
        Assert.All(CompletenessProfile.BuiltIn, i => Assert.False(string.IsNullOrWhiteSpace(i.Rule)));
        Assert.All(CompletenessProfile.BuiltIn, i => Assert.True(i.DefaultWeight > 0));
    }

    [Fact]
    public void Options_Invalid_ThrowOneErrorListingEveryProblem()
    {
        var ex = Assert.Throws<ArgumentException>(() => new CompletenessScorer(new CompletenessOptions { StaleAfterMonths = 0, Profile = null! }));

        Assert.Equal("Invalid CompletenessOptions: Profile must not be null. StaleAfterMonths must be between 1 and 120, but is 0.", ex.Message);
    }

    private sealed class HasTagsIndicator : CompletenessIndicator
    {
        public override string Code => "GM0344-001";

        public override Perspective Perspective => Perspective.Transparency;

        public override decimal DefaultWeight => 10;

        public override string Rule => "Always. At least one search term.";

        public override IndicatorOutcome Evaluate(DataProject project, IndicatorContext context) =>
            project.Tags.Length > 0 ? IndicatorOutcome.Met("/tags") : IndicatorOutcome.Missing("/tags", "No search terms.", "Geen zoektermen.");
    }
}
