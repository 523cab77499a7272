using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using DataGrip.Core.Model;
using DataGrip.Core.Risk;

namespace DataGrip.Core.Tests.Risk;

/// <summary>Cases of the inferred answers (each rule read and not read), the three framework verdicts, the contradiction warning and the next questions.</summary>
public sealed class RiskInferenceAndRangeCaseTests
{
    private static readonly RiskAssessor Assessor = new();
    private static readonly RiskAssessor WithoutInference = new(new RiskOptions { InferAnswers = false });

    private static DataProject Bare(string? description = null, string? goal = null, string? sourceData = null, string? methods = null) => new()
    {
        Id = "p",
        Name = "Registratie",
        Organization = new Organization { Name = "Gemeente Utrecht", Type = OrganizationType.Gemeente },
        Description = description,
        Purpose = goal is null ? null : new Purpose { GoalAndImpact = goal },
        Technique = methods is null ? null : new Technique { MethodsAndModels = methods },
        Extensions = sourceData is null ? new Dictionary<string, JsonElement>() : new Dictionary<string, JsonElement> { ["x-algoritmeregister-source_data"] = JsonSerializer.SerializeToElement(sourceData) },
    };

    [Theory]
    [InlineData("Er worden geen persoonsgegevens verwerkt.", "/data/sources", "none")]
    [InlineData("Het systeem werkt met enen en nullen, niet met persoonsgegevens.", "/data/sources", "none")]
    [InlineData("De gegevens komen uit de BRP.", null, null)]
    public void NoPersonalData_IsReadOnlyFromAnExplicitStatement(string description, string? pointer, string? value)
    {
        var result = Assessor.Assess(Bare(description: description));

        if (pointer is null)
        {
            Assert.Empty(result.Inferred);
        }
        else
        {
            var answer = Assert.Single(result.Inferred);
            Assert.Equal((pointer, value), (answer.Pointer, answer.Value));
            Assert.Equal("/description", answer.Field);
            Assert.Contains("persoonsgegevens", answer.Quote, System.StringComparison.Ordinal);
            Assert.Equal(DpiaOutcome.NotRequired, result.Dpia.Outcome);
            Assert.Equal(DpiaOutcome.Undetermined, WithoutInference.Assess(Bare(description: description)).Dpia.Outcome);
        }
    }

    [Theory]
    [InlineData("Er worden geen persoonsgegevens gedeeld met derden.")]
    [InlineData("SpotRotterdam verwerkt geen persoonsgegevens als leeftijd of geslacht.")]
    [InlineData("Er worden geen persoonsgegevens verwerkt voordat de melding is beoordeeld.")]
    [InlineData("Er worden alleen geen persoonsgegevens bewaard.")]
    public void NoPersonalData_IsNotReadFromALimitedStatement(string description)
    {
        Assert.Empty(Assessor.Assess(Bare(description: description)).Inferred);
    }

    [Fact]
    public void NoPersonalData_IsNotReadWhenAStatedAnswerPresupposesThem()
    {
        var project = Bare(description: "Er worden geen persoonsgegevens verwerkt.") with { Data = new DataProfile { Subjects = [DataSubjectGroup.Citizens] } };

        Assert.Empty(Assessor.Assess(project).Inferred);
    }

    [Fact]
    public void TheBrpAndTheBsn_AreReadFromTheSourceText_AndMakePersonalData()
    {
        var result = Assessor.Assess(Bare(sourceData: "Input gegevens vanuit de BRP: Burgerservicenummer (BSN), adres."));

        Assert.Equal(["brp", "bsn"], result.Inferred.Select(a => a.Value));
        Assert.All(result.Inferred, a => Assert.Equal("/x-algoritmeregister-source_data", a.Field));
        Assert.Contains(result.Reasons, r => r.Code == RiskCodes.PrescanBaseRegistries && r.Points == 1);
        Assert.Contains(result.Reasons, r => r.Code == RiskCodes.AnswerInferred && r.Subject == "brp");
        Assert.DoesNotContain(result.Reasons, r => r.Code == RiskCodes.PrescanMissingAnswer && r.Subject == "persoonsgegevens");
        Assert.Contains(WithoutInference.Assess(Bare(sourceData: "Input gegevens vanuit de BRP.")).Reasons, r => r.Code == RiskCodes.PrescanMissingAnswer && r.Subject == "persoonsgegevens");
    }

    [Fact]
    public void TheBrp_IsNotReadOverAStatedSource()
    {
        var project = Bare(sourceData: "De BRP") with { Data = new DataProfile { Sources = [new DataSource { Title = "Eigen registratie", PersonalData = PersonalDataLevel.None }] } };

        Assert.Empty(Assessor.Assess(project).Inferred);
    }

    [Theory]
    [InlineData("Het doel is een beschikking op de aanvraag.", true)]
    [InlineData("Doel is een correct besluit op grond van wet- en regelgeving.", true)]
    [InlineData("Dit maakt het voor de handhaver makkelijker als die besluit langs te komen.", false)]
    [InlineData("De uitkomsten zijn niet bedoeld als grond voor een besluit.", false)]
    public void LegalEffects_AreReadFromADecisionInTheGoal(string goal, bool read)
    {
        var result = Assessor.Assess(Bare(goal: goal));

        Assert.Equal(read, result.Inferred.Any(a => a.Pointer == "/oversight/legalEffects" && a.Value == "true"));
        Assert.Equal(read, result.PublicationCategory.Triggers.Contains(ImpactTrigger.LegalEffects));
    }

    [Fact]
    public void LegalEffects_AreNotReadOverAStatedNo()
    {
        var project = Bare(goal: "Het doel is een beschikking op de aanvraag.") with { Oversight = new Oversight { LegalEffects = false } };

        var result = Assessor.Assess(project);

        Assert.Empty(result.Inferred);
        Assert.DoesNotContain(ImpactTrigger.LegalEffects, result.PublicationCategory.Triggers);
    }

    [Fact]
    public void ASelfLearningTechnique_IsReadFromTheMethods_OnlyWhenNoTypeIsGiven()
    {
        var read = Assessor.Assess(Bare(methods: "Een zelflerend model (gradient boosting)."));
        var stated = Assessor.Assess(Bare(methods: "Een zelflerend model.") with { Technique = new Technique { AlgorithmType = AlgorithmType.RuleBased, MethodsAndModels = "Een zelflerend model." } });

        Assert.Equal("machineLearning", Assert.Single(read.Inferred).Value);
        Assert.DoesNotContain(read.Reasons, r => r.Code == RiskCodes.AiSystemAssumed);
        Assert.Empty(stated.Inferred);
        Assert.Equal(AiActClass.NotAnAiSystem, stated.AiAct.Class);
    }

    [Fact]
    public void TheFrameworkVerdict_HasThreeValues()
    {
        // The bare registration leaves everything open; the parking permit (level III, no council decision) must go to
        // the council; the open-data dashboard, with every answer that matters given, need not.
        var open = WithoutInference.Assess(Bare());
        var must = Assessor.Assess(RiskFixtures.BenefitsFraud());

        Assert.Equal(CouncilVerdict.DependsOnAnswers, open.Framework.Verdict);
        Assert.Contains("/maxImpactLevelWithoutCouncilDecision", open.Framework.Clauses);
        Assert.Contains("/data/sources", open.Framework.Questions);
        Assert.Equal(CouncilVerdict.MustDecide, must.Framework.Verdict);
        Assert.Empty(must.Framework.Questions);
        Assert.Contains(must.Reasons, r => r.Code == RiskCodes.FrameworkVerdictDerived && r.Subject == "mustDecide");

        var settled = Assessor.Assess(NotNeeded());
        Assert.True(settled.Impact.IsDetermined, string.Join(", ", settled.Impact.DecidingAnswers));
        Assert.Equal(CouncilVerdict.NotNeeded, settled.Framework.Verdict);
        Assert.False(settled.CouncilDecisionRequired);
    }

    [Fact]
    public void NoPersonalData_WithStatedNewLegislation_IsRequiredWithAWarning()
    {
        var project = NotNeeded() with { Risk = new RiskProfile { Factors = new RiskFactors { NewLegislation = true } } };

        var result = Assessor.Assess(project);

        Assert.Equal(DpiaOutcome.Required, result.Dpia.Outcome);
        Assert.Contains(result.Findings, f => f.Code == RiskCodes.NoPersonalDataContradiction && f.Severity == Severity.Warning);
        Assert.StartsWith("Geen bron bevat persoonsgegevens", result.Findings.First(f => f.Code == RiskCodes.NoPersonalDataContradiction).MessageDutch, System.StringComparison.Ordinal);
        Assert.Equal(DpiaOutcome.NotRequired, Assessor.Assess(NotNeeded()).Dpia.Outcome);
    }

    [Fact]
    public void TheNextQuestions_PutTheAnswersThatChangeMostFirst()
    {
        var result = WithoutInference.Assess(Bare());
        var questions = result.NextQuestions;

        Assert.NotEmpty(questions);
        // The sources decide the level (most points), the DPIA and the verdict; the algorithm type decides the AI Act
        // class, the category and the verdict, but no longer an EDPB criterion (new technology is the user's judgement).
        Assert.Equal("/data/sources", questions[0].Pointer);
        Assert.Equal(RiskOutcomes.ImpactLevel | RiskOutcomes.Dpia | RiskOutcomes.CouncilVerdict, questions[0].Changes);
        Assert.Equal(RiskOutcomes.PublicationCategory | RiskOutcomes.AiActClass | RiskOutcomes.CouncilVerdict, questions.Single(q => q.Pointer == "/technique/algorithmType").Changes);

        // Ranked: never fewer outcomes before more, and at equal outcomes never fewer points before more.
        for (var i = 1; i < questions.Length; i++)
        {
            var (a, b) = (Count(questions[i - 1].Changes), Count(questions[i].Changes));
            Assert.True(a > b || (a == b && questions[i - 1].ImpactPoints >= questions[i].ImpactPoints), $"{questions[i - 1].Pointer} before {questions[i].Pointer}");
        }

        // Answering the first question narrows the impact range.
        var answered = WithoutInference.Assess(Bare() with { Data = new DataProfile { Sources = [new DataSource { Title = "Sensoren", PersonalData = PersonalDataLevel.None }] } });
        Assert.True(answered.Impact.Level - answered.Impact.LowestLevel < result.Impact.Level - result.Impact.LowestLevel);

        static int Count(RiskOutcomes changes) => System.Enum.GetValues<RiskOutcomes>().Count(o => o != RiskOutcomes.None && changes.HasFlag(o));
    }

    /// <summary>A rule-based dashboard without personal data, with every answer the level and the framework need.</summary>
    private static DataProject NotNeeded() => Bare() with
    {
        Technique = new Technique { AlgorithmType = AlgorithmType.RuleBased, UseType = UseType.Descriptive },
        Oversight = new Oversight { AutomationLevel = AutomationLevel.DecisionSupport, LegalEffects = false },
        Data = new DataProfile { Sources = [new DataSource { Title = "Tellingen", PersonalData = PersonalDataLevel.None }], InternationalTransfer = InternationalTransfer.None },
        Risk = new RiskProfile { Factors = new RiskFactors { Reversibility = Reversibility.Reversible, BiasTested = true } },
    };
}
