using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Text.Json;
using DataGrip.Core.Model;

namespace DataGrip.Core.Benchmarks;

/// <summary>
/// Builds realistic, valid exports of any size from a seed: the same (count, seed) gives the same export.
/// Every project fills most groups of the model, with Dutch texts of a few hundred characters.
/// </summary>
public static class SyntheticExport
{
    // Real CBS codes with their official names: the validator checks that they match.
    private static readonly (string Code, string Name, string Domain)[] Municipalities =
    [
        ("GM0344", "Gemeente Utrecht", "utrecht.nl"),
        ("GM0363", "Gemeente Amsterdam", "amsterdam.nl"),
        ("GM0772", "Gemeente Eindhoven", "eindhoven.nl"),
        ("GM0599", "Gemeente Rotterdam", "rotterdam.nl"),
        ("GM0518", "Gemeente Den Haag", "denhaag.nl"),
        ("GM0014", "Gemeente Groningen", "groningen.nl"),
        ("GM0034", "Gemeente Almere", "almere.nl"),
    ];

    private static readonly (string Subject, Theme Theme, string Department)[] Subjects =
    [
        ("Vroegsignalering schulden", Theme.SocialSecurity, "Werk en Inkomen"),
        ("Parkeerdruk", Theme.Traffic, "Mobiliteit"),
        ("Afvalinzameling op maat", Theme.NatureAndEnvironment, "Stadsbeheer"),
        ("Woningtoewijzing", Theme.Housing, "Wonen"),
        ("Jeugdhulp-instroom", Theme.HealthAndCare, "Maatschappelijke Ontwikkeling"),
        ("Ondermijning", Theme.PublicOrderAndSafety, "Openbare Orde en Veiligheid"),
        ("WOZ-taxatie", Theme.PublicFinance, "Belastingen"),
        ("Re-integratie bijstand", Theme.Work, "Werk en Inkomen"),
        ("Verkeersveiligheid schoolroutes", Theme.Traffic, "Mobiliteit"),
        ("Energiearmoede", Theme.Housing, "Duurzaamheid"),
        ("Meldingen openbare ruimte", Theme.OrganisationAndOperations, "Stadsbeheer"),
        ("Vergunningverlening bouwen", Theme.SpatialPlanningAndInfrastructure, "Ruimte"),
    ];

    private static readonly string[] KindNouns = ["dashboard", "model", "pilot", "analyse", "dataproduct", "risicoprofiel", "voorspelling"];

    private static readonly string[] Sentences =
    [
        "De gemeente gebruikt gegevens uit eigen registraties om eerder in beeld te krijgen welke inwoners hulp nodig hebben.",
        "Een medewerker beoordeelt elke signalering voordat er contact wordt opgenomen met de inwoner.",
        "Het model rangschikt meldingen op urgentie zodat de buitendienst de route per dag beter kan plannen.",
        "Er worden geen besluiten automatisch genomen; de uitkomst is alleen een hulpmiddel voor de behandelaar.",
        "De gegevens worden na afloop van de looptijd verwijderd volgens de selectielijst van de archiefwet.",
        "Het dashboard toont geaggregeerde cijfers per wijk, zodat geen individuele personen herleidbaar zijn.",
        "Inwoners kunnen bezwaar maken tegen het besluit en worden in begrijpelijke taal geïnformeerd over hun rechten.",
        "De werking is getoetst op ongewenste onderscheid naar wijk, leeftijd en herkomst; de resultaten zijn openbaar.",
        "De leverancier verwerkt de gegevens uitsluitend binnen de Europese Economische Ruimte onder een verwerkersovereenkomst.",
        "Elk kwartaal rapporteert het team aan de CDO-office over het gebruik, de prestaties en de incidenten.",
        "De gemeenteraad is via een raadsinformatiebrief geïnformeerd over het doel, de risico's en de waarborgen.",
        "Het project sluit aan bij de datastrategie en draagt bij aan een wendbare, transparante dienstverlening.",
    ];

    private static readonly string[] PublicValues = ["rechtvaardigheid", "privacy", "non-discriminatie", "transparantie", "doelmatigheid", "autonomie", "veiligheid"];

    private static readonly string[] Tags = ["armoede", "schulden", "mobiliteit", "wonen", "jeugd", "veiligheid", "afval", "energie", "data", "ai", "dashboard", "prognose"];

    private static readonly (string Name, string Kvk)[] Suppliers =
    [
        ("Centric Netherlands B.V.", "28095777"),
        ("PinkRoccade Local Government B.V.", "04060961"),
        ("Conduction B.V.", "76741850"),
        ("Intern ontwikkeld", "00000000"),
        ("Datalab Noord B.V.", "61234567"),
    ];

    private static readonly string[] Ordinary = ["naam", "adres", "geboortedatum", "telefoonnummer", "e-mailadres", "huishoudsamenstelling"];

    /// <summary>Creates an export of <paramref name="count"/> projects; ids are <c>p000000</c>, <c>p000001</c>, ….</summary>
    public static ProjectExport Create(int count, int seed)
    {
        var random = new Random(seed);
        var projects = ImmutableArray.CreateBuilder<DataProject>(count);
        for (var i = 0; i < count; i++)
        {
            projects.Add(Project(i, random));
        }

        return new ProjectExport
        {
            GeneratedAt = new DateTimeOffset(2025, 6, 1, 9, 30, 0, TimeSpan.FromHours(2)),
            Publisher = new Organization { Name = "VNG Realisatie", Type = OrganizationType.Koepelorganisatie },
            Projects = projects.MoveToImmutable(),
        };
    }

    private static DataProject Project(int i, Random r)
    {
        var (code, municipality, domain) = Pick(r, Municipalities);
        var (subject, theme, department) = Pick(r, Subjects);
        var begin = new PartialDate(2018 + r.Next(7), 1 + r.Next(12));
        var end = r.Next(3) == 0 ? new PartialDate(begin.Year + 1 + r.Next(3), 1 + r.Next(12), 1 + r.Next(28)) : (PartialDate?)null;
        var phase = end is null ? Any<Phase>(r) : Phase.Ended;
        var personal = r.Next(4) != 0;

        return new DataProject
        {
            Id = $"p{i:D6}",
            SourceId = $"ALG-{begin.Year}-{r.Next(1, 999):D3}",
            ExternalIds = r.Next(2) == 0 ? new ExternalIds { AlgoritmeregisterLars = $"{r.Next(10_000_000, 99_999_999)}" } : null,
            Name = $"{subject} {Pick(r, KindNouns)} {municipality.Substring(9)}",
            ShortDescription = Text(r, 2, 400),
            Description = Text(r, 4 + r.Next(3), 20_000),
            Kind = Any<ProjectKind>(r),
            Themes = Distinct(r, 1 + r.Next(2), () => Any<Theme>(r)).Prepend(theme).Distinct().ToImmutableArray(),
            Tags = Distinct(r, 2 + r.Next(3), () => Pick(r, Tags)).ToImmutableArray(),
            Language = ContentLanguage.Nld,
            Organization = new Organization { Name = municipality, Code = code, Type = OrganizationType.Gemeente },
            Department = department,
            Contact = $"algoritmes@{domain}",
            Roles =
            [
                new Role { Kind = RoleKind.PortfolioHolder, Function = "Wethouder " + department },
                new Role { Kind = RoleKind.ProductOwner, Function = "Productowner data", Name = $"J. de Vries {i % 97}", Email = $"j.devries{i % 97}@{domain}" },
                new Role { Kind = RoleKind.DataProtectionOfficer, Function = "Functionaris gegevensbescherming" },
            ],
            Suppliers = Distinct(r, r.Next(3), () => Pick(r, Suppliers)).Select(s => new Supplier
            {
                Name = s.Name,
                KvkNumber = s.Kvk,
                Role = Any<SupplierRole>(r),
                Product = subject + " module",
                ContractReference = $"VWO-{r.Next(1000, 9999)}",
            }).ToImmutableArray(),
            Partners = r.Next(4) == 0 ? [new Partner { Name = "GGD regio", Contribution = "Levert geanonimiseerde cijfers per wijk" }] : [],
            CouncilDecision = r.Next(3) == 0 ? new CouncilDecision { Reference = $"RB {begin.Year}-{r.Next(1, 300)}", Date = begin, Link = $"https://raad.{domain}/besluit/{i}" } : null,
            RelatedProjects = i > 0 && r.Next(5) == 0 ? [new RelatedProject { ProjectId = $"p{r.Next(i):D6}", Relation = RelationKind.BasedOn, Note = "Hergebruikt de datapijplijn." }] : [],
            Lifecycle = new Lifecycle { Phase = phase, BeginDate = begin, EndDate = end, LastReviewed = new PartialDate(2025, 1 + r.Next(5)), NextReview = new PartialDate(2026, 1 + r.Next(12)) },
            Purpose = new Purpose
            {
                ProblemStatement = Text(r, 2, 20_000),
                GoalAndImpact = Text(r, 2, 20_000),
                PublicValues = Distinct(r, 2, () => Pick(r, PublicValues)).ToImmutableArray(),
                StrategyObjectives = [new StrategyLink { Objective = "Datagedreven werken met oog voor publieke waarden", Link = $"https://www.{domain}/datastrategie" }],
                SocietalGoals =
                [
                    new SocietalGoal
                    {
                        Goal = "Minder huishoudens met problematische schulden",
                        Kpis =
                        [
                            new Kpi { Indicator = "Aantal vroegsignaleringen dat leidt tot hulp", Unit = "huishoudens", Baseline = r.Next(50, 500), Target = r.Next(500, 2000), Measured = r.Next(50, 2000), MeasuredOn = new PartialDate(2025, 3) },
                            new Kpi { Indicator = "Aandeel terechte signaleringen", Unit = "%", Baseline = 61.5m, Target = 80m },
                        ],
                    },
                ],
                Proportionality = Text(r, 2, 20_000),
                AlternativesConsidered = Text(r, 1, 20_000),
            },
            Legal = new LegalBasis
            {
                LawfulBasis = "Wet gemeentelijke schuldhulpverlening, artikel 5 en 6.",
                References = [new LegalReference { Title = "Wet gemeentelijke schuldhulpverlening", Link = "https://wetten.overheid.nl/BWBR0031343" }],
                GdprGround = personal ? GdprLegalGround.PublicTask : null,
                ProcessingRegisterUrl = $"https://www.{domain}/privacy/verwerkingsregister",
            },
            Data = new DataProfile
            {
                Sources =
                [
                    new DataSource { Title = "BRP-bevraging", BaseRegistry = BaseRegistry.Brp, Holder = "Rijksdienst voor Identiteitsgegevens", PersonalData = personal ? PersonalDataLevel.Pseudonymised : PersonalDataLevel.None, Categories = personal ? new DataCategories { Ordinary = Distinct(r, 3, () => Pick(r, Ordinary)).ToImmutableArray(), Sensitive = [SensitiveCategory.Bsn, SensitiveCategory.Financial], Criminal = false } : null },
                    new DataSource { Title = subject + " registratie", Holder = municipality, Link = $"https://data.{domain}/dataset/{i}", PersonalData = PersonalDataLevel.None },
                ],
                Subjects = personal ? [DataSubjectGroup.Citizens] : [],
                AtLeast10000Subjects = personal && r.Next(2) == 0,
                ProcessingFrequency = Any<ProcessingFrequency>(r),
                Retention = Any<RetentionPeriod>(r),
                InternationalTransfer = InternationalTransfer.None,
            },
            Technique = new Technique { AlgorithmType = Any<AlgorithmType>(r), UseType = Any<UseType>(r), MethodsAndModels = Text(r, 1, 20_000), Performance = "Precisie 0,82 en recall 0,74 op de validatieset van 2024.", PublicCodeUrl = r.Next(3) == 0 ? $"https://github.com/{domain.Replace(".nl", string.Empty, StringComparison.Ordinal)}/project-{i}" : null },
            Oversight = new Oversight { AutomationLevel = AutomationLevel.DecisionSupport, LegalEffects = false, HumanIntervention = "Een consulent beoordeelt iedere uitkomst.", ObjectionProcedure = "Bezwaar volgens de Algemene wet bestuursrecht.", Monitoring = "Maandelijkse controle op scheefheid." },
            Risk = new RiskProfile
            {
                PublicationCategory = Any<PublicationCategory>(r),
                AiAct = new AiActProfile { SystemType = AiSystemType.NotAnAiSystem, Role = AiActRole.Deployer, RiskGroup = AiActRiskGroup.NotHighRisk, TransparencyObligation = false },
                Assessments =
                [
                    new Assessment { Type = AssessmentType.Dpia, Status = AssessmentStatus.Done, Date = begin, Outcome = "Restrisico's aanvaardbaar na maatregelen.", Link = $"https://www.{domain}/dpia/{i}" },
                    new Assessment { Type = AssessmentType.Iama, Status = r.Next(2) == 0 ? AssessmentStatus.Planned : AssessmentStatus.InProgress },
                    new Assessment { Type = AssessmentType.Kia, Status = AssessmentStatus.NotRequired, ReasonNotDone = "Er worden geen gegevens van kinderen verwerkt." },
                ],
                Risks = [new IdentifiedRisk { Name = "Bias naar wijk", Description = Text(r, 1, 20_000), Mitigation = Text(r, 1, 20_000), Owner = "Teamleider " + department }],
            },
            Transparency = new Transparency
            {
                Register = new RegisterPublication { RegisterId = $"{r.Next(10_000_000, 99_999_999)}", Link = "https://algoritmes.overheid.nl/nl/algoritme/" + i, PublishedOn = new PartialDate(2025, 1 + r.Next(5), 1 + r.Next(28)) },
                PublicPage = $"https://www.{domain}/algoritmes/{i}",
                CouncilInformed = new CouncilInformation { Date = begin, Reference = $"RIB {begin.Year}-{r.Next(1, 200)}" },
                Evaluations = phase >= Phase.Evaluation ? [new Evaluation { Date = new PartialDate(2024, 11), By = "Onderzoek en Statistiek", Summary = Text(r, 1, 20_000) }] : [],
            },
            Record = new RecordInfo
            {
                Created = new DateTimeOffset(2024, 1 + r.Next(12), 1 + r.Next(28), 10, 0, 0, TimeSpan.FromHours(1)),
                Updated = new DateTimeOffset(2025, 1 + r.Next(5), 1 + r.Next(28), 14, 30, 0, TimeSpan.FromHours(2)),
                Provenance = Any<Provenance>(r),
                Visibility = r.Next(4) == 0 ? ImmutableDictionary<string, FieldVisibility>.Empty.Add("/risk/risks", FieldVisibility.Internal) : ImmutableDictionary<string, FieldVisibility>.Empty,
            },
            Extensions = r.Next(5) == 0 ? new Dictionary<string, JsonElement> { ["x-acme-caseId"] = JsonSerializer.SerializeToElement($"ZK-{r.Next(100_000)}") } : ImmutableDictionary<string, JsonElement>.Empty,
        };
    }

    private static T Pick<T>(Random r, T[] items) => items[r.Next(items.Length)];

    private static T Any<T>(Random r)
        where T : struct, Enum => Pick(r, Enum.GetValues<T>());

    private static IEnumerable<T> Distinct<T>(Random r, int count, Func<T> next)
    {
        var set = new HashSet<T>();
        for (var i = 0; i < count * 4 && set.Count < count; i++)
        {
            set.Add(next());
        }

        return set;
    }

    private static string Text(Random r, int sentences, int maxLength)
    {
        var text = new StringBuilder();
        for (var i = 0; i < sentences; i++)
        {
            var sentence = Pick(r, Sentences);
            if (text.Length + sentence.Length + 1 > maxLength)
            {
                break;
            }

            text.Append(i == 0 ? string.Empty : " ").Append(sentence);
        }

        return text.ToString();
    }
}
