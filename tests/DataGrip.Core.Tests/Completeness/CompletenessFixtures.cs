using System;
using DataGrip.Core.Completeness;
using DataGrip.Core.Model;

namespace DataGrip.Core.Tests.Completeness;

/// <summary>Projects for completeness tests: one that fulfils every indicator, one that has only what is required.</summary>
internal static class CompletenessFixtures
{
    public static readonly DateTimeOffset Today = new(2026, 11, 25, 0, 0, 0, TimeSpan.Zero);

    public static CompletenessScorer Scorer(CompletenessProfile? profile = null) =>
        new(new CompletenessOptions { ReferenceDate = Today, Profile = profile ?? CompletenessProfile.Default });

    public static DataProject Sparse(string id = "sparse") => new()
    {
        Id = id,
        Name = "Drukte in de binnenstad",
        Organization = new Organization { Name = "Gemeente Utrecht" },
    };

    public static DataProject Complete(string id = "complete") => new()
    {
        Id = id,
        Name = "Vroegsignalering schulden",
        ShortDescription = "Signalen van betalingsachterstanden helpen ons inwoners met schulden eerder hulp aan te bieden.",
        Description = "Woningcorporaties, energieleveranciers en zorgverzekeraars melden achterstanden; een consulent belt aan.",
        Kind = ProjectKind.Algorithm,
        Language = ContentLanguage.Nld,
        Themes = [Theme.SocialSecurity],
        Organization = new Organization { Name = "Gemeente Utrecht", Code = "GM0344", Type = OrganizationType.Gemeente },
        Department = "Werk en Inkomen",
        Contact = "schuldhulp@utrecht.nl",
        Roles =
        [
            new Role { Kind = RoleKind.PortfolioHolder, Function = "Wethouder Werk en Inkomen" },
            new Role { Kind = RoleKind.ProductOwner, Function = "Teamleider schuldhulp" },
            new Role { Kind = RoleKind.DataProtectionOfficer, Function = "Functionaris gegevensbescherming" },
        ],
        Suppliers = [new Supplier { Name = "Inforing", KvkNumber = "12345678", Role = SupplierRole.SoftwareVendor }],
        CouncilDecision = new CouncilDecision { Reference = "RB 2023-117" },
        Lifecycle = new Lifecycle
        {
            Phase = Phase.Production,
            BeginDate = new PartialDate(2023, 3),
            LastReviewed = new PartialDate(2026, 6),
            NextReview = new PartialDate(2027, 6),
        },
        Purpose = new Purpose
        {
            ProblemStatement = "Schulden worden laat gemeld, als ze al hoog zijn opgelopen.",
            GoalAndImpact = "Eerder hulp bieden, zodat schulden niet problematisch worden.",
            PublicValues = ["bestaanszekerheid", "privacy"],
            StrategyObjectives = [new StrategyLink { Objective = "Data voor brede welvaart" }],
            SocietalGoals =
            [
                new SocietalGoal
                {
                    Goal = "Minder huishoudens met problematische schulden",
                    Kpis = [new Kpi { Indicator = "Huishoudens in schuldhulp binnen 3 maanden na signaal", Target = 60, Measured = 48, MeasuredOn = new PartialDate(2026, 9) }],
                },
            ],
            Proportionality = "Alleen signalen van achterstanden, geen profilering; de inwoner kiest zelf.",
            AlternativesConsidered = "Wachten op eigen aanmelding bereikt inwoners te laat.",
        },
        Legal = new LegalBasis
        {
            LawfulBasis = "Wet gemeentelijke schuldhulpverlening, artikel 3a.",
            References = [new LegalReference { Title = "Wgs art. 3a", Link = "https://wetten.overheid.nl/BWBR0031009" }],
            GdprGround = GdprLegalGround.LegalObligation,
        },
        Data = new DataProfile
        {
            Sources = [new DataSource { Title = "Signalen van vaste lasten-partners", PersonalData = PersonalDataLevel.Identified }],
            Subjects = [DataSubjectGroup.Citizens],
        },
        Technique = new Technique { AlgorithmType = AlgorithmType.RuleBased, MethodsAndModels = "Regels: achterstand van twee maanden of meer bij één partner." },
        Oversight = new Oversight
        {
            AutomationLevel = AutomationLevel.DecisionSupport,
            LegalEffects = true,
            HumanIntervention = "Een consulent beoordeelt elk signaal.",
            ObjectionProcedure = "Bezwaar volgens de Awb bij de gemeente.",
            Monitoring = "Kwartaalrapportage aan de CDO.",
        },
        Risk = new RiskProfile
        {
            PublicationCategory = PublicationCategory.ImpactfulAlgorithm,
            Assessments =
            [
                new Assessment { Type = AssessmentType.Dpia, Status = AssessmentStatus.Done },
                new Assessment { Type = AssessmentType.Iama, Status = AssessmentStatus.Done },
            ],
            Risks = [new IdentifiedRisk { Name = "Stigmatisering", Mitigation = "Geen registratie zonder toestemming." }],
        },
        Transparency = new Transparency
        {
            Register = new RegisterPublication { RegisterId = "21356826" },
            PublicPage = "https://www.utrecht.nl/vroegsignalering",
            Audits = [new Audit { By = "Auditdienst Utrecht" }],
            Evaluations = [new Evaluation { Summary = "Bereik verdubbeld." }],
        },
    };
}
