namespace DataGrip.Core.Model;

/// <summary>The terms of a pilot: when it is evaluated and ends, what was decided after it, and what was learned.</summary>
public sealed record PilotTerms : ExtensibleRecord
{
    /// <summary>When the pilot is to be evaluated.</summary>
    public PartialDate? EvaluationDate { get; init => field = PartialDate.Present(value); }

    /// <summary>When the pilot is planned to end.</summary>
    public PartialDate? PlannedEnd { get; init => field = PartialDate.Present(value); }

    /// <summary>What was decided after the pilot; pending until it is decided.</summary>
    public ScaleDecision? ScaleDecision { get; init; }

    /// <summary>The reference of the scale decision (see <see cref="Decision.Reference"/>).</summary>
    [Wire(MaxLength = WireLimits.Label)]
    public string? DecisionReference { get; init; }

    /// <summary>What the pilot taught, for the next project here or elsewhere.</summary>
    public string? LessonsLearned { get; init; }
}
