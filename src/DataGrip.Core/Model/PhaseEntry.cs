namespace DataGrip.Core.Model;

/// <summary>One step of a project's phase history: the phase, when it was entered and the decision that moved it there.</summary>
public sealed record PhaseEntry : ExtensibleRecord
{
    /// <summary>The phase the project entered.</summary>
    public required Phase Phase { get; init; }

    /// <summary>When the project entered the phase.</summary>
    /// <exception cref="System.ArgumentException">The value is <c>default(PartialDate)</c>, which is no date.</exception>
    public required PartialDate Entered { get; init => field = value.Year == 0 ? throw new System.ArgumentException("The date a phase was entered must be a date, not default(PartialDate).", nameof(value)) : value; }

    /// <summary>The reference of the decision that moved the project into the phase (see <see cref="Decision.Reference"/>), if any.</summary>
    [Wire(MaxLength = WireLimits.Label)]
    public string? DecisionReference { get; init; }
}
