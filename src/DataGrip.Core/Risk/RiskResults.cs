using System.Collections.Immutable;
using DataGrip.Core.Model;

namespace DataGrip.Core.Risk;

/// <summary>The outcome of the Pre-scan DPIA v2.0 (Rijksoverheid, <c>urn:nl:prescan</c>) for one project.</summary>
public sealed record DpiaPrescanResult
{
    /// <summary>DPIA required, recommended, not required, or undetermined when answers are missing.</summary>
    public required DpiaOutcome Outcome { get; init; }

    /// <summary>The sum of the risk points of the answered questions; more than 4 requires a DPIA.</summary>
    public required int RiskScore { get; init; }

    /// <summary>The sum when every missing answer scored its maximum; equals <see cref="RiskScore"/> when nothing is missing.</summary>
    public required int WorstCaseRiskScore { get; init; }

    /// <summary>The AP-list categories that apply (stated or derived).</summary>
    public ImmutableArray<ApListCategory> ApList { get; init => field = value.OrEmpty(); } = [];

    /// <summary>The EDPB criteria that apply.</summary>
    public ImmutableArray<EdpbCriterion> EdpbCriteria { get; init => field = value.OrEmpty(); } = [];

    /// <summary>The questions the registration does not answer, as JSON Pointers into the project.</summary>
    public ImmutableArray<string> MissingAnswers { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Whether a data transfer impact assessment is required (transfer outside the EEA).</summary>
    public required bool DtiaRequired { get; init; }

    /// <summary>Whether a children's-rights impact assessment is recommended (a digital service mainly for minors).</summary>
    public required bool KiaRecommended { get; init; }

    /// <summary>Whether an IAMA is recommended (a high-risk AI system or another impactful algorithm).</summary>
    public required bool IamaRecommended { get; init; }
}

/// <summary>The class of a project under the EU AI Act and what it obliges.</summary>
public sealed record AiActResult
{
    /// <summary>The class.</summary>
    public required AiActClass Class { get; init; }

    /// <summary>The Annex III area that made it high-risk or that the Art. 6(3) exception was applied to.</summary>
    public AnnexIIIArea? Area { get; init; }

    /// <summary>Whether an Art. 50 transparency obligation applies (also for a high-risk system).</summary>
    public required bool TransparencyObligation { get; init; }

    /// <summary>The deployer's obligations, in a fixed order.</summary>
    public ImmutableArray<AiActObligation> Obligations { get; init => field = value.OrEmpty(); } = [];
}

/// <summary>The Algoritmeregister publication category a project should have.</summary>
public sealed record PublicationCategoryResult
{
    /// <summary>A (high-risk AI), B (impactful) or C (other).</summary>
    public required PublicationCategory Category { get; init; }

    /// <summary>The triggers of "impactful" that apply.</summary>
    public ImmutableArray<ImpactTrigger> Triggers { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Whether the category is B only because triggers are not answered ("impactful when in doubt").</summary>
    public required bool InDoubt { get; init; }
}

/// <summary>The impact level computed the way Canada's Algorithmic Impact Assessment does, with its figures.</summary>
public sealed record ImpactResult
{
    /// <summary>The level, I to IV.</summary>
    public required ImpactLevel Level { get; init; }

    /// <summary>The raw risk points; an unanswered factor counts at its maximum.</summary>
    public required int RawScore { get; init; }

    /// <summary>The highest raw score possible.</summary>
    public required int MaxRawScore { get; init; }

    /// <summary>The mitigation points; an unanswered mitigation counts 0.</summary>
    public required int MitigationScore { get; init; }

    /// <summary>The highest mitigation score possible.</summary>
    public required int MaxMitigationScore { get; init; }

    /// <summary>Whether the mitigation reached 80 % of its maximum, taking 15 % off the raw score.</summary>
    public required bool DeductionApplied { get; init; }

    /// <summary>The score the level comes from: the raw score, less 15 % (rounded half up) when the deduction applies.</summary>
    public required int Score { get; init; }

    /// <summary>What the level requires.</summary>
    public ImpactObligations Obligations => ImpactObligations.For(Level);
}

/// <summary>What an impact level requires in a municipality (after the Canadian directive's requirements per level).</summary>
public sealed record ImpactObligations
{
    private static readonly ImpactObligations[] Levels =
    [
        new() { Level = ImpactLevel.I, Approver = Approver.Team, PeerReviewers = 0, HumanFinalDecision = false, ExplanationPerDecision = false, CouncilInformed = false },
        new() { Level = ImpactLevel.II, Approver = Approver.CdoOffice, PeerReviewers = 1, HumanFinalDecision = false, ExplanationPerDecision = true, CouncilInformed = false },
        new() { Level = ImpactLevel.III, Approver = Approver.College, PeerReviewers = 1, HumanFinalDecision = true, ExplanationPerDecision = true, CouncilInformed = true },
        new() { Level = ImpactLevel.IV, Approver = Approver.Council, PeerReviewers = 2, HumanFinalDecision = true, ExplanationPerDecision = true, CouncilInformed = true },
    ];

    /// <summary>The level these obligations belong to.</summary>
    public required ImpactLevel Level { get; init; }

    /// <summary>Who must approve before use.</summary>
    public required Approver Approver { get; init; }

    /// <summary>How many qualified experts from outside the team review it.</summary>
    public required int PeerReviewers { get; init; }

    /// <summary>Whether a person must take the final decision.</summary>
    public required bool HumanFinalDecision { get; init; }

    /// <summary>Whether every decision gets an explanation in plain language (beyond the general public explanation all levels publish).</summary>
    public required bool ExplanationPerDecision { get; init; }

    /// <summary>Whether the council is informed actively.</summary>
    public required bool CouncilInformed { get; init; }

    /// <summary>The obligations of a level.</summary>
    /// <param name="level">The level.</param>
    /// <returns>Its obligations.</returns>
    public static ImpactObligations For(ImpactLevel level) => Levels[System.Math.Min(System.Math.Max((int)level, 1), 4) - 1];
}
