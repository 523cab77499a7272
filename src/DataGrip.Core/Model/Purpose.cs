using System.Collections.Immutable;

namespace DataGrip.Core.Model;

/// <summary>Why a project exists and what it must achieve: the steering perspective.</summary>
public sealed record Purpose : ExtensibleRecord
{
    /// <summary>The problem the project addresses, and for whom.</summary>
    public string? ProblemStatement { get; init; }

    /// <summary>The goal and expected impact (register field <c>goal</c>).</summary>
    public string? GoalAndImpact { get; init; }

    /// <summary>The public values the project serves or puts at stake (IAMA 1.3), such as "rechtvaardigheid" or "privacy".</summary>
    [Wire(MaxLength = WireLimits.Label)]
    public ImmutableArray<string> PublicValues { get; init => field = value.OrEmpty(); } = [];

    /// <summary>The objectives of the municipality's data strategy this project contributes to.</summary>
    public ImmutableArray<StrategyLink> StrategyObjectives { get; init => field = value.OrEmpty(); } = [];

    /// <summary>The societal goals the project promises, each with its KPIs.</summary>
    public ImmutableArray<SocietalGoal> SocietalGoals { get; init => field = value.OrEmpty(); } = [];

    /// <summary>The weighing of pros and cons: why data and an algorithm are proportionate here (register field <c>proportionality</c>).</summary>
    public string? Proportionality { get; init; }

    /// <summary>The alternatives considered, and why they were not chosen.</summary>
    public string? AlternativesConsidered { get; init; }
}

/// <summary>A link to an objective of the municipality's data strategy.</summary>
public sealed record StrategyLink : ExtensibleRecord
{
    /// <summary>The objective, as the strategy names it.</summary>
    [Wire(MaxLength = 500, MinLength = 1)]
    public required string Objective { get; init; }

    /// <summary>A link to the strategy document.</summary>
    [Wire(MaxLength = WireLimits.Url, Pattern = WireLimits.UrlPattern)]
    public string? Link { get; init; }
}

/// <summary>A societal goal a project promises, with its key performance indicators.</summary>
public sealed record SocietalGoal : ExtensibleRecord
{
    /// <summary>The goal, such as "Minder huishoudens met problematische schulden".</summary>
    [Wire(MaxLength = 500, MinLength = 1)]
    public required string Goal { get; init; }

    /// <summary>How reaching the goal is measured.</summary>
    public ImmutableArray<Kpi> Kpis { get; init => field = value.OrEmpty(); } = [];
}

/// <summary>A key performance indicator of a societal goal.</summary>
public sealed record Kpi : ExtensibleRecord
{
    /// <summary>What is measured, such as "Aantal vroegsignaleringen dat leidt tot hulp".</summary>
    [Wire(MaxLength = 500, MinLength = 1)]
    public required string Indicator { get; init; }

    /// <summary>The unit, such as "huishoudens" or "%".</summary>
    [Wire(MaxLength = 100)]
    public string? Unit { get; init; }

    /// <summary>The value before the project started.</summary>
    public decimal? Baseline { get; init; }

    /// <summary>The value the project aims for.</summary>
    public decimal? Target { get; init; }

    /// <summary>The latest measured value.</summary>
    public decimal? Measured { get; init; }

    /// <summary>When <see cref="Measured"/> was measured.</summary>
    public PartialDate? MeasuredOn { get; init => field = PartialDate.Present(value); }

    /// <summary>When the baseline was measured (nulmeting).</summary>
    public PartialDate? BaselineDate { get; init => field = PartialDate.Present(value); }

    /// <summary>When the target should be reached.</summary>
    public PartialDate? TargetDate { get; init => field = PartialDate.Present(value); }

    /// <summary>The dated measurements, each with its source (schema 1.1); the latest by date is the KPI's current value, else <see cref="Measured"/>.</summary>
    public ImmutableArray<KpiMeasurement> Measurements { get; init => field = value.OrEmpty(); } = [];

    /// <summary>The budget programme (begrotingsprogramma) the KPI reports under, such as "Programma 4 Werk en inkomen".</summary>
    [Wire(MaxLength = WireLimits.Label)]
    public string? Programme { get; init; }

    /// <summary>The policy goal (beleidsdoel) of the budget the KPI serves.</summary>
    [Wire(MaxLength = 500)]
    public string? PolicyGoal { get; init; }
}
