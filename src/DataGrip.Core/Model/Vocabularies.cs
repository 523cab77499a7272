namespace DataGrip.Core.Model;

// The closed vocabularies of the model. On the wire each value is its camelCase name (for example
// Theme.SocialSecurity is "socialSecurity"); these names are stable. The verbatim Dutch labels of the
// Algoritmeregister are available through RegisterLabels.

/// <summary>What kind of data-driven work a project is.</summary>
public enum ProjectKind
{
    /// <summary>A time-boxed trial on real cases, to decide whether to scale (pilot).</summary>
    Pilot,

    /// <summary>An exploratory experiment, not used on real cases (experiment, proeftuin).</summary>
    Experiment,

    /// <summary>An algorithm that supports or takes decisions in a work process (algoritme).</summary>
    Algorithm,

    /// <summary>A one-off or periodic data analysis (data-analyse).</summary>
    DataAnalysis,

    /// <summary>A dashboard or monitor for steering and reporting (dashboard).</summary>
    Dashboard,

    /// <summary>A data product or data set made for reuse (dataproduct).</summary>
    DataProduct,

    /// <summary>A model: a forecast, simulation or digital twin (model).</summary>
    Model,

    /// <summary>Anything else.</summary>
    Other,
}

/// <summary>The 16 themes of the Algoritmeregister (field <c>category</c>, standard v1.0).</summary>
public enum Theme
{
    /// <summary>Organisatie en bedrijfsvoering.</summary>
    OrganisationAndOperations,

    /// <summary>Cultuur en recreatie.</summary>
    CultureAndRecreation,

    /// <summary>Economie.</summary>
    Economy,

    /// <summary>Overheidsfinanciën.</summary>
    PublicFinance,

    /// <summary>Wonen.</summary>
    Housing,

    /// <summary>Internationaal.</summary>
    International,

    /// <summary>Migratie en integratie.</summary>
    MigrationAndIntegration,

    /// <summary>Natuur en milieu.</summary>
    NatureAndEnvironment,

    /// <summary>Onderwijs en wetenschap.</summary>
    EducationAndScience,

    /// <summary>Openbare orde en veiligheid.</summary>
    PublicOrderAndSafety,

    /// <summary>Recht.</summary>
    Law,

    /// <summary>Ruimte en infrastructuur.</summary>
    SpatialPlanningAndInfrastructure,

    /// <summary>Sociale zekerheid.</summary>
    SocialSecurity,

    /// <summary>Verkeer.</summary>
    Traffic,

    /// <summary>Werk.</summary>
    Work,

    /// <summary>Zorg en gezondheid.</summary>
    HealthAndCare,
}

/// <summary>The language of a registration's texts (ISO 639-3, as the Algoritmeregister's <c>lang</c>).</summary>
public enum ContentLanguage
{
    /// <summary>Dutch (nld).</summary>
    Nld,

    /// <summary>English (eng).</summary>
    Eng,

    /// <summary>Frisian (fry).</summary>
    Fry,
}

/// <summary>The type of a government organisation, as the Algoritmeregister's organisation-type list.</summary>
public enum OrganizationType
{
    /// <summary>adviescollege.</summary>
    Adviescollege,

    /// <summary>agentschap.</summary>
    Agentschap,

    /// <summary>brandweer.</summary>
    Brandweer,

    /// <summary>caribisch_openbaar_lichaam.</summary>
    CaribischOpenbaarLichaam,

    /// <summary>gemeente: a municipality, identified by its CBS code such as GM0344.</summary>
    Gemeente,

    /// <summary>grensoverschrijdend_regionaal_samenwerkingsorgaan.</summary>
    GrensoverschrijdendRegionaalSamenwerkingsorgaan,

    /// <summary>hoog_college_van_staat.</summary>
    HoogCollegeVanStaat,

    /// <summary>interdepartementale_commissie.</summary>
    InterdepartementaleCommissie,

    /// <summary>kabinet_van_de_koning.</summary>
    KabinetVanDeKoning,

    /// <summary>koepelorganisatie.</summary>
    Koepelorganisatie,

    /// <summary>ministerie.</summary>
    Ministerie,

    /// <summary>openbaar_lichaam_voor_beroep_en_bedrijf.</summary>
    OpenbaarLichaamVoorBeroepEnBedrijf,

    /// <summary>organisatie_met_overheidsbemoeienis.</summary>
    OrganisatieMetOverheidsbemoeienis,

    /// <summary>organisatieonderdeel.</summary>
    Organisatieonderdeel,

    /// <summary>politie.</summary>
    Politie,

    /// <summary>provincie.</summary>
    Provincie,

    /// <summary>rechtspraak.</summary>
    Rechtspraak,

    /// <summary>regionaal_samenwerkingsorgaan: a joint arrangement of municipalities (gemeenschappelijke regeling).</summary>
    RegionaalSamenwerkingsorgaan,

    /// <summary>waterschap.</summary>
    Waterschap,

    /// <summary>zelfstandig_bestuursorgaan.</summary>
    ZelfstandigBestuursorgaan,

    /// <summary>overig.</summary>
    Overig,

    /// <summary>veiligheidsregio.</summary>
    Veiligheidsregio,
}

/// <summary>An accountability role in or around a project.</summary>
public enum RoleKind
{
    /// <summary>The alderman who answers to the council for the project (portefeuillehouder, bestuurlijk verantwoordelijke).</summary>
    PortfolioHolder,

    /// <summary>The senior official who commissions the project (ambtelijk opdrachtgever).</summary>
    AdministrativeSponsor,

    /// <summary>The product owner who decides on the project's use day to day.</summary>
    ProductOwner,

    /// <summary>The Chief Data Officer's office (CDO-office) that oversees data-driven work.</summary>
    CdoOffice,

    /// <summary>The data protection officer (functionaris gegevensbescherming, FG).</summary>
    DataProtectionOfficer,

    /// <summary>The information security officer (CISO / security officer).</summary>
    SecurityOfficer,

    /// <summary>The technical lead or technical expert.</summary>
    TechnicalLead,

    /// <summary>The (internal or external) auditor.</summary>
    Auditor,

    /// <summary>Another role; say which in the role's function.</summary>
    Other,
}

/// <summary>What a supplier does for a project.</summary>
public enum SupplierRole
{
    /// <summary>Supplies the software product or algorithm (leverancier).</summary>
    SoftwareVendor,

    /// <summary>Builds the solution to order (ontwikkelaar).</summary>
    Developer,

    /// <summary>Processes personal data on the municipality's behalf (verwerker).</summary>
    DataProcessor,

    /// <summary>Hosts or operates the solution (hosting, beheer).</summary>
    Hosting,

    /// <summary>Advises or analyses (adviseur).</summary>
    Consultant,

    /// <summary>Supplies data (databron).</summary>
    DataProvider,

    /// <summary>Another role.</summary>
    Other,
}

/// <summary>How a project relates to another project.</summary>
public enum RelationKind
{
    /// <summary>This project builds on the other one (reuse).</summary>
    BasedOn,

    /// <summary>This project replaces the other one.</summary>
    Replaces,

    /// <summary>This project shares data, code or a supplier with the other one.</summary>
    SharesWith,
}

/// <summary>The lifecycle phase of a project; the Algoritmeregister status is derived from it.</summary>
public enum Phase
{
    /// <summary>An idea, not yet worked out (idee). Register status: In ontwikkeling.</summary>
    Idea,

    /// <summary>Being designed (ontwerp). Register status: In ontwikkeling.</summary>
    Design,

    /// <summary>Being built (ontwikkeling). Register status: In ontwikkeling.</summary>
    Development,

    /// <summary>A pilot on real cases (pilot). Register status: In gebruik.</summary>
    Pilot,

    /// <summary>Being evaluated after a pilot, still in use (evaluatie). Register status: In gebruik.</summary>
    Evaluation,

    /// <summary>In regular use (productie, operationeel). Register status: In gebruik.</summary>
    Production,

    /// <summary>Being scaled up to more processes or organisations (opschaling). Register status: In gebruik.</summary>
    Scaling,

    /// <summary>Ended, no longer used (beëindigd). Register status: Buiten gebruik.</summary>
    Ended,
}

/// <summary>The Algoritmeregister status (standard v1.0 field <c>status</c>).</summary>
public enum RegisterStatus
{
    /// <summary>In ontwikkeling.</summary>
    InDevelopment,

    /// <summary>In gebruik.</summary>
    InUse,

    /// <summary>Buiten gebruik.</summary>
    OutOfUse,
}

/// <summary>The Algoritmeregister publication category (standard v1.0 field <c>publication_category</c>).</summary>
public enum PublicationCategory
{
    /// <summary>Categorie A: Hoog-risico AI-systeem.</summary>
    HighRiskAiSystem,

    /// <summary>Categorie B: Impactvolle algoritmes.</summary>
    ImpactfulAlgorithm,

    /// <summary>Categorie C: Overige algoritmes.</summary>
    OtherAlgorithm,
}

/// <summary>The GDPR Art. 6(1) ground for processing personal data.</summary>
public enum GdprLegalGround
{
    /// <summary>Art. 6(1)(a): consent (toestemming).</summary>
    Consent,

    /// <summary>Art. 6(1)(b): performance of a contract (overeenkomst).</summary>
    Contract,

    /// <summary>Art. 6(1)(c): a legal obligation (wettelijke verplichting).</summary>
    LegalObligation,

    /// <summary>Art. 6(1)(d): vital interests (vitaal belang).</summary>
    VitalInterests,

    /// <summary>Art. 6(1)(e): a task in the public interest or official authority (publiekrechtelijke taak).</summary>
    PublicTask,

    /// <summary>Art. 6(1)(f): legitimate interests (gerechtvaardigd belang); rarely available to public authorities.</summary>
    LegitimateInterests,
}

/// <summary>A Dutch base registry (basisregistratie).</summary>
public enum BaseRegistry
{
    /// <summary>Basisregistratie Personen.</summary>
    Brp,

    /// <summary>Basisregistratie Kadaster.</summary>
    Brk,

    /// <summary>Basisregistratie Adressen en Gebouwen.</summary>
    Bag,

    /// <summary>Waardering Onroerende Zaken.</summary>
    Woz,

    /// <summary>Basisregistratie Inkomen.</summary>
    Bri,

    /// <summary>Handelsregister.</summary>
    Hr,

    /// <summary>Basisregistratie Voertuigen.</summary>
    Brv,

    /// <summary>Basisregistratie Grootschalige Topografie.</summary>
    Bgt,

    /// <summary>Basisregistratie Topografie.</summary>
    Brt,

    /// <summary>Basisregistratie Ondergrond.</summary>
    Bro,
}

/// <summary>How far a data source identifies people.</summary>
public enum PersonalDataLevel
{
    /// <summary>No personal data (geen persoonsgegevens).</summary>
    None,

    /// <summary>Pseudonymised personal data (gepseudonimiseerd).</summary>
    Pseudonymised,

    /// <summary>Directly identifying personal data (geïdentificeerd).</summary>
    Identified,
}

/// <summary>A special category of personal data (GDPR Art. 9).</summary>
public enum SpecialCategory
{
    /// <summary>Racial or ethnic origin.</summary>
    RacialOrEthnicOrigin,

    /// <summary>Political opinions.</summary>
    PoliticalOpinions,

    /// <summary>Religious or philosophical beliefs.</summary>
    ReligiousOrPhilosophicalBeliefs,

    /// <summary>Trade union membership.</summary>
    TradeUnionMembership,

    /// <summary>Genetic data.</summary>
    Genetic,

    /// <summary>Biometric data used to identify a person.</summary>
    Biometric,

    /// <summary>Data concerning health.</summary>
    Health,

    /// <summary>Data concerning sex life.</summary>
    SexLife,

    /// <summary>Sexual orientation.</summary>
    SexualOrientation,
}

/// <summary>A sensitive kind of personal data the Pre-scan DPIA asks about separately (gevoelige persoonsgegevens).</summary>
public enum SensitiveCategory
{
    /// <summary>The citizen service number (BSN).</summary>
    Bsn,

    /// <summary>Financial data: income, debts, benefits.</summary>
    Financial,

    /// <summary>Location data.</summary>
    Location,

    /// <summary>Communication data: contents or traffic data of messages.</summary>
    Communication,

    /// <summary>Data about vulnerable people, such as care or youth-care data.</summary>
    VulnerablePeople,

    /// <summary>Another sensitive kind, such as data that can lead to stigmatisation or exclusion.</summary>
    Other,

    /// <summary>Browsing behaviour (surfgedrag).</summary>
    BrowsingBehaviour,

    /// <summary>Data that can be used for (identity) fraud.</summary>
    IdentityFraudData,

    /// <summary>User names, passwords and other login data.</summary>
    LoginData,
}

/// <summary>A group of people whose data a project processes or whom it affects (betrokkenen).</summary>
public enum DataSubjectGroup
{
    /// <summary>Employees (medewerkers).</summary>
    Employees,

    /// <summary>Citizens (burgers, inwoners).</summary>
    Citizens,

    /// <summary>Children under 16 (kinderen jonger dan 16).</summary>
    ChildrenUnder16,

    /// <summary>Other vulnerable groups (andere kwetsbare groepen).</summary>
    OtherVulnerableGroups,

    /// <summary>Businesses and sole traders (ondernemers).</summary>
    Businesses,
}

/// <summary>How often data is processed (Pre-scan DPIA question 1.5.3).</summary>
public enum ProcessingFrequency
{
    /// <summary>Once (eenmalig).</summary>
    Once,

    /// <summary>Irregularly (onregelmatig).</summary>
    Irregular,

    /// <summary>At least yearly (minstens jaarlijks).</summary>
    AtLeastYearly,

    /// <summary>At least monthly (minstens maandelijks).</summary>
    AtLeastMonthly,

    /// <summary>More often than monthly (vaker dan maandelijks).</summary>
    MoreThanMonthly,

    /// <summary>Continuously (continu).</summary>
    Continuous,
}

/// <summary>How long data is kept (Pre-scan DPIA question 1.5.4).</summary>
public enum RetentionPeriod
{
    /// <summary>Less than 24 hours.</summary>
    LessThanOneDay,

    /// <summary>Less than a week.</summary>
    LessThanOneWeek,

    /// <summary>Less than a month.</summary>
    LessThanOneMonth,

    /// <summary>About a year (jaar).</summary>
    OneYear,

    /// <summary>Several years (aantal jaren).</summary>
    SeveralYears,
}

/// <summary>Whether personal data leaves the Netherlands.</summary>
public enum InternationalTransfer
{
    /// <summary>No transfer abroad.</summary>
    None,

    /// <summary>A transfer within the European Economic Area.</summary>
    WithinEea,

    /// <summary>A transfer outside the EEA (a DTIA may be required).</summary>
    OutsideEea,
}

/// <summary>The kind of algorithm.</summary>
public enum AlgorithmType
{
    /// <summary>No algorithm: plain data processing or reporting.</summary>
    None,

    /// <summary>Rule-based (regelgebaseerd, "Op regels gebaseerd").</summary>
    RuleBased,

    /// <summary>Machine learning (zelflerend).</summary>
    MachineLearning,

    /// <summary>Partly rule-based, partly machine learning (hybride).</summary>
    Hybrid,

    /// <summary>Generative AI (large language models, image generation).</summary>
    GenerativeAi,
}

/// <summary>What the output of a project is used for.</summary>
public enum UseType
{
    /// <summary>Describes what happened (descriptief).</summary>
    Descriptive,

    /// <summary>Explains why it happened (diagnostisch).</summary>
    Diagnostic,

    /// <summary>Predicts what will happen (voorspellend).</summary>
    Predictive,

    /// <summary>Recommends what to do (prescriptief).</summary>
    Prescriptive,
}

/// <summary>How far decisions are automated.</summary>
public enum AutomationLevel
{
    /// <summary>No automated decisions: information only.</summary>
    None,

    /// <summary>The output supports a person who decides.</summary>
    DecisionSupport,

    /// <summary>Some decisions are taken automatically, others by a person.</summary>
    Partial,

    /// <summary>Decisions are taken automatically.</summary>
    Full,
}

/// <summary>The AI Act notion of what the system is.</summary>
public enum AiSystemType
{
    /// <summary>Not an AI system in the sense of Art. 3(1) (geen AI-systeem).</summary>
    NotAnAiSystem,

    /// <summary>An AI system (AI-systeem).</summary>
    AiSystem,

    /// <summary>A general-purpose AI system (AI-systeem voor algemene doeleinden).</summary>
    GeneralPurposeAiSystem,

    /// <summary>A general-purpose AI model (AI-model voor algemene doeleinden).</summary>
    GeneralPurposeAiModel,
}

/// <summary>The municipality's role under the AI Act.</summary>
public enum AiActRole
{
    /// <summary>Provider (aanbieder).</summary>
    Provider,

    /// <summary>Deployer (gebruiksverantwoordelijke).</summary>
    Deployer,

    /// <summary>Importer (importeur).</summary>
    Importer,

    /// <summary>Distributor (distributeur).</summary>
    Distributor,

    /// <summary>Provider and deployer at once (aanbieder en gebruiksverantwoordelijke): it develops, or has developed, the system and uses it itself.</summary>
    ProviderAndDeployer,
}

/// <summary>The AI Act risk group.</summary>
public enum AiActRiskGroup
{
    /// <summary>A prohibited practice, Art. 5 (verboden AI).</summary>
    Prohibited,

    /// <summary>High-risk AI, Art. 6 (hoog-risico AI).</summary>
    HighRisk,

    /// <summary>Not high-risk AI (geen hoog-risico AI).</summary>
    NotHighRisk,
}

/// <summary>An AI Act Annex III high-risk area.</summary>
public enum AnnexIIIArea
{
    /// <summary>1. Biometrics.</summary>
    Biometrics,

    /// <summary>2. Critical infrastructure.</summary>
    CriticalInfrastructure,

    /// <summary>3. Education and vocational training.</summary>
    Education,

    /// <summary>4. Employment, workers management and access to self-employment.</summary>
    Employment,

    /// <summary>5. Access to essential private and public services and benefits.</summary>
    EssentialServices,

    /// <summary>6. Law enforcement.</summary>
    LawEnforcement,

    /// <summary>7. Migration, asylum and border control.</summary>
    Migration,

    /// <summary>8. Administration of justice and democratic processes.</summary>
    JusticeAndDemocracy,
}

/// <summary>A kind of impact assessment.</summary>
public enum AssessmentType
{
    /// <summary>Data Protection Impact Assessment (DPIA, GDPR Art. 35).</summary>
    Dpia,

    /// <summary>The government's Pre-scan DPIA.</summary>
    PrescanDpia,

    /// <summary>Impact Assessment Mensenrechten en Algoritmes (IAMA; in English FRAIA).</summary>
    Iama,

    /// <summary>AI Impact Assessment (AIIA).</summary>
    Aiia,

    /// <summary>De Ethische Data Assistent (DEDA).</summary>
    Deda,

    /// <summary>Kinderrechten-impactassessment (KIA).</summary>
    Kia,

    /// <summary>Data Transfer Impact Assessment (DTIA).</summary>
    Dtia,

    /// <summary>Fundamental Rights Impact Assessment under AI Act Art. 27 (FRIA).</summary>
    Fria,

    /// <summary>Another assessment; name it in the title.</summary>
    Other,
}

/// <summary>Where an assessment stands.</summary>
public enum AssessmentStatus
{
    /// <summary>Not required for this project (give the reason).</summary>
    NotRequired,

    /// <summary>Planned.</summary>
    Planned,

    /// <summary>In progress.</summary>
    InProgress,

    /// <summary>Done.</summary>
    Done,
}

/// <summary>Where a record came from.</summary>
public enum Provenance
{
    /// <summary>Entered by the municipality.</summary>
    Manual,

    /// <summary>Copied from a supplier's template.</summary>
    SupplierTemplate,

    /// <summary>Imported from another register or file.</summary>
    Import,
}

/// <summary>Who may see a field.</summary>
public enum FieldVisibility
{
    /// <summary>Anyone: included in a public export.</summary>
    Public,

    /// <summary>The organisation only: left out of a public export.</summary>
    Internal,
}

/// <summary>Whether a project is a digital service, and for whom (Pre-scan DPIA question 7.1).</summary>
public enum DigitalService
{
    /// <summary>Not a digital service.</summary>
    None,

    /// <summary>A digital service for anyone (1 risk point).</summary>
    General,

    /// <summary>A digital service mainly for children under 18 (2 risk points; a children's-rights impact assessment is recommended).</summary>
    PrimarilyForMinors,
}

/// <summary>The 17 categories of the Dutch DPA's list of processing that always needs a DPIA (AP-lijst).</summary>
public enum ApListCategory
{
    /// <summary>Heimelijk onderzoek: covert investigation.</summary>
    CovertInvestigation,

    /// <summary>Zwarte lijsten: blacklists.</summary>
    Blacklists,

    /// <summary>Fraudebestrijding: fighting fraud.</summary>
    FraudPrevention,

    /// <summary>Creditscores: credit scores.</summary>
    CreditScores,

    /// <summary>Financiële situatie: financial situation.</summary>
    FinancialSituation,

    /// <summary>Genetische persoonsgegevens: genetic data.</summary>
    GeneticData,

    /// <summary>Gezondheidsgegevens: health data.</summary>
    HealthData,

    /// <summary>Samenwerkingsverbanden: partnerships sharing data.</summary>
    Partnerships,

    /// <summary>Cameratoezicht: camera surveillance.</summary>
    CameraSurveillance,

    /// <summary>Flexibel cameratoezicht: mobile camera surveillance.</summary>
    FlexibleCameraSurveillance,

    /// <summary>Controle werknemers: monitoring employees.</summary>
    EmployeeMonitoring,

    /// <summary>Locatiegegevens: location data.</summary>
    LocationData,

    /// <summary>Communicatiegegevens: communication data.</summary>
    CommunicationData,

    /// <summary>Internet of things.</summary>
    InternetOfThings,

    /// <summary>Profilering: profiling.</summary>
    Profiling,

    /// <summary>Observatie en beïnvloeding van gedrag: observing and influencing behaviour.</summary>
    BehaviourObservation,

    /// <summary>Biometrische gegevens: biometric data.</summary>
    BiometricData,
}

/// <summary>A practice that the AI Act prohibits (Art. 5) or that brings a transparency obligation (Art. 50).</summary>
public enum AiPractice
{
    /// <summary>Art. 5(1)(a): subliminal, manipulative or deceptive techniques. Prohibited.</summary>
    SubliminalManipulation,

    /// <summary>Art. 5(1)(b): exploiting vulnerabilities of age, disability or social or economic situation. Prohibited.</summary>
    ExploitingVulnerabilities,

    /// <summary>Art. 5(1)(c): social scoring leading to detrimental treatment. Prohibited.</summary>
    SocialScoring,

    /// <summary>Art. 5(1)(d): predicting criminal offences based solely on profiling or personality traits. Prohibited.</summary>
    PredictiveCriminalProfiling,

    /// <summary>Art. 5(1)(e): untargeted scraping of facial images for facial-recognition databases. Prohibited.</summary>
    FacialImageScraping,

    /// <summary>Art. 5(1)(f): emotion recognition at work or in education (except for medical or safety reasons). Prohibited.</summary>
    EmotionRecognitionAtWorkOrSchool,

    /// <summary>Art. 5(1)(g): biometric categorisation inferring sensitive attributes. Prohibited.</summary>
    SensitiveBiometricCategorisation,

    /// <summary>Art. 5(1)(h): real-time remote biometric identification in public spaces for law enforcement. Prohibited.</summary>
    RealTimeRemoteBiometricIdentification,

    /// <summary>Art. 50(1): interacts directly with people, such as a chatbot. Transparency obligation.</summary>
    InteractsWithPeople,

    /// <summary>Art. 50(2) and (4): generates or manipulates image, audio, video or text. Transparency obligation.</summary>
    GeneratesSyntheticContent,

    /// <summary>Art. 50(3): emotion recognition or biometric categorisation (not prohibited). Transparency obligation.</summary>
    EmotionRecognitionOrBiometricCategorisation,
}

/// <summary>The Art. 6(3) exceptions under which an Annex III AI system is not high-risk (never for profiling).</summary>
public enum AnnexIIIException
{
    /// <summary>It performs a narrow procedural task.</summary>
    NarrowProceduralTask,

    /// <summary>It improves the result of a previously completed human activity.</summary>
    ImprovesHumanActivity,

    /// <summary>It detects decision-making patterns without replacing or influencing the human assessment.</summary>
    DetectsPatterns,

    /// <summary>It performs a preparatory task to an assessment.</summary>
    PreparatoryTask,
}

/// <summary>How far the effects of a project on people can be undone.</summary>
public enum Reversibility
{
    /// <summary>Easily undone.</summary>
    Reversible,

    /// <summary>Undone only with effort, such as an objection procedure.</summary>
    HardToReverse,

    /// <summary>Cannot be undone.</summary>
    Irreversible,
}
