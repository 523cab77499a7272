namespace DataGrip.Core.Model;

/// <summary>
/// A decision about a project: who took it, when, about what and with what outcome. A decision of the team, the CDO
/// office or management is internal by default (left out of a public export); one of the college or the council is
/// public.
/// </summary>
public sealed record Decision : ExtensibleRecord
{
    /// <summary>Who decided.</summary>
    public required DecisionBody Body { get; init; }

    /// <summary>What was decided about.</summary>
    public required DecisionSubject Subject { get; init; }

    /// <summary>When it was decided.</summary>
    public PartialDate? Date { get; init => field = PartialDate.Present(value); }

    /// <summary>The decision's reference, such as "B&amp;W 2025-0412" or "RB 2024-117"; phase history entries and pilot terms refer to it.</summary>
    [Wire(MaxLength = WireLimits.Label)]
    public string? Reference { get; init; }

    /// <summary>The outcome.</summary>
    public DecisionOutcome? Outcome { get; init; }

    /// <summary>What was decided, in a sentence or two.</summary>
    [Wire(MaxLength = 2000)]
    public string? Summary { get; init; }

    /// <summary>A link to the decision document.</summary>
    [Wire(MaxLength = WireLimits.Url, Pattern = WireLimits.UrlPattern)]
    public string? Link { get; init; }
}
