namespace DataGrip.Core.Model;

// Who takes part in a project. On the wire each value is its camelCase name (Theme.SocialSecurity is "socialSecurity"); these
// names are stable. The verbatim Dutch labels of the Algoritmeregister are available through RegisterLabels.

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
