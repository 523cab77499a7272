namespace DataGrip.Core.Model;

/// <summary>The outcome of a decision.</summary>
public enum DecisionOutcome
{
    /// <summary>Approved (goedgekeurd).</summary>
    Approved,

    /// <summary>Rejected (afgewezen).</summary>
    Rejected,

    /// <summary>Deferred: the decision was postponed (aangehouden).</summary>
    Deferred,
}
