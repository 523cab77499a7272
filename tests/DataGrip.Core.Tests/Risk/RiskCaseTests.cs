using System.Linq;
using DataGrip.Core.Model;
using DataGrip.Core.Risk;
using static DataGrip.Core.Tests.Risk.RiskFixtures;

namespace DataGrip.Core.Tests.Risk;

public sealed class RiskCaseTests
{
    [Fact]
    public void BenefitsFraudModel_IsHighRiskAi_DpiaRequired_CategoryA_HighLevel_AndNeedsTheCouncil()
    {
        var result = Assessor.Assess(BenefitsFraud());

        Assert.Equal(AiActClass.HighRisk, result.AiAct.Class);
        Assert.Equal(AnnexIIIArea.EssentialServices, result.AiAct.Area);
        Assert.Contains(AiActObligation.FundamentalRightsImpactAssessment, result.AiAct.Obligations);
        Assert.Contains(AiActObligation.EuDatabaseRegistration, result.AiAct.Obligations);
        Assert.Equal(DpiaOutcome.Required, result.Dpia.Outcome);
        Assert.True(result.Dpia.RiskScore > 4, $"risk score {result.Dpia.RiskScore}");
        Assert.Contains(ApListCategory.Profiling, result.Dpia.ApList);
        Assert.Contains(ApListCategory.FraudPrevention, result.Dpia.ApList);
        Assert.True(result.Dpia.IamaRecommended);
        Assert.Equal(PublicationCategory.HighRiskAiSystem, result.PublicationCategory.Category);
        Assert.Contains(result.Impact.Level, new[] { ImpactLevel.III, ImpactLevel.IV });
        Assert.True(result.CouncilDecisionRequired);
        Assert.Contains(result.Findings, f => f.Code == RiskCodes.CouncilDecisionRequired && f.Severity == Severity.Error);
        Assert.Contains(result.Findings, f => f.Code == RiskCodes.AiActClassNeedsCouncil && f.Pointer == "/risk/aiAct");
        Assert.Contains(result.Findings, f => f.Code == RiskCodes.PredictiveProfilingExcluded && f.Severity == Severity.Error);
        // In production without a DPIA and a FRIA: errors, not warnings.
        Assert.Contains(result.Findings, f => f.Code == RiskCodes.RequiredAssessmentMissing && f.Arguments["Subject"] == "dpia" && f.Severity == Severity.Error);
        Assert.Contains(result.Findings, f => f.Code == RiskCodes.RequiredAssessmentMissing && f.Arguments["Subject"] == "fria" && f.Severity == Severity.Error);
    }

    [Fact]
    public void BenefitsFraudModel_WithACouncilDecision_IsCoveredButStillExcludedForPredictiveProfiling()
    {
        var project = BenefitsFraud() with { CouncilDecision = new CouncilDecision { Reference = "RIS-2024-118" } };

        var result = Assessor.Assess(project);

        Assert.DoesNotContain(result.Findings, f => f.Code == RiskCodes.CouncilDecisionRequired);
        Assert.Contains(result.Reasons, r => r.Code == RiskCodes.CoveredByCouncilDecision && r.Subject == "RIS-2024-118");
        Assert.True(result.Excluded);
    }

    [Fact]
    public void RuleBasedParkingPermitCheck_IsNotHighRisk_AndCategoryBBecauseOfLegalEffects()
    {
        var result = Assessor.Assess(ParkingPermit());

        Assert.Equal(AiActClass.NotAnAiSystem, result.AiAct.Class);
        Assert.Empty(result.AiAct.Obligations);
        Assert.Equal(PublicationCategory.ImpactfulAlgorithm, result.PublicationCategory.Category);
        Assert.Equal(new[] { ImpactTrigger.LegalEffects }, result.PublicationCategory.Triggers.ToArray());
        Assert.False(result.PublicationCategory.InDoubt);
        Assert.Contains(result.Reasons, r => r.Code == RiskCodes.ImpactTriggerApplies && r.Subject == "legalEffects" && r.Pointer == "/oversight/legalEffects");
        Assert.DoesNotContain(result.Findings, f => f.Code == RiskCodes.AiActClassNeedsCouncil);
    }

    [Fact]
    public void RuleBasedParkingPermitCheck_WithoutLegalEffects_IsCategoryC()
    {
        var project = ParkingPermit() with { Oversight = ParkingPermit().Oversight! with { LegalEffects = false } };

        var result = Assessor.Assess(project);

        Assert.Equal(PublicationCategory.OtherAlgorithm, result.PublicationCategory.Category);
        Assert.Contains(result.Reasons, r => r.Code == RiskCodes.PublicationCategoryDerived && r.Subject == "C" && r.Detail == "noTrigger");
    }

    [Fact]
    public void PublicChatbot_HasATransparencyObligation()
    {
        var result = Assessor.Assess(Chatbot());

        Assert.Equal(AiActClass.Transparency, result.AiAct.Class);
        Assert.True(result.AiAct.TransparencyObligation);
        Assert.Equal(new[] { AiActObligation.AiLiteracy, AiActObligation.DiscloseAiUse }, result.AiAct.Obligations.ToArray());
        Assert.DoesNotContain(result.Findings, f => f.Code == RiskCodes.DeclaredRiskGroupDiffers);
    }

    [Fact]
    public void OpenDataDashboard_NeedsNoDpia_AndIsLevelI()
    {
        var result = Assessor.Assess(OpenDataDashboard());

        Assert.Equal(DpiaOutcome.NotRequired, result.Dpia.Outcome);
        Assert.Empty(result.Dpia.MissingAnswers);
        Assert.Contains(result.Reasons, r => r.Code == RiskCodes.NoPersonalData);
        Assert.Equal(ImpactLevel.I, result.Impact.Level);
        Assert.Equal(AiActClass.NotAnAiSystem, result.AiAct.Class);
        Assert.Equal(PublicationCategory.OtherAlgorithm, result.PublicationCategory.Category);
        Assert.False(result.CouncilDecisionRequired);
        Assert.DoesNotContain(result.Findings, f => f.Severity == Severity.Error);
    }

    [Fact]
    public void EmployeeMonitoring_NeedsADpiaThroughTheApList()
    {
        var result = Assessor.Assess(EmployeeMonitoring());

        Assert.Equal(DpiaOutcome.Required, result.Dpia.Outcome);
        Assert.Equal(new[] { ApListCategory.EmployeeMonitoring }, result.Dpia.ApList.ToArray());
        Assert.True(result.Dpia.RiskScore <= 4, "the AP list, not the score, makes it required");
        Assert.Contains(result.Reasons, r => r.Code == RiskCodes.PrescanApList && r.Subject == "employeeMonitoring" && r.Detail == "employeesMonitored");
        Assert.Contains(result.Findings, f => f.Code == RiskCodes.RequiredAssessmentMissing && f.Severity == Severity.Warning); // a pilot
    }

    [Fact]
    public void EmptyRegistration_IsNeverReadAsNoRisk()
    {
        var result = Assessor.Assess(new DataProject { Id = "leeg", Name = "Leeg", Organization = new Organization { Name = "Gemeente Rotterdam" } });

        Assert.Equal(DpiaOutcome.Undetermined, result.Dpia.Outcome);
        Assert.NotEmpty(result.Dpia.MissingAnswers);
        Assert.Equal(ImpactLevel.IV, result.Impact.Level);
        Assert.Equal(PublicationCategory.ImpactfulAlgorithm, result.PublicationCategory.Category);
        Assert.True(result.PublicationCategory.InDoubt);
        Assert.Contains(result.Findings, f => f.Code == RiskCodes.AiSystemAssumed);
        Assert.Contains(result.Findings, f => f.Code == RiskCodes.RiskFactorUnknown && f.Pointer == "/oversight/automationLevel");
        Assert.Contains(result.Findings, f => f.Code == RiskCodes.PrescanMissingAnswer && f.Pointer == "/data/sources");
    }

    [Fact]
    public void ProhibitedPractice_IsAnError_AndExcluded()
    {
        var project = OpenDataDashboard() with { Risk = new RiskProfile { AiAct = new AiActProfile { Practices = [AiPractice.SocialScoring] } } };

        var result = Assessor.Assess(project);

        Assert.Equal(AiActClass.Prohibited, result.AiAct.Class);
        Assert.Equal(new[] { AiActObligation.DoNotUse }, result.AiAct.Obligations.ToArray());
        Assert.True(result.Excluded);
        Assert.Contains(result.Findings, f => f.Code == RiskCodes.ProhibitedPractice && f.Severity == Severity.Error && f.Pointer == "/risk/aiAct/practices");
        Assert.Contains(result.Findings, f => f.Code == RiskCodes.AiActClassExcluded);
    }

    [Fact]
    public void Article6Exception_AppliesWithoutProfiling_AndIsVoidedByProfiling()
    {
        var without = Chatbot() with
        {
            Risk = new RiskProfile
            {
                AiAct = new AiActProfile { SystemType = AiSystemType.AiSystem, AnnexIIIArea = AnnexIIIArea.Education, Exception = AnnexIIIException.PreparatoryTask },
                Factors = new RiskFactors { Profiling = false },
            },
        };
        var with = without with { Risk = without.Risk! with { Factors = new RiskFactors { Profiling = true } } };

        Assert.Equal(AiActClass.Minimal, Assessor.Assess(without).AiAct.Class);
        Assert.Contains(Assessor.Assess(without).Reasons, r => r.Code == RiskCodes.Article6Exception && r.Subject == "preparatoryTask" && r.Detail == "education");
        Assert.Equal(AiActClass.HighRisk, Assessor.Assess(with).AiAct.Class);
        Assert.Contains(Assessor.Assess(with).Reasons, r => r.Code == RiskCodes.ProfilingVoidsException);
    }

    [Fact]
    public void TransferOutsideTheEea_RequiresADtia()
    {
        var project = EmployeeMonitoring() with { Data = EmployeeMonitoring().Data! with { InternationalTransfer = InternationalTransfer.OutsideEea } };

        var result = Assessor.Assess(project);

        Assert.True(result.Dpia.DtiaRequired);
        Assert.Contains(result.Findings, f => f.Code == RiskCodes.RequiredAssessmentMissing && f.Arguments["Subject"] == "dtia");
    }

    [Fact]
    public void RegisteredCategoryLowerThanDerived_IsAWarning()
    {
        var project = BenefitsFraud() with { Risk = BenefitsFraud().Risk! with { PublicationCategory = PublicationCategory.OtherAlgorithm } };

        var finding = Assert.Single(Assessor.Assess(project).Findings, f => f.Code == RiskCodes.RegisteredCategoryTooLow);

        Assert.Equal("De geregistreerde publicatiecategorie C is minder streng dan de afgeleide categorie A.", finding.MessageDutch);
    }

    [Fact]
    public void Export_GivesAbsolutePointers()
    {
        var results = Assessor.Assess(new ProjectExport { Projects = [OpenDataDashboard(), BenefitsFraud()] });

        Assert.Equal(2, results.Length);
        Assert.All(results[1].Findings, f => Assert.StartsWith("/projects/1", f.Pointer, System.StringComparison.Ordinal));
        Assert.Equal(results[1].Reasons.Length, results[1].Explain().Length);
    }

    [Fact]
    public void Findings_FollowTheReasonsAndPointer_OfACopy_AndTakeNoPartInEquality()
    {
        var result = Assessor.Assess(BenefitsFraud());
        var before = result.Findings;

        var moved = result with { Pointer = "/projects/7" };
        var quiet = result with { Reasons = [] };

        Assert.All(moved.Findings, f => Assert.StartsWith("/projects/7", f.Pointer, System.StringComparison.Ordinal));
        Assert.Empty(quiet.Findings);
        Assert.Equal(before.Length, result.Findings.Length);
        Assert.Equal(result with { }, result);
    }
}
