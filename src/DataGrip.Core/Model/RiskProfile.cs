using System.Collections.Immutable;

namespace DataGrip.Core.Model;

/// <summary>Risk classification, impact assessments and known risks of a project.</summary>
public sealed record RiskProfile : ExtensibleRecord
{
    /// <summary>The Algoritmeregister publication category (register field <c>publication_category</c>).</summary>
    public PublicationCategory? PublicationCategory { get; init; }

    /// <summary>The classification under the EU AI Act.</summary>
    public AiActProfile? AiAct { get; init; }

    /// <summary>The impact assessments and where they stand (register fields <c>impacttoetsen_grouping</c> and <c>impacttoetsen</c>).</summary>
    public ImmutableArray<Assessment> Assessments { get; init => field = value.OrEmpty(); } = [];

    /// <summary>The known risks and how they are managed (register field <c>risks</c>).</summary>
    public ImmutableArray<IdentifiedRisk> Risks { get; init => field = value.OrEmpty(); } = [];
}

/// <summary>The classification of a project under the EU AI Act (Regulation (EU) 2024/1689).</summary>
public sealed record AiActProfile : ExtensibleRecord
{
    /// <summary>What the system is.</summary>
    public AiSystemType? SystemType { get; init; }

    /// <summary>The municipality's role.</summary>
    public AiActRole? Role { get; init; }

    /// <summary>The risk group.</summary>
    public AiActRiskGroup? RiskGroup { get; init; }

    /// <summary>The Annex III area, for a high-risk system.</summary>
    public AnnexIIIArea? AnnexIIIArea { get; init; }

    /// <summary>Whether an Art. 50 transparency obligation applies (chatbots, synthetic content, emotion recognition); null when unknown.</summary>
    public bool? TransparencyObligation { get; init; }
}

/// <summary>An impact assessment of a project.</summary>
public sealed record Assessment : ExtensibleRecord
{
    /// <summary>The kind of assessment.</summary>
    public required AssessmentType Type { get; init; }

    /// <summary>The assessment's title; required in practice for <see cref="AssessmentType.Other"/>.</summary>
    [Wire(MaxLength = WireLimits.Label)]
    public string? Title { get; init; }

    /// <summary>Where it stands.</summary>
    public required AssessmentStatus Status { get; init; }

    /// <summary>When it was done or is planned.</summary>
    public PartialDate? Date { get; init; }

    /// <summary>Its outcome in a few sentences.</summary>
    public string? Outcome { get; init; }

    /// <summary>A link to the assessment report.</summary>
    [Wire(MaxLength = WireLimits.Url, Pattern = WireLimits.UrlPattern)]
    public string? Link { get; init; }

    /// <summary>Why it was not done, when it is not required (register field <c>impacttoetsen</c>).</summary>
    public string? ReasonNotDone { get; init; }
}

/// <summary>A known risk of a project and how it is managed.</summary>
public sealed record IdentifiedRisk : ExtensibleRecord
{
    /// <summary>A short name, such as "Bias naar wijk".</summary>
    [Wire(MaxLength = WireLimits.Label, MinLength = 1)]
    public required string Name { get; init; }

    /// <summary>What could go wrong, and for whom.</summary>
    public string? Description { get; init; }

    /// <summary>What is done to prevent or limit it.</summary>
    public string? Mitigation { get; init; }

    /// <summary>Who owns the risk (a function, not a person's name).</summary>
    [Wire(MaxLength = WireLimits.Label)]
    public string? Owner { get; init; }
}
