using System.Collections.Immutable;
using DataGrip.Core.Model;

namespace DataGrip.Core.Risk;

/// <summary>
/// The explained risk picture of one project: the Pre-scan DPIA, the AI Act class, the register category, the impact
/// level, the assessment gaps and the verdict of the council's framework, with every reason behind them.
/// </summary>
public sealed record RiskAssessment
{
    private ImmutableArray<Finding> findings;

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

    /// <summary>Every reason, in the order the rules ran: points, rules that fired, classes, gaps, framework clauses.</summary>
    public ImmutableArray<RiskReason> Reasons { get; init => field = value.OrEmpty(); } = [];

    /// <summary>The reasons that ask for action (Warning and Error) as findings with absolute pointers and messages in English and Dutch.</summary>
    public ImmutableArray<Finding> Findings
    {
        get
        {
            if (findings.IsDefault)
            {
                findings = Build(Severity.Warning);
            }

            return findings;
        }
    }

    /// <summary>Every reason as a finding, explanations included.</summary>
    /// <returns>The findings, in the order of <see cref="Reasons"/>.</returns>
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

        return builder.ToImmutable();
    }
}
