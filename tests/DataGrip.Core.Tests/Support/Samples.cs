using System.Collections.Immutable;
using DataGrip.Core.Model;

namespace DataGrip.Core.Tests.Support;

/// <summary>Small hand-written projects for example-based tests.</summary>
internal static class Samples
{
    public static DataProject Project(string id = "utrecht-vroegsignalering") => new()
    {
        Id = id,
        Name = "Vroegsignalering schulden",
        ShortDescription = "Signalen van betalingsachterstanden helpen ons inwoners met schulden eerder hulp aan te bieden.",
        Organization = new Organization { Name = "Gemeente Utrecht", Code = "GM0344", Type = OrganizationType.Gemeente },
        Themes = [Theme.SocialSecurity],
        Contact = "schuldhulp@utrecht.nl",
        Roles =
        [
            new Role { Kind = RoleKind.ProductOwner, Function = "Teamleider schuldhulp", Name = "Sanne Bakker", Email = "s.bakker@utrecht.nl" },
            new Role { Kind = RoleKind.PortfolioHolder, Function = "Wethouder Werk en Inkomen", Name = "Publiek Bekend", Email = "wethouder@utrecht.nl" },
        ],
        Suppliers = [new Supplier { Name = "Inforing", KvkNumber = "12345678", ContractReference = "CT-2024-017" }],
        Lifecycle = new Lifecycle { Phase = Phase.Pilot, BeginDate = new PartialDate(2024, 3) },
        Risk = new RiskProfile { Risks = [new IdentifiedRisk { Name = "Bias naar wijk", Mitigation = "Kwartaalcontrole" }] },
        Record = new RecordInfo
        {
            Visibility = ImmutableDictionary<string, FieldVisibility>.Empty
                .Add("/risk/risks/0/mitigation", FieldVisibility.Internal)
                .Add("/roles/1/name", FieldVisibility.Public),
        },
    };

    public static ProjectExport Export(params DataProject[] projects) => new() { Projects = [.. projects] };
}
