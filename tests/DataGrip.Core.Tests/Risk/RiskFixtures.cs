using DataGrip.Core.Model;
using DataGrip.Core.Risk;

namespace DataGrip.Core.Tests.Risk;

/// <summary>The hand-written cases of issue 4, each as a municipality would register it.</summary>
internal static class RiskFixtures
{
    public static readonly RiskAssessor Assessor = new();

    private static readonly Organization Rotterdam = new() { Name = "Gemeente Rotterdam", Code = "GM0599", Type = OrganizationType.Gemeente };

    /// <summary>A benefits-fraud risk-selection model on BRP and income data, with profiling.</summary>
    public static DataProject BenefitsFraud() => new()
    {
        Id = "rotterdam-risicoselectie-bijstand",
        Name = "Risicoselectie heronderzoek bijstand",
        Organization = Rotterdam,
        Themes = [Theme.SocialSecurity],
        Lifecycle = new Lifecycle { Phase = Phase.Production },
        Technique = new Technique { AlgorithmType = AlgorithmType.MachineLearning, UseType = UseType.Predictive },
        Oversight = new Oversight { AutomationLevel = AutomationLevel.DecisionSupport, LegalEffects = true },
        Data = new DataProfile
        {
            Sources =
            [
                new DataSource { Title = "Basisregistratie Personen", BaseRegistry = BaseRegistry.Brp, PersonalData = PersonalDataLevel.Identified, Categories = new DataCategories { Ordinary = ["naam", "adres", "geboortedatum", "nationaliteit", "gezinssamenstelling", "woonduur"], Sensitive = [SensitiveCategory.Bsn], Criminal = false } },
                new DataSource { Title = "Inkomensgegevens Suwinet", PersonalData = PersonalDataLevel.Identified, Categories = new DataCategories { Ordinary = ["inkomen"], Sensitive = [SensitiveCategory.Financial], Criminal = false } },
            ],
            Subjects = [DataSubjectGroup.Citizens, DataSubjectGroup.OtherVulnerableGroups],
            AtLeast10000Subjects = true,
            ProcessingFrequency = ProcessingFrequency.Continuous,
            Retention = RetentionPeriod.SeveralYears,
            InternationalTransfer = InternationalTransfer.None,
        },
        Risk = new RiskProfile
        {
            AiAct = new AiActProfile { SystemType = AiSystemType.AiSystem, Role = AiActRole.Deployer, AnnexIIIArea = AnnexIIIArea.EssentialServices },
            Factors = new RiskFactors { Profiling = true, ApList = [ApListCategory.FraudPrevention], ClassifiesOrContactsPeople = true, Reversibility = Reversibility.HardToReverse, HardToExplain = true, ContinuesLearning = false, NewLegislation = false, DigitalService = DigitalService.None },
        },
    };

    /// <summary>A rule-based check of parking-permit applications.</summary>
    public static DataProject ParkingPermit() => new()
    {
        Id = "rotterdam-parkeervergunning",
        Name = "Toets parkeervergunning",
        Organization = Rotterdam,
        Themes = [Theme.Traffic],
        Lifecycle = new Lifecycle { Phase = Phase.Production },
        Technique = new Technique { AlgorithmType = AlgorithmType.RuleBased, UseType = UseType.Descriptive },
        Oversight = new Oversight { AutomationLevel = AutomationLevel.Partial, LegalEffects = true, ObjectionProcedure = "Bezwaar binnen zes weken", Monitoring = "Maandelijkse steekproef" },
        Data = new DataProfile
        {
            Sources =
            [
                new DataSource { Title = "BRP", BaseRegistry = BaseRegistry.Brp, PersonalData = PersonalDataLevel.Identified, Categories = new DataCategories { Ordinary = ["naam", "adres"], Criminal = false } },
                new DataSource { Title = "RDW kentekenregister", PersonalData = PersonalDataLevel.Identified, Categories = new DataCategories { Ordinary = ["kenteken"], Criminal = false } },
            ],
            Subjects = [DataSubjectGroup.Citizens],
            AtLeast10000Subjects = true,
            ProcessingFrequency = ProcessingFrequency.Continuous,
            Retention = RetentionPeriod.OneYear,
            InternationalTransfer = InternationalTransfer.None,
        },
        Risk = new RiskProfile
        {
            Factors = new RiskFactors { Profiling = false, SystematicMonitoring = false, ClassifiesOrContactsPeople = false, JudgedImpactful = false, Reversibility = Reversibility.Reversible, RestrictsRightsOrServices = false, NewLegislation = false, DigitalService = DigitalService.General },
        },
    };

    /// <summary>A public chatbot on the municipality's website, built on a language model.</summary>
    public static DataProject Chatbot() => new()
    {
        Id = "rotterdam-chatbot",
        Name = "Chatbot Gem",
        Organization = Rotterdam,
        Themes = [Theme.OrganisationAndOperations],
        Lifecycle = new Lifecycle { Phase = Phase.Pilot },
        Technique = new Technique { AlgorithmType = AlgorithmType.GenerativeAi, UseType = UseType.Descriptive },
        Oversight = new Oversight { AutomationLevel = AutomationLevel.None, LegalEffects = false },
        Suppliers = [new Supplier { Name = "Leverancier Chat BV", Role = SupplierRole.SoftwareVendor }],
        Data = new DataProfile
        {
            Sources = [new DataSource { Title = "Gespreksteksten", PersonalData = PersonalDataLevel.Identified, Categories = new DataCategories { Ordinary = ["vraag"], Criminal = false } }],
            Subjects = [DataSubjectGroup.Citizens],
        },
        Risk = new RiskProfile
        {
            AiAct = new AiActProfile { SystemType = AiSystemType.AiSystem, RiskGroup = AiActRiskGroup.NotHighRisk, Practices = [AiPractice.InteractsWithPeople, AiPractice.GeneratesSyntheticContent] },
            Factors = new RiskFactors { Profiling = false, DigitalService = DigitalService.General },
        },
    };

    /// <summary>A dashboard of open data, without personal data.</summary>
    public static DataProject OpenDataDashboard() => new()
    {
        Id = "rotterdam-dashboard-luchtkwaliteit",
        Name = "Dashboard luchtkwaliteit",
        Organization = Rotterdam,
        Themes = [Theme.NatureAndEnvironment],
        Lifecycle = new Lifecycle { Phase = Phase.Production },
        Technique = new Technique { AlgorithmType = AlgorithmType.None, UseType = UseType.Descriptive },
        Oversight = new Oversight { AutomationLevel = AutomationLevel.None, LegalEffects = false },
        Data = new DataProfile
        {
            Sources =
            [
                new DataSource { Title = "Luchtmeetnet (open data)", PersonalData = PersonalDataLevel.None },
                new DataSource { Title = "BAG", BaseRegistry = BaseRegistry.Bag, PersonalData = PersonalDataLevel.None },
            ],
        },
        Risk = new RiskProfile { Factors = new RiskFactors { ClassifiesOrContactsPeople = false, JudgedImpactful = false, Reversibility = Reversibility.Reversible } },
    };

    /// <summary>Analytics of employees' system use, monitored systematically.</summary>
    public static DataProject EmployeeMonitoring() => new()
    {
        Id = "rotterdam-productiviteitsanalyse",
        Name = "Analyse van het gebruik van werkplekken en systemen",
        Organization = Rotterdam,
        Themes = [Theme.OrganisationAndOperations],
        Lifecycle = new Lifecycle { Phase = Phase.Pilot },
        Technique = new Technique { AlgorithmType = AlgorithmType.RuleBased, UseType = UseType.Descriptive },
        Oversight = new Oversight { AutomationLevel = AutomationLevel.None, LegalEffects = false },
        Data = new DataProfile
        {
            Sources = [new DataSource { Title = "Inloglogboeken", PersonalData = PersonalDataLevel.Identified, Categories = new DataCategories { Ordinary = ["personeelsnummer", "inlogtijden"], Criminal = false } }],
            Subjects = [DataSubjectGroup.Employees],
            AtLeast10000Subjects = false,
            ProcessingFrequency = ProcessingFrequency.Continuous,
            Retention = RetentionPeriod.LessThanOneMonth,
            InternationalTransfer = InternationalTransfer.None,
        },
        Risk = new RiskProfile { Factors = new RiskFactors { SystematicMonitoring = true, Profiling = false, NewLegislation = false, DigitalService = DigitalService.None } },
    };
}
