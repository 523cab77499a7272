namespace DataGrip.Core.Model;

// The Algoritmeregister's own classifications. On the wire each value is its camelCase name (Theme.SocialSecurity is "socialSecurity"); these
// names are stable. The verbatim Dutch labels of the Algoritmeregister are available through RegisterLabels.

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
