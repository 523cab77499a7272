using System.Collections.Immutable;

namespace DataGrip.Core.Model;

/// <summary>Where a project is in its lifecycle.</summary>
public sealed record Lifecycle : ExtensibleRecord
{
    /// <summary>The current phase.</summary>
    public Phase? Phase { get; init; }

    /// <summary>The Algoritmeregister status derived from <see cref="Phase"/>; null when the phase is unknown. Not written to the wire.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public RegisterStatus? RegisterStatus => Phase switch
    {
        null => null,
        Model.Phase.Idea or Model.Phase.Design or Model.Phase.Development => Model.RegisterStatus.InDevelopment,
        Model.Phase.Ended => Model.RegisterStatus.OutOfUse,
        _ => Model.RegisterStatus.InUse,
    };

    /// <summary>When the project started or will start (register field <c>begin_date</c>).</summary>
    public PartialDate? BeginDate { get; init => field = PartialDate.Present(value); }

    /// <summary>When the project ended or will end (register field <c>end_date</c>); must not be before the begin date.</summary>
    public PartialDate? EndDate { get; init => field = PartialDate.Present(value); }

    /// <summary>When this registration was last reviewed for accuracy.</summary>
    public PartialDate? LastReviewed { get; init => field = PartialDate.Present(value); }

    /// <summary>When the next review is due.</summary>
    public PartialDate? NextReview { get; init => field = PartialDate.Present(value); }

    /// <summary>The team or function that reviews this registration, such as "CDO-office" (not a person's name); internal by default.</summary>
    [Wire(MaxLength = WireLimits.Label)]
    public string? Reviewer { get; init; }

    /// <summary>The phases the project went through, oldest first, each with the date it was entered and the decision that moved it (schema 1.1).</summary>
    public ImmutableArray<PhaseEntry> PhaseHistory { get; init => field = value.OrEmpty(); } = [];

    /// <summary>The terms of the pilot, for a project that is or was a pilot (schema 1.1).</summary>
    public PilotTerms? Pilot { get; init; }
}
