namespace DataGrip.Core.Model;

/// <summary>A government organisation.</summary>
public sealed record Organization : ExtensibleRecord
{
    /// <summary>The official name, such as "Gemeente Utrecht".</summary>
    [Wire(MaxLength = WireLimits.Label, MinLength = 1)]
    public required string Name { get; init; }

    /// <summary>The CBS/TOOI code, such as <c>GM0344</c> for Utrecht; for a municipality it must be one of the 342 real codes.</summary>
    [Wire(MaxLength = 20, Pattern = WireLimits.OrganizationCodePattern)]
    public string? Code { get; init; }

    /// <summary>The kind of organisation.</summary>
    public OrganizationType? Type { get; init; }
}

/// <summary>A person or team accountable for part of a project.</summary>
public sealed record Role : ExtensibleRecord
{
    /// <summary>The role.</summary>
    public required RoleKind Kind { get; init; }

    /// <summary>The function title, such as "Wethouder Sociaal Domein"; public by default.</summary>
    [Wire(MaxLength = WireLimits.Label)]
    public string? Function { get; init; }

    /// <summary>The person's name; internal by default, left out of a public export.</summary>
    [Wire(MaxLength = WireLimits.Label)]
    public string? Name { get; init; }

    /// <summary>The person's e-mail address; internal by default, left out of a public export.</summary>
    [Wire(MaxLength = 320)]
    public string? Email { get; init; }
}

/// <summary>A company that supplies, builds, hosts or processes for the project.</summary>
public sealed record Supplier : ExtensibleRecord
{
    /// <summary>The company name ("Intern ontwikkeld" when built in-house).</summary>
    [Wire(MaxLength = WireLimits.Label, MinLength = 1)]
    public required string Name { get; init; }

    /// <summary>The Chamber of Commerce number (KvK-nummer), eight digits.</summary>
    [Wire(MaxLength = 8, Pattern = WireLimits.KvkPattern)]
    public string? KvkNumber { get; init; }

    /// <summary>What the supplier does.</summary>
    public SupplierRole? Role { get; init; }

    /// <summary>The product or module supplied.</summary>
    [Wire(MaxLength = WireLimits.Label)]
    public string? Product { get; init; }

    /// <summary>The reference of the contract or processing agreement; internal by default.</summary>
    [Wire(MaxLength = WireLimits.Label)]
    public string? ContractReference { get; init; }
}

/// <summary>Another organisation the project works with.</summary>
public sealed record Partner : ExtensibleRecord
{
    /// <summary>The partner's name.</summary>
    [Wire(MaxLength = WireLimits.Label, MinLength = 1)]
    public required string Name { get; init; }

    /// <summary>The partner's CBS/TOOI code, if it is a government organisation.</summary>
    [Wire(MaxLength = 20, Pattern = WireLimits.OrganizationCodePattern)]
    public string? Code { get; init; }

    /// <summary>What the partner contributes.</summary>
    [Wire(MaxLength = WireLimits.Label)]
    public string? Contribution { get; init; }
}

/// <summary>A council decision (raadsbesluit) that backs a project.</summary>
public sealed record CouncilDecision : ExtensibleRecord
{
    /// <summary>The decision's reference, such as "RB 2024-117".</summary>
    [Wire(MaxLength = WireLimits.Label, MinLength = 1)]
    public required string Reference { get; init; }

    /// <summary>The date of the decision.</summary>
    public PartialDate? Date { get; init => field = PartialDate.Present(value); }

    /// <summary>A link to the decision in the council information system.</summary>
    [Wire(MaxLength = WireLimits.Url, Pattern = WireLimits.UrlPattern)]
    public string? Link { get; init; }
}

/// <summary>A relation to another project in the same export.</summary>
public sealed record RelatedProject : ExtensibleRecord
{
    /// <summary>The <see cref="DataProject.Id"/> of the other project.</summary>
    [Wire(MaxLength = WireLimits.Id, MinLength = 1, Pattern = WireLimits.IdPattern)]
    public required string ProjectId { get; init; }

    /// <summary>How this project relates to the other one.</summary>
    public required RelationKind Relation { get; init; }

    /// <summary>A note on the relation.</summary>
    [Wire(MaxLength = 1000)]
    public string? Note { get; init; }
}
