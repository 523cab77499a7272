using DataGrip.Core.Facts;
using DataGrip.Core.Model;

namespace DataGrip.Core.Risk;

/// <summary>
/// Assessments that the outcome requires or recommends but that are missing or not done. The severity grows with
/// the phase: Info before a pilot (and after the end), Warning in a pilot or evaluation (and when the phase is
/// unknown), Error in production and scaling; a recommendation is one step milder.
/// </summary>
internal static class AssessmentGaps
{
    public static void Check(ProjectFacts facts, DpiaPrescanResult dpia, AiActResult aiAct, Reasons reasons)
    {
        switch (dpia.Outcome)
        {
            case DpiaOutcome.Required:
                Require(facts, reasons, AssessmentType.Dpia, "dpiaRequired", required: true);
                break;
            case DpiaOutcome.Recommended:
                Require(facts, reasons, AssessmentType.Dpia, "dpiaRecommended", required: false);
                break;
            case DpiaOutcome.Undetermined:
                Require(facts, reasons, AssessmentType.PrescanDpia, "dpiaUndetermined", required: true, alsoSatisfiedBy: AssessmentType.Dpia);
                break;
        }

        if (dpia.DtiaRequired)
        {
            Require(facts, reasons, AssessmentType.Dtia, "transferOutsideEea", required: true);
        }

        if (dpia.KiaRecommended)
        {
            Require(facts, reasons, AssessmentType.Kia, "serviceForMinors", required: false);
        }

        if (aiAct.Class == AiActClass.HighRisk && aiAct.Role is AiActRole.Deployer or AiActRole.ProviderAndDeployer)
        {
            Require(facts, reasons, AssessmentType.Fria, "highRiskAiDeployer", required: true, alsoSatisfiedBy: AssessmentType.Iama);
        }
        else if (dpia.IamaRecommended)
        {
            Require(facts, reasons, AssessmentType.Iama, "impactful", required: false, alsoSatisfiedBy: AssessmentType.Fria);
        }
    }

    /// <summary>Whether an assessment of the type (or its stand-in) is done.</summary>
    internal static bool IsDone(DataProject project, AssessmentType type, AssessmentType? alsoSatisfiedBy = null)
    {
        foreach (var assessment in project.Risk?.Assessments ?? [])
        {
            if (assessment is not null && assessment.Status == AssessmentStatus.Done && (assessment.Type == type || assessment.Type == alsoSatisfiedBy))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The severity of something required but missing, by phase.</summary>
    internal static Severity ByPhase(DataProject project) => ProjectFacts.PhaseGroupOf(project.Lifecycle?.Phase) switch
    {
        PhaseGroup.BeforePilot or PhaseGroup.Ended => Severity.Info,
        PhaseGroup.InUse => Severity.Error,
        _ => Severity.Warning, // in a pilot, or the phase unknown
    };

    private static void Require(ProjectFacts facts, Reasons reasons, AssessmentType type, string rule, bool required, AssessmentType? alsoSatisfiedBy = null)
    {
        if (IsDone(facts.Project, type, alsoSatisfiedBy))
        {
            return;
        }

        var severity = ByPhase(facts.Project);
        if (!required)
        {
            severity = severity == Severity.Error ? Severity.Warning : Severity.Info;
        }

        reasons.Add(required ? RiskCodes.RequiredAssessmentMissing : RiskCodes.RecommendedAssessmentMissing, severity, "/risk/assessments", 0, Wire.Name(type), rule);
    }
}
