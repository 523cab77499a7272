namespace DataGrip.Core.Risk;

/// <summary>The outcome of the Pre-scan DPIA v2.0.</summary>
public enum DpiaOutcome
{
    /// <summary>No DPIA is needed (DPIA niet verplicht).</summary>
    NotRequired,

    /// <summary>A DPIA is recommended: exactly one EDPB criterion applies (DPIA aanbevolen).</summary>
    Recommended,

    /// <summary>A DPIA is required (DPIA verplicht).</summary>
    Required,

    /// <summary>
    /// The registration lacks answers that could make a DPIA required; the missing answers are listed. Unknown is
    /// never read as "no risk".
    /// </summary>
    Undetermined,
}

/// <summary>
/// The class of a project under the EU AI Act (Regulation (EU) 2024/1689), from least to most strict; a
/// general-purpose AI model, last, stands outside that order (it has no risk group).
/// </summary>
public enum AiActClass
{
    /// <summary>The AI Act does not apply: an Art. 2 exclusion, the open-source exclusion, or none of its roles.</summary>
    OutOfScope,

    /// <summary>Not an AI system in the sense of Art. 3(1).</summary>
    NotAnAiSystem,

    /// <summary>An AI system with minimal risk: only AI literacy (Art. 4) applies.</summary>
    Minimal,

    /// <summary>An AI system with a transparency obligation (Art. 50).</summary>
    Transparency,

    /// <summary>A high-risk AI system (Art. 6, Annex III).</summary>
    HighRisk,

    /// <summary>A prohibited practice (Art. 5).</summary>
    Prohibited,

    /// <summary>A general-purpose AI model (Art. 51–56): the model's obligations apply, with those of systemic risk when it has it.</summary>
    GeneralPurposeModel,
}

/// <summary>An obligation of the municipality under the AI Act, for its role (provider, deployer, importer, distributor).</summary>
public enum AiActObligation
{
    /// <summary>Staff who use the system are AI-literate (Art. 4).</summary>
    AiLiteracy,

    /// <summary>Inform people that they deal with an AI system or with generated content (Art. 50).</summary>
    DiscloseAiUse,

    /// <summary>Carry out a fundamental rights impact assessment before first use (FRIA, Art. 27).</summary>
    FundamentalRightsImpactAssessment,

    /// <summary>Register the use in the EU database (Art. 49(3), Annex VIII section C).</summary>
    EuDatabaseRegistration,

    /// <summary>Assign human oversight to competent people (Art. 26(2)).</summary>
    HumanOversight,

    /// <summary>Use the system according to the provider's instructions and monitor it (Art. 26(1) and (5)).</summary>
    UseAndMonitorAsInstructed,

    /// <summary>Keep the logs the system generates for at least six months (Art. 26(6)).</summary>
    KeepLogs,

    /// <summary>Inform the people about whom the system helps decide (Art. 26(11)).</summary>
    InformAffectedPersons,

    /// <summary>The practice may not be used at all (Art. 5).</summary>
    DoNotUse,

    /// <summary>Deployer: see that the input data are relevant and sufficiently representative for the intended purpose (Art. 26(4)).</summary>
    RepresentativeInputData,

    /// <summary>Deployer: inform the workers and their representatives before using the system at work (Art. 26(7)).</summary>
    InformWorkers,

    /// <summary>Deployer: inform the provider of risks and serious incidents, and suspend use (Art. 26(5), Art. 72).</summary>
    InformProviderOfRisks,

    /// <summary>Provider: make the system meet the requirements of Chapter III, Section 2 (Art. 16).</summary>
    MeetHighRiskRequirements,

    /// <summary>Provider: a quality management system (Art. 17).</summary>
    QualityManagementSystem,

    /// <summary>Provider: keep the documentation for ten years (Art. 18).</summary>
    KeepDocumentation,

    /// <summary>Provider: keep the logs the system generates, when they are under its control (Art. 19).</summary>
    KeepProviderLogs,

    /// <summary>Provider: take corrective actions and inform others (Art. 20).</summary>
    CorrectiveActions,

    /// <summary>Provider: a conformity assessment before placing on the market or putting into service (Art. 43).</summary>
    ConformityAssessment,

    /// <summary>Provider: an EU declaration of conformity (Art. 47).</summary>
    DeclarationOfConformity,

    /// <summary>Provider: the CE marking (Art. 48).</summary>
    CeMarking,

    /// <summary>Provider: register the system in the EU database (Art. 49(1)).</summary>
    ProviderRegistration,

    /// <summary>Provider: design the system so that people know they deal with AI, and mark generated content (Art. 50(1) and (2)).</summary>
    DesignForTransparency,

    /// <summary>Importer: check that the system conforms before placing it on the market, and keep the documents (Art. 23).</summary>
    ImporterDuties,

    /// <summary>Importer of a high-risk system: verify the conformity assessment, the technical documentation, the declaration of conformity and the authorised representative (Art. 11, 22, 43, 47).</summary>
    ImporterHighRiskChecks,

    /// <summary>Distributor: check the CE marking, the declaration and the instructions before making the system available (Art. 24).</summary>
    DistributorDuties,

    /// <summary>Distributor of a high-risk system: verify that provider and importer met their obligations (Art. 16, 23).</summary>
    DistributorHighRiskChecks,

    /// <summary>Importer or distributor of a high-risk system: inform the authorities of a risk (Art. 79).</summary>
    ReportRiskToAuthorities,

    /// <summary>Provider of a general-purpose AI model (or of a system built on one): technical documentation, information for providers who build on it, a copyright policy, a summary of the training content, an authorised representative (Art. 53, 54).</summary>
    ModelProviderDuties,

    /// <summary>Provider of an open-source general-purpose AI model without systemic risk: a copyright policy and a summary of the training content (Art. 53(1)(c) and (d), 53(2), 54(6)).</summary>
    OpenSourceModelDuties,

    /// <summary>Provider of a general-purpose AI model with systemic risk: evaluate the model, assess and mitigate systemic risks, report serious incidents, cybersecurity (Art. 55).</summary>
    SystemicRiskDuties,

    /// <summary>General-purpose AI models: the codes of practice (Art. 56).</summary>
    CodesOfPractice,
}

/// <summary>A reason why an algorithm is impactful and must be published in the Algoritmeregister (Algoritmekader).</summary>
public enum ImpactTrigger
{
    /// <summary>It is a high-risk AI system (category A).</summary>
    HighRiskAi,

    /// <summary>It influences a process with legal effects for citizens or organisations.</summary>
    LegalEffects,

    /// <summary>It influences how the government classifies or approaches citizens or organisations.</summary>
    ClassifiesOrContactsPeople,

    /// <summary>The organisation itself judges it impactful.</summary>
    JudgedImpactful,
}

/// <summary>The nine criteria of the EDPB (WP248 rev.01): two or more make a DPIA required, one makes it recommended.</summary>
public enum EdpbCriterion
{
    /// <summary>Evaluation or scoring, including profiling and predicting.</summary>
    EvaluationOrScoring,

    /// <summary>Automated decision-making with legal or similarly significant effect.</summary>
    AutomatedDecisionWithLegalEffect,

    /// <summary>Systematic monitoring.</summary>
    SystematicMonitoring,

    /// <summary>Sensitive data or data of a highly personal nature.</summary>
    SensitiveData,

    /// <summary>Data processed on a large scale.</summary>
    LargeScale,

    /// <summary>Matching or combining data sets.</summary>
    CombinedDataSets,

    /// <summary>Data about vulnerable data subjects.</summary>
    VulnerableSubjects,

    /// <summary>Innovative use or new technology (here: machine learning and generative AI).</summary>
    InnovativeTechnology,

    /// <summary>Processing that prevents people from exercising a right or using a service or contract.</summary>
    PreventsRightOrService,
}

/// <summary>The impact level, computed the way Canada's Algorithmic Impact Assessment does.</summary>
public enum ImpactLevel
{
    /// <summary>Level I: little to no impact (raw score at most 25 % of the maximum).</summary>
    I = 1,

    /// <summary>Level II: moderate impact (at most 50 %).</summary>
    II = 2,

    /// <summary>Level III: high impact (at most 75 %).</summary>
    III = 3,

    /// <summary>Level IV: very high impact (above 75 %).</summary>
    IV = 4,
}

/// <summary>Who in the municipality approves a project before it is used.</summary>
public enum Approver
{
    /// <summary>The team and its manager.</summary>
    Team,

    /// <summary>The CDO office (or the data governance board).</summary>
    CdoOffice,

    /// <summary>The college of mayor and aldermen (college van B&amp;W).</summary>
    College,

    /// <summary>The college, after the municipal council has decided.</summary>
    Council,
}

/// <summary>What the council's risk framework says about a project, given the answers the registration gives.</summary>
public enum CouncilVerdict
{
    /// <summary>Whatever the missing answers are, the framework reserves nothing in the project for the council.</summary>
    NotNeeded,

    /// <summary>The given answers do not settle it: some missing answers would make a council decision necessary.</summary>
    DependsOnAnswers,

    /// <summary>The given answers already reserve something in the project for the council.</summary>
    MustDecide,
}

/// <summary>The outcomes of an assessment that an answer can change (a combination of flags).</summary>
[System.Flags]
public enum RiskOutcomes
{
    /// <summary>None.</summary>
    None = 0,

    /// <summary>The impact level.</summary>
    ImpactLevel = 1,

    /// <summary>The Pre-scan DPIA outcome.</summary>
    Dpia = 2,

    /// <summary>The Algoritmeregister publication category.</summary>
    PublicationCategory = 4,

    /// <summary>The AI Act class.</summary>
    AiActClass = 8,

    /// <summary>The council framework's verdict.</summary>
    CouncilVerdict = 16,
}
