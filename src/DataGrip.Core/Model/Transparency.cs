using System;
using System.Collections.Immutable;

namespace DataGrip.Core.Model;

/// <summary>Publication, information of the council, audits, evaluations and incidents: transparency and supervision.</summary>
public sealed record Transparency : ExtensibleRecord
{
    /// <summary>The project's publication in the Algoritmeregister.</summary>
    public RegisterPublication? Register { get; init; }

    /// <summary>A public web page about the project (register field <c>website</c>).</summary>
    [Wire(MaxLength = WireLimits.Url, Pattern = WireLimits.UrlPattern)]
    public string? PublicPage { get; init; }

    /// <summary>
    /// The registration's place in the organisation's own (decentralised) register, where it was recorded first
    /// (register field <c>url</c>, "Link naar bronregistratie").
    /// </summary>
    [Wire(MaxLength = WireLimits.Url, Pattern = WireLimits.UrlPattern)]
    public string? SourceRegistrationUrl { get; init; }

    /// <summary>
    /// Why some impact assessments were not done, or what those done found (register field <c>impacttoetsen</c>,
    /// "Toelichting op impacttoetsen").
    /// </summary>
    public string? ImpactAssessmentsExplanation { get; init; }

    /// <summary>When and how the council was informed.</summary>
    public CouncilInformation? CouncilInformed { get; init; }

    /// <summary>Audits of the project.</summary>
    public ImmutableArray<Audit> Audits { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Evaluations of the project.</summary>
    public ImmutableArray<Evaluation> Evaluations { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Incidents: errors, complaints, data breaches, and what was done.</summary>
    public ImmutableArray<Incident> Incidents { get; init => field = value.OrEmpty(); } = [];
}

/// <summary>A publication in the Algoritmeregister.</summary>
public sealed record RegisterPublication : ExtensibleRecord
{
    /// <summary>The register's identifier (LARS code) of the publication.</summary>
    [Wire(MaxLength = 100)]
    public string? RegisterId { get; init; }

    /// <summary>The link to the published registration.</summary>
    [Wire(MaxLength = WireLimits.Url, Pattern = WireLimits.UrlPattern)]
    public string? Link { get; init; }

    /// <summary>When it was published.</summary>
    public PartialDate? PublishedOn { get; init => field = PartialDate.Present(value); }
}

/// <summary>How the council was informed about a project (raadsinformatiebrief, commissie).</summary>
public sealed record CouncilInformation : ExtensibleRecord
{
    /// <summary>When the council was informed.</summary>
    public PartialDate? Date { get; init => field = PartialDate.Present(value); }

    /// <summary>The reference of the letter or meeting.</summary>
    [Wire(MaxLength = WireLimits.Label)]
    public string? Reference { get; init; }

    /// <summary>A link to the document.</summary>
    [Wire(MaxLength = WireLimits.Url, Pattern = WireLimits.UrlPattern)]
    public string? Link { get; init; }
}

/// <summary>An audit of a project.</summary>
public sealed record Audit : ExtensibleRecord
{
    /// <summary>Who audited: an internal audit department, the Rekenkamer, an external firm.</summary>
    [Wire(MaxLength = WireLimits.Label, MinLength = 1)]
    public required string By { get; init; }

    /// <summary>When.</summary>
    public PartialDate? Date { get; init => field = PartialDate.Present(value); }

    /// <summary>The outcome in a few sentences.</summary>
    public string? Outcome { get; init; }

    /// <summary>A link to the report.</summary>
    [Wire(MaxLength = WireLimits.Url, Pattern = WireLimits.UrlPattern)]
    public string? Link { get; init; }
}

/// <summary>An evaluation of a project: did it reach its goals?</summary>
public sealed record Evaluation : ExtensibleRecord
{
    /// <summary>When.</summary>
    public PartialDate? Date { get; init => field = PartialDate.Present(value); }

    /// <summary>Who evaluated.</summary>
    [Wire(MaxLength = WireLimits.Label)]
    public string? By { get; init; }

    /// <summary>The conclusions.</summary>
    public string? Summary { get; init; }

    /// <summary>A link to the report.</summary>
    [Wire(MaxLength = WireLimits.Url, Pattern = WireLimits.UrlPattern)]
    public string? Link { get; init; }
}

/// <summary>An incident with a project.</summary>
public sealed record Incident : ExtensibleRecord
{
    /// <summary>When it happened.</summary>
    public PartialDate? Date { get; init => field = PartialDate.Present(value); }

    /// <summary>What happened.</summary>
    public required string Description { get; init; }

    /// <summary>What was done about it.</summary>
    public string? Measures { get; init; }
}
