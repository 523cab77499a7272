using System.Collections.Immutable;
using DataGrip.Core.Model;

namespace DataGrip.Core.Risk;

/// <summary>
/// The explained risk picture of one project: the Pre-scan DPIA, the AI Act class, the register category, the impact
/// level, the assessment gaps and the verdict of the council's framework, with every reason behind them.
/// </summary>
public sealed record RiskAssessment
{
    private readonly FindingsCache cache = new();
    private readonly QuestionsCache questions = new();

    /// <summary>The project's id.</summary>
    public required string ProjectId { get; init; }

    /// <summary>The project's JSON Pointer in its export (such as <c>/projects/3</c>), or empty for a single project.</summary>
    public string Pointer { get; init; } = "";

    /// <summary>The Pre-scan DPIA.</summary>
    public required DpiaPrescanResult Dpia { get; init; }

    /// <summary>The AI Act class.</summary>
    public required AiActResult AiAct { get; init; }

    /// <summary>The Algoritmeregister publication category the project should have.</summary>
    public required PublicationCategoryResult PublicationCategory { get; init; }

    /// <summary>The impact level.</summary>
    public required ImpactResult Impact { get; init; }

    /// <summary>Whether the framework reserves something in this project for the council (whether or not a council decision is registered).</summary>
    public required bool CouncilDecisionRequired { get; init; }

    /// <summary>Whether the project may not go ahead: the framework excludes it or the AI Act prohibits it.</summary>
    public required bool Excluded { get; init; }

    /// <summary>The framework's verdict in three values (the council must decide, need not, or it depends on answers), with the clauses and the questions.</summary>
    public FrameworkVerdict Framework { get; init; } = new() { Verdict = CouncilVerdict.NotNeeded };

    /// <summary>The missing answers that can change an outcome, those that can change the most first (then by the impact points at stake).</summary>
    /// <remarks>Made on first use from the deciding answers of the outcomes, and kept; a copy made with <c>with</c> and other outcomes makes its own.</remarks>
    public ImmutableArray<NextQuestion> NextQuestions => questions.Get(this);

    /// <summary>The answers read from the registration's own words or fields (empty when <see cref="RiskOptions.InferAnswers"/> is off); they are never stated answers.</summary>
    public ImmutableArray<InferredAnswer> Inferred { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Every reason, in the order the rules ran: points, rules that fired, classes, gaps, framework clauses.</summary>
    public ImmutableArray<RiskReason> Reasons { get; init => field = value.OrEmpty(); } = [];

    /// <summary>What the options' own <see cref="RiskOptions.Rules"/> found, in their order, with pointers like every finding's (empty without such rules).</summary>
    public ImmutableArray<Finding> RuleFindings { get; init => field = value.OrEmpty(); } = [];

    /// <summary>
    /// The reasons that ask for action (Warning and Error) as findings with absolute pointers and messages in English
    /// and Dutch, then the <see cref="RuleFindings"/> of severity Warning and Error.
    /// </summary>
    /// <remarks>Made on first use and kept; a copy made with <c>with</c> and other reasons makes its own.</remarks>
    public ImmutableArray<Finding> Findings => cache.Get(this);

    /// <summary>Every reason as a finding, explanations included, then every one of <see cref="RuleFindings"/>.</summary>
    /// <returns>The findings, in the order of <see cref="Reasons"/>, then the rules' findings.</returns>
    public ImmutableArray<Finding> Explain() => Build(Severity.Info);

    private ImmutableArray<Finding> Build(Severity minimum)
    {
        var builder = ImmutableArray.CreateBuilder<Finding>();
        foreach (var reason in Reasons)
        {
            if (reason.Severity >= minimum)
            {
                builder.Add(reason.ToFinding(Pointer));
            }
        }

        foreach (var finding in RuleFindings)
        {
            if (finding.Severity >= minimum)
            {
                builder.Add(finding);
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>Keeps the next questions made from one set of outcomes; like <see cref="FindingsCache"/>, no part of equality.</summary>
    private sealed class QuestionsCache
    {
        private Entry? entry;

        public ImmutableArray<NextQuestion> Get(RiskAssessment owner)
        {
            var current = System.Threading.Volatile.Read(ref entry);
            if (current is null || !ReferenceEquals(current.Impact, owner.Impact) || !ReferenceEquals(current.Dpia, owner.Dpia)
                || !ReferenceEquals(current.Category, owner.PublicationCategory) || !ReferenceEquals(current.AiAct, owner.AiAct) || !ReferenceEquals(current.Framework, owner.Framework))
            {
                current = new Entry(owner.Impact, owner.Dpia, owner.PublicationCategory, owner.AiAct, owner.Framework,
                    RiskAssessor.NextQuestions(owner.Impact, owner.Dpia, owner.PublicationCategory, owner.AiAct, owner.Framework));
                System.Threading.Volatile.Write(ref entry, current);
            }

            return current.Questions;
        }

        public override bool Equals(object? obj) => obj is QuestionsCache;

        public override int GetHashCode() => 0;

        private sealed record Entry(ImpactResult Impact, DpiaPrescanResult Dpia, PublicationCategoryResult Category, AiActResult AiAct, FrameworkVerdict Framework, ImmutableArray<NextQuestion> Questions);
    }

    /// <summary>
    /// Keeps the findings made from one set of reasons. It takes no part in the record's equality, and a copy made
    /// with <c>with</c> that changes the reasons or the pointer does not reuse it.
    /// </summary>
    private sealed class FindingsCache
    {
        private Entry? entry;

        public ImmutableArray<Finding> Get(RiskAssessment owner)
        {
            var current = System.Threading.Volatile.Read(ref entry);
            if (current is null || current.Reasons != owner.Reasons || !ReferenceEquals(current.Pointer, owner.Pointer) || current.Rules != owner.RuleFindings)
            {
                current = new Entry(owner.Reasons, owner.Pointer, owner.RuleFindings, owner.Build(Severity.Warning));
                System.Threading.Volatile.Write(ref entry, current);
            }

            return current.Findings;
        }

        public override bool Equals(object? obj) => obj is FindingsCache;

        public override int GetHashCode() => 0;

        private sealed record Entry(ImmutableArray<RiskReason> Reasons, string Pointer, ImmutableArray<Finding> Rules, ImmutableArray<Finding> Findings);
    }
}
