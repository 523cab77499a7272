using System.Collections.Immutable;

namespace DataGrip.Core.Reporting;

/// <summary>
/// A project as the report shows it, to drill down to from any figure: what it is, why, who answers for it and how
/// people can object. In a public report it holds only what the public export shows.
/// </summary>
public sealed record ReportProject
{
    /// <summary>The project's id.</summary>
    public required string Id { get; init; }

    /// <summary>The name.</summary>
    public required string Name { get; init; }

    /// <summary>The organisation responsible.</summary>
    public string? Organization { get; init; }

    /// <summary>The department or team.</summary>
    public string? Department { get; init; }

    /// <summary>The phase, as its wire name.</summary>
    public string? Phase { get; init; }

    /// <summary>The kind, as its wire name.</summary>
    public string? Kind { get; init; }

    /// <summary>The themes, as wire names.</summary>
    public ImmutableArray<string> Themes { get; init; } = [];

    /// <summary>The function of the portfolio holder; never a person's name.</summary>
    public string? PortfolioHolder { get; init; }

    /// <summary>What it does (short description).</summary>
    public string? What { get; init; }

    /// <summary>Why: the goal and expected impact.</summary>
    public string? Why { get; init; }

    /// <summary>Human oversight of its output.</summary>
    public string? HumanOversight { get; init; }

    /// <summary>How people can object.</summary>
    public string? Objection { get; init; }

    /// <summary>Where to ask questions (a functional mailbox or web address).</summary>
    public string? Contact { get; init; }

    /// <summary>The link to its publication in the Algoritmeregister.</summary>
    public string? RegisterLink { get; init; }

    /// <summary>The derived register category (A, B or C) as its wire name.</summary>
    public string? DerivedCategory { get; init; }

    /// <summary>The impact level to act on (<c>i</c>–<c>iv</c>).</summary>
    public string? ImpactLevel { get; init; }

    /// <summary>The completeness score, 0–100.</summary>
    public decimal CompletenessScore { get; init; }
}
