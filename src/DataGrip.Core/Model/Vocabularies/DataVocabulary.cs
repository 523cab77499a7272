namespace DataGrip.Core.Model;

// The data a project processes and on what legal ground. On the wire each value is its camelCase name (Theme.SocialSecurity is "socialSecurity"); these
// names are stable. The verbatim Dutch labels of the Algoritmeregister are available through RegisterLabels.

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

/// <summary>Where the data are stored under the contract (Pre-scan DPIA question 2.1.3).</summary>
public enum StorageLocation
{
    /// <summary>On the organisation's own premises (on premise).</summary>
    OnPremise,

    /// <summary>In a data centre inside the EEA.</summary>
    EeaDataCentre,

    /// <summary>Outside the EEA.</summary>
    OutsideEea,
}

/// <summary>The mechanism of a transfer of personal data outside the EEA (GDPR Chapter V; Pre-scan DPIA question 2.1.6).</summary>
public enum TransferMechanism
{
    /// <summary>An adequacy decision of the European Commission (Art. 45).</summary>
    AdequacyDecision,

    /// <summary>Standard contractual clauses (SCC, Art. 46(2)(c)); a DTIA is required.</summary>
    StandardContractualClauses,

    /// <summary>Binding corporate rules (BCR, Art. 47).</summary>
    BindingCorporateRules,

    /// <summary>An approved certification mechanism (Art. 46(2)(f)).</summary>
    Certification,

    /// <summary>An approved code of conduct (Art. 46(2)(e)).</summary>
    CodeOfConduct,

    /// <summary>A legally binding and enforceable instrument between public authorities (Art. 46(2)(a)).</summary>
    LegallyBindingInstrument,

    /// <summary>A derogation of Art. 49.</summary>
    Article49Derogation,

    /// <summary>Another mechanism; a DTIA is required.</summary>
    Other,
}
