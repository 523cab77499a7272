namespace DataGrip.Core.Model;

// What a project is, what it is about and where it stands. On the wire each value is its camelCase name (Theme.SocialSecurity is "socialSecurity"); these
// names are stable. The verbatim Dutch labels of the Algoritmeregister are available through RegisterLabels.

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

/// <summary>Whether a project is a digital service, and for whom (Pre-scan DPIA question 7.1).</summary>
public enum DigitalService
{
    /// <summary>Not a digital service.</summary>
    None,

    /// <summary>A digital service for anyone (1 risk point).</summary>
    General,

    /// <summary>A digital service mainly for children under 18 (2 risk points; a children's-rights impact assessment is recommended).</summary>
    PrimarilyForMinors,

    /// <summary>A digital service that, as can be shown, minors do not use and that is not used on them (Pre-scan DPIA 7.1.3: no risk points).</summary>
    MinorsKeptOut,
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
