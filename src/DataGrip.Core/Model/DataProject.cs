using System.Collections.Immutable;

namespace DataGrip.Core.Model;

/// <summary>
/// One data-driven project of a municipality — a pilot, analysis, algorithm, dashboard, data product or model —
/// with everything a council, a CDO office and a citizen need to know about it.
/// </summary>
/// <remarks>
/// The first groups (identity, organisation and accountability) are properties of the project itself; the
/// others are grouped in <see cref="Lifecycle"/>, <see cref="Purpose"/>, <see cref="Legal"/>, <see cref="Data"/>,
/// <see cref="Technique"/>, <see cref="Oversight"/>, <see cref="Risk"/>, <see cref="Transparency"/> and
/// <see cref="Record"/>. Instances are immutable.
/// </remarks>
public sealed record DataProject : ExtensibleRecord
{
    // 1. Identity and description

    /// <summary>The stable identifier of the project in this export; other projects refer to it. Letters, digits and <c>. _ : -</c>.</summary>
    [Wire(MaxLength = WireLimits.Id, MinLength = 1, Pattern = WireLimits.IdPattern)]
    public required string Id { get; init; }

    /// <summary>The identifier in the municipality's own source system or register (register field <c>source_id</c>).</summary>
    [Wire(MaxLength = 100)]
    public string? SourceId { get; init; }

    /// <summary>Identifiers of this project in national and international registers.</summary>
    public ExternalIds? ExternalIds { get; init; }

    /// <summary>The name citizens and officials know the project by, at most 100 characters (register field <c>name</c>).</summary>
    [Wire(MaxLength = 100, MinLength = 1)]
    public required string Name { get; init; }

    /// <summary>What the project does, in two or three plain sentences (B1 level), at most 400 characters (register field <c>description_short</c>).</summary>
    [Wire(MaxLength = 400)]
    public string? ShortDescription { get; init; }

    /// <summary>The full description: the work process, why data is needed, what is done, impact and safeguards.</summary>
    public string? Description { get; init; }

    /// <summary>What kind of data-driven work this is.</summary>
    public ProjectKind? Kind { get; init; }

    /// <summary>The register themes the project falls under (register field <c>category</c>).</summary>
    [Wire(UniqueItems = true)]
    public ImmutableArray<Theme> Themes { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Search terms that help people find the project (register field <c>tags</c>).</summary>
    [Wire(MaxLength = 100)]
    public ImmutableArray<string> Tags { get; init => field = value.OrEmpty(); } = [];

    /// <summary>The language of the texts of this registration (register field <c>lang</c>).</summary>
    public ContentLanguage? Language { get; init; }

    // 2. Organisation and accountability

    /// <summary>The organisation responsible for the project (register field <c>organization</c>).</summary>
    public required Organization Organization { get; init; }

    /// <summary>The department or team that runs the project.</summary>
    [Wire(MaxLength = WireLimits.Label)]
    public string? Department { get; init; }

    /// <summary>A functional mailbox or web address for questions — not a person's own address (register field <c>contact_email</c>).</summary>
    [Wire(MaxLength = 500)]
    public string? Contact { get; init; }

    /// <summary>Who is accountable for what. Names and e-mail addresses of people are internal by default.</summary>
    public ImmutableArray<Role> Roles { get; init => field = value.OrEmpty(); } = [];

    /// <summary>The companies that supply, build, host or process for the project (register field <c>provider</c>).</summary>
    public ImmutableArray<Supplier> Suppliers { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Other organisations the project works with (samenwerkingsverbanden).</summary>
    public ImmutableArray<Partner> Partners { get; init => field = value.OrEmpty(); } = [];

    /// <summary>The council decision (raadsbesluit) that backs the project, if any.</summary>
    public CouncilDecision? CouncilDecision { get; init; }

    /// <summary>Other projects this one builds on, replaces or shares with, by their <see cref="Id"/>.</summary>
    public ImmutableArray<RelatedProject> RelatedProjects { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Decisions about the project — to start, continue, scale, stop, accept a risk — by the team, the CDO office, management, the college or the council (schema 1.1).</summary>
    public ImmutableArray<Decision> Decisions { get; init => field = value.OrEmpty(); } = [];

    // 3–11. The other groups

    /// <summary>Where the project is in its lifecycle, and when it is reviewed.</summary>
    public Lifecycle? Lifecycle { get; init; }

    /// <summary>Why the project exists and what it must achieve (steering).</summary>
    public Purpose? Purpose { get; init; }

    /// <summary>The legal basis of the project.</summary>
    public LegalBasis? Legal { get; init; }

    /// <summary>The data the project uses and whose data it is.</summary>
    public DataProfile? Data { get; init; }

    /// <summary>How the project works technically.</summary>
    public Technique? Technique { get; init; }

    /// <summary>Human oversight of the project's output and the redress open to people.</summary>
    public Oversight? Oversight { get; init; }

    /// <summary>Risk classification, impact assessments and known risks.</summary>
    public RiskProfile? Risk { get; init; }

    /// <summary>Publication, information of the council, audits, evaluations and incidents (transparency and supervision).</summary>
    public Transparency? Transparency { get; init; }

    /// <summary>Metadata of this record: when it was made and changed, where it came from, which fields are internal.</summary>
    public RecordInfo? Record { get; init; }
}

/// <summary>Identifiers of a project in other registers.</summary>
public sealed record ExternalIds : ExtensibleRecord
{
    /// <summary>The Algoritmeregister identifier (LARS code), assigned by the register on publication.</summary>
    [Wire(MaxLength = 100)]
    public string? AlgoritmeregisterLars { get; init; }

    /// <summary>The identifier in the UK Algorithmic Transparency Recording Standard repository, for shared tools.</summary>
    [Wire(MaxLength = 100)]
    public string? Atrs { get; init; }
}
