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
    public void IamaCouncilDecisionAndRegister_ApplyOnlyToImpactfulProjects(PublicationCategory category, bool applies)
    {
        var result = Scorer().Score(NotImpactful() with { Risk = NotImpactful().Risk! with { PublicationCategory = category } });

        Assert.Equal(applies, Indicator(result, "DG-C041").Applies);
        Assert.Equal(applies, Indicator(result, "DG-C016").Applies);
        Assert.Equal(applies, Indicator(result, "DG-C030").Applies);
        Assert.DoesNotContain(result.Findings, f => f.Code == "DG-C090");
    }

    [Fact]
    public void RegisteredCategoryMilderThanTheDerivedOne_TheStricterApplies_WithAFinding()
    {
        // Registered C, but the outcome has legal effects: the derived category is B, and B's indicators apply.
        var project = Complete() with { Risk = Complete().Risk! with { PublicationCategory = PublicationCategory.OtherAlgorithm } };

        var result = Scorer().Score(project);
        var risk = new DataGrip.Core.Risk.RiskAssessor().Assess(project);

        Assert.Equal(PublicationCategory.ImpactfulAlgorithm, risk.PublicationCategory.Category);
        Assert.True(Indicator(result, "DG-C016").Applies);
        Assert.True(Indicator(result, "DG-C030").Applies);
        Assert.True(Indicator(result, "DG-C041").Applies);
        var note = Assert.Single(result.Findings, f => f.Code == "DG-C090");
        Assert.Equal("/risk/publicationCategory", note.Pointer);
        Assert.Contains("afgeleide categorie B", note.MessageDutch, StringComparison.Ordinal);
        Assert.Contains(risk.Findings, f => f.Code == DataGrip.Core.Risk.RiskCodes.RegisteredCategoryTooLow);
    }

    [Fact]
    public void NoRegisteredCategory_OnlyInDoubt_IsNotImpactfulForCompleteness()
    {
        // No category and an unanswered trigger: risk counts the project as B ("in doubt"); completeness applies an
        // indicator only when its condition is known to hold, so the impactful indicators do not apply.
        var project = NotImpactful() with
        {
            Risk = NotImpactful().Risk! with { PublicationCategory = null },
            Oversight = NotImpactful().Oversight! with { LegalEffects = null },
        };

        var result = Scorer().Score(project);

        Assert.True(new DataGrip.Core.Risk.RiskAssessor().Assess(project).PublicationCategory.InDoubt);
        Assert.False(Indicator(result, "DG-C016").Applies);
        Assert.DoesNotContain(result.Findings, f => f.Code == "DG-C090");
    }

    /// <summary>The complete project with every trigger of "impactful" answered no, so the derived category is C.</summary>
    private static DataProject NotImpactful() => Complete() with
    {
        Oversight = Complete().Oversight! with { LegalEffects = false },
        Risk = Complete().Risk! with
        {
            Factors = (Complete().Risk!.Factors ?? new RiskFactors()) with { ClassifiesOrContactsPeople = false, JudgedImpactful = false, Profiling = false },
            AiAct = new AiActProfile { SystemType = AiSystemType.NotAnAiSystem },
        },
    };

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
    public void InvalidProfileFile_GivesAFindingPerProblem_WithPointer_InDutchAndEnglish()
    {
        var read = CompletenessProfile.Read("""{"weights": {"DG-C999": 1, "DG-C011": -2, "DG-C012": "veel", "DG-C013": 1e400}, "disabled": ["DG-X", "DG-C026", "DG-C026", 3], "extra": 1, "extra": 2}""");

        Assert.False(read.Success);
        Assert.Equal(
            [
                ("DG-S016", "/weights/DG-C999"), ("DG-S022", "/weights/DG-C011"), ("DG-S011", "/weights/DG-C012"), ("DG-S022", "/weights/DG-C013"),
                ("DG-S012", "/disabled/0"), ("DG-S017", "/disabled/2"), ("DG-S011", "/disabled/3"), ("DG-S016", "/extra"), ("DG-S018", "/extra"),
            ],
            read.Findings.Select(f => (f.Code, f.Pointer)));
        Assert.All(read.Findings, f => Assert.Equal(Severity.Error, f.Severity));
        Assert.Contains(read.Findings, f => f.MessageDutch == "Het getal -2 valt buiten het bereik; toegestaan zijn getallen van 0 tot en met 1000000.");
        Assert.Contains(read.Findings, f => f.MessageEnglish == "The value has the wrong type: expected a number.");
        Assert.StartsWith("De eigenschap 'DG-C999' is hier niet toegestaan; toegestaan zijn: DG-C001, ", read.Findings[0].MessageDutch, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidProfileFile_Load_ThrowsOneErrorListingEveryProblemWithItsPointer()
    {
        var ex = Assert.Throws<InvalidDataException>(() => CompletenessProfile.Load("""{"weights": {"DG-C011": -2, "DG-C012": "veel"}, "extra": 1}"""));

        Assert.Equal(
            "Invalid completeness profile: /weights/DG-C011: The number -2 is out of range; allowed are numbers from 0 to 1000000; /weights/DG-C012: The value has the wrong type: expected a number; /extra: The property 'extra' is not allowed here; allowed are: weights, disabled.",
            ex.Message);
    }

    [Fact]
    public void ProfileFile_AllWeightsZero_OrMalformed_OrTooLarge_IsRefusedWithItsReason()
    {
        var zero = "{\"weights\": {" + string.Join(", ", CompletenessProfile.BuiltIn.Select(i => $"\"{i.Code}\": 0")) + "}}";
        var allOff = "{\"disabled\": [" + string.Join(", ", CompletenessProfile.BuiltIn.Select(i => $"\"{i.Code}\"")) + "]}";

        Assert.Equal(("DG-S019", "/weights"), Single(CompletenessProfile.Read(zero)));
        Assert.Equal(("DG-S019", ""), Single(CompletenessProfile.Read(allOff)));
        Assert.StartsWith("Elke indicator die meetelt heeft gewicht 0", CompletenessProfile.Read(zero).Findings[0].MessageDutch, StringComparison.Ordinal);
        var cut = Assert.Single(CompletenessProfile.Read("{\"weights\": ").Findings);
        Assert.Equal(("DG-S001", 1L), (cut.Code, cut.Line));
        Assert.Equal(("DG-S011", ""), Single(CompletenessProfile.Read("[]")));
        var huge = Assert.Single(CompletenessProfile.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(new string(' ', 2_000_000)))).Findings);
        Assert.Equal("Het document is groter dan het maximum van 1048576 bytes voor een volledigheidsprofiel.", huge.MessageDutch);
        Assert.Equal(("DG-S005", ""), Single(CompletenessProfile.Read(new MemoryStream([0x7B, 0xC3, 0x28, 0x7D]))));
        Assert.Contains("(root) (line 1, byte", Assert.Throws<InvalidDataException>(() => CompletenessProfile.Load("{\"weights\": ")).Message, StringComparison.Ordinal);

        static (string, string) Single(DataGrip.Core.Serialization.ReadResult<CompletenessProfile> read) =>
            Assert.Single(read.Findings) is var f ? (f.Code, f.Pointer) : default;
    }

    [Fact]
    public void ProfileFile_Read_GivesTheSameProfileAsLoad()
    {
        const string json = """{"$schema": "x", "weights": {"DG-C011": 15}, "disabled": ["DG-C026"]}""";

        var read = CompletenessProfile.Read(json);

        Assert.True(read.Success);
        Assert.Empty(read.Findings);
        Assert.Equal(CompletenessProfile.Load(json).Weights, read.Value.Weights);
        Assert.Equal(15m, read.Value.Weights["DG-C011"]);
    }

    [Fact]
    public void Portfolio_GivesMeanBandsPerspectivesAndMostMissed()
    {
        var portfolio = Scorer().Score(new ProjectExport { Projects = [Complete("a"), Sparse("b"), Sparse("c")] });

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
