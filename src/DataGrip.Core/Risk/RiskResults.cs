using System.Collections.Immutable;
using DataGrip.Core.Model;

namespace DataGrip.Core.Risk;

/// <summary>The outcome of the Pre-scan DPIA v2.0 (Rijksoverheid, <c>urn:nl:prescan</c>) for one project.</summary>
public sealed record DpiaPrescanResult
{
    /// <summary>DPIA required, recommended or not required when the given answers settle it whatever the missing ones are; otherwise undetermined.</summary>
    public required DpiaOutcome Outcome { get; init; }

    /// <summary>The mildest outcome the missing answers still allow (never <see cref="DpiaOutcome.Undetermined"/>).</summary>
    public DpiaOutcome LowestOutcome { get; init; }

    /// <summary>The strictest outcome the missing answers still allow (never <see cref="DpiaOutcome.Undetermined"/>); the one to act on.</summary>
    public DpiaOutcome HighestOutcome { get; init; }

    /// <summary>Whether the given answers settle the outcome.</summary>
    public bool IsDetermined => LowestOutcome == HighestOutcome;

    /// <summary>The missing answers (JSON Pointers into the project) that can change the outcome on their own; empty when it is determined.</summary>
    public ImmutableArray<string> DecidingAnswers { get; init => field = value.OrEmpty(); } = [];

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

    /// <summary>
    /// Whether a data transfer impact assessment is required: a transfer outside the EEA with storage or support outside
    /// the EEA under standard contractual clauses or another mechanism; while those are not answered, the strictest
    /// answer (required).
    /// </summary>
    public required bool DtiaRequired { get; init; }

    /// <summary>Whether the given answers settle <see cref="DtiaRequired"/> (false while storage, support or mechanism of a transfer outside the EEA are not answered).</summary>
    public bool DtiaDetermined { get; init; } = true;

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

    /// <summary>The role the obligations are for: the stated one, or deployer when none is stated.</summary>
    public AiActRole Role { get; init; } = AiActRole.Deployer;

    /// <summary>The obligations of that role for the class, in a fixed order (after the decision aid's conclusions).</summary>
    public ImmutableArray<AiActObligation> Obligations { get; init => field = value.OrEmpty(); } = [];

    /// <summary>The least strict class the missing answers still allow.</summary>
    public AiActClass LowestClass { get; init; }

    /// <summary>The strictest class the missing answers still allow (stated practices are read as complete, see README).</summary>
    public AiActClass HighestClass { get; init; }

    /// <summary>Whether the given answers settle the class.</summary>
    public bool IsDetermined => LowestClass == HighestClass;

    /// <summary>The missing answers (JSON Pointers into the project) that can change the class; empty when it is determined.</summary>
    public ImmutableArray<string> DecidingAnswers { get; init => field = value.OrEmpty(); } = [];
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

    /// <summary>The least strict category the missing answers still allow (C is the least strict, A the strictest).</summary>
    public PublicationCategory LeastStrict { get; init; }

    /// <summary>The strictest category the missing answers still allow.</summary>
    public PublicationCategory Strictest { get; init; }

    /// <summary>Whether the given answers settle the category.</summary>
    public bool IsDetermined => LeastStrict == Strictest;

    /// <summary>The missing answers (JSON Pointers into the project) that can change the category; empty when it is determined.</summary>
    public ImmutableArray<string> DecidingAnswers { get; init => field = value.OrEmpty(); } = [];
}

/// <summary>The impact level computed the way Canada's Algorithmic Impact Assessment does, with its figures.</summary>
public sealed record ImpactResult
{
    /// <summary>The level to act on, I to IV: the highest the missing answers allow (each missing risk factor at its maximum).</summary>
    public required ImpactLevel Level { get; init; }

    /// <summary>The lowest level the missing answers allow (each missing risk factor at 0); equals <see cref="Level"/> when it is determined.</summary>
    public ImpactLevel LowestLevel { get; init; } = ImpactLevel.I;

    /// <summary>The score with each missing risk factor at 0, after the same deduction as <see cref="Score"/>.</summary>
    public int LowestScore { get; init; }

    /// <summary>Whether the given answers settle the level.</summary>
    public bool IsDetermined => LowestLevel == Level;

    /// <summary>The missing risk factors (JSON Pointers into the project) that can change the level; empty when it is determined.</summary>
    public ImmutableArray<string> DecidingAnswers { get; init => field = value.OrEmpty(); } = [];

    /// <summary>The factors (bits by their place in the factor table) whose answer is missing.</summary>
    internal long UnknownFactors { get; init; }

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

/// <summary>The verdict of the council's risk framework on a project, with what it rests on.</summary>
public sealed record FrameworkVerdict
{
    /// <summary>The council must decide, need not, or it depends on missing answers.</summary>
    public required CouncilVerdict Verdict { get; init; }

    /// <summary>The clauses of the framework (JSON Pointers into the framework file) that reserve the project for the council, or that could once the missing answers are given.</summary>
    public ImmutableArray<string> Clauses { get; init => field = value.OrEmpty(); } = [];

    /// <summary>The missing answers (JSON Pointers into the project) the verdict depends on; empty unless it is <see cref="CouncilVerdict.DependsOnAnswers"/>.</summary>
    public ImmutableArray<string> Questions { get; init => field = value.OrEmpty(); } = [];
}

/// <summary>A missing answer, with the outcomes it can change; the assessment ranks them so the few that matter are asked first.</summary>
public sealed record NextQuestion
{
    /// <summary>The answer's JSON Pointer into the project.</summary>
    public required string Pointer { get; init; }

    /// <summary>The outcomes the answer can change on its own.</summary>
    public required RiskOutcomes Changes { get; init; }

    /// <summary>The impact-level risk points that hang on the answer (its factors' maxima).</summary>
    public required int ImpactPoints { get; init; }
}

/// <summary>An answer the assessment read from the registration's own words or fields because the field that asks it is empty. It never overrides a stated answer.</summary>
public sealed record InferredAnswer
{
    /// <summary>The JSON Pointer (into the project) of the answer it stands in for, such as <c>/oversight/legalEffects</c>.</summary>
    public required string Pointer { get; init; }

    /// <summary>The answer, as a stable wire value (such as <c>none</c>, <c>true</c>, <c>brp</c>, <c>bsn</c>, <c>machineLearning</c>).</summary>
    public required string Value { get; init; }

    /// <summary>The JSON Pointer (into the project) of the field it was read from.</summary>
    public required string Field { get; init; }

    /// <summary>The words of that field it rests on, quoted.</summary>
    public required string Quote { get; init; }
}
