namespace DataGrip.Core.Model;

// The AI Act's classifications. On the wire each value is its camelCase name (Theme.SocialSecurity is "socialSecurity"); these
// names are stable. The verbatim Dutch labels of the Algoritmeregister are available through RegisterLabels.

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

/// <summary>How the system came about, as question 1.2 of the government's AI Act decision aid asks it; it decides the role.</summary>
public enum AiActOrigin
{
    /// <summary>We only develop it (provider).</summary>
    DevelopedOnly,

    /// <summary>We develop it, and not only for our own use (provider and deployer).</summary>
    DevelopedForOthersAndOwnUse,

    /// <summary>We develop it and use it ourselves (provider and deployer).</summary>
    DevelopedForOwnUse,

    /// <summary>We commissioned its development ("we hebben opdracht gegeven"): the decision aid makes the municipality its provider.</summary>
    Commissioned,

    /// <summary>We use an externally developed system without changes (deployer).</summary>
    ExternalUnchanged,

    /// <summary>We use an externally developed system with changes (provider and deployer).</summary>
    ExternalModified,

    /// <summary>We import it from a supplier outside the EU (importer).</summary>
    ImportedFromOutsideEu,

    /// <summary>We buy it from a supplier inside the EU and sell it on (distributor).</summary>
    Resold,

    /// <summary>None of these: no role under the AI Act, which then does not apply.</summary>
    NoneOfThese,
}

/// <summary>A ground on which the AI Act does not apply to the system (Art. 2; question 1.5 of the decision aid).</summary>
public enum AiActExclusion
{
    /// <summary>Used exclusively for military, defence or national-security purposes (Art. 2(3)).</summary>
    MilitaryDefenceOrNationalSecurity,

    /// <summary>Not placed on the market or put into service in the Union, its output used in the Union only for military, defence or national security (Art. 2(3)).</summary>
    OutputOnlyForMilitaryUse,

    /// <summary>Used by a third country's public authority or an international organisation in cooperation with the Union on law enforcement and justice (Art. 2(4)).</summary>
    InternationalCooperation,

    /// <summary>Research, testing or development before the system is placed on the market or put into service, testing in real-world conditions excepted (Art. 2(8)).</summary>
    ResearchTestingOrDevelopment,

    /// <summary>Developed and put into service for the sole purpose of scientific research and development (Art. 2(6)).</summary>
    ScientificResearch,
}

/// <summary>The two exceptions to the Art. 5 prohibition of real-time remote biometric identification for law enforcement (Art. 5(1)(h); question 2.2 of the decision aid).</summary>
public enum ProhibitionException
{
    /// <summary>Law enforcement concerning one of the serious crimes the Act lists (terrorism, trafficking, murder, …).</summary>
    SpecificSeriousCrime,

    /// <summary>The targeted search for specific victims or missing persons, or preventing a threat to life or a terrorist attack.</summary>
    TargetedSearchOrThreat,
}
