using System.Collections.Immutable;

namespace DataGrip.Core.Model;

/// <summary>The legal basis of a project.</summary>
public sealed record LegalBasis : ExtensibleRecord
{
    /// <summary>The lawful basis in words (register field <c>lawful_basis</c>).</summary>
    public string? LawfulBasis { get; init; }

    /// <summary>The laws and regulations the project rests on (register field <c>lawful_basis_grouping</c>).</summary>
    public ImmutableArray<LegalReference> References { get; init => field = value.OrEmpty(); } = [];

    /// <summary>The GDPR Art. 6(1) ground, when personal data is processed.</summary>
    public GdprLegalGround? GdprGround { get; init; }

    /// <summary>A link to the entry in the municipality's processing register (register field <c>process_index_url</c>).</summary>
    [Wire(MaxLength = WireLimits.Url, Pattern = WireLimits.UrlPattern)]
    public string? ProcessingRegisterUrl { get; init; }
}

/// <summary>A law or regulation, preferably with its wetten.overheid.nl link (a BWBR identifier).</summary>
public sealed record LegalReference : ExtensibleRecord
{
    /// <summary>The title, such as "Participatiewet, artikel 53a".</summary>
    [Wire(MaxLength = WireLimits.Label, MinLength = 1)]
    public required string Title { get; init; }

    /// <summary>The link, such as <c>https://wetten.overheid.nl/BWBR0015703</c>.</summary>
    [Wire(MaxLength = WireLimits.Url, Pattern = WireLimits.UrlPattern)]
    public string? Link { get; init; }
}
