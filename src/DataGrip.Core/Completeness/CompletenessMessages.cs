using System.Collections.Generic;
using System.Collections.Immutable;

namespace DataGrip.Core.Completeness;

/// <summary>
/// The English and Dutch templates of the built-in indicators (<see cref="CompletenessCodes"/>; an indicator with more
/// than one message has variants such as <c>DG-C001.tooLong</c>) and of the publishing gate (<see cref="PublishabilityCodes"/>).
/// </summary>
internal static class CompletenessMessages
{
    internal static readonly ImmutableDictionary<string, Messages.Template> Templates = new Dictionary<string, Messages.Template>
    {
        [CompletenessCodes.ShortDescription] = Missing("The short description is missing or a placeholder.", "De korte omschrijving ontbreekt of is een opvultekst."),
        [CompletenessCodes.ShortDescription + ".tooLong"] = Missing("The short description is longer than 400 characters.", "De korte omschrijving is langer dan 400 tekens."),
        [CompletenessCodes.Description] = Missing("The full description is missing or a placeholder.", "De volledige beschrijving ontbreekt of is een opvultekst."),
        [CompletenessCodes.Themes] = Missing("No theme is given.", "Er is geen thema opgegeven."),
        [CompletenessCodes.OrganizationCode] = Missing("The organisation has no code (such as GM0344).", "De organisatie heeft geen code (zoals GM0344)."),
        [CompletenessCodes.OrganizationCode + ".unknown"] = Missing("The organisation code is not a real municipality code.", "De organisatiecode is geen bestaande gemeentecode."),
        [CompletenessCodes.Contact] = Missing("There is no contact address.", "Er is geen contactadres."),
        [CompletenessCodes.Contact + ".personal"] = Missing("The contact is a person's address; use a functional mailbox.", "Het contactadres is van een persoon; gebruik een functioneel postvak."),
        [CompletenessCodes.KindAndLanguage] = Missing("The kind of project or the language is missing.", "Het soort project of de taal ontbreekt."),
        [CompletenessCodes.ProblemStatement] = Missing("The problem statement is missing or a placeholder.", "De probleemstelling ontbreekt of is een opvultekst."),
        [CompletenessCodes.GoalAndImpact] = Missing("The goal and impact are missing or a placeholder.", "Het doel en de impact ontbreken of zijn een opvultekst."),
        [CompletenessCodes.SocietalGoals] = Missing("No societal goals with KPIs are given.", "Er zijn geen maatschappelijke doelen met prestatie-indicatoren."),
        [CompletenessCodes.SocietalGoals + ".noTarget"] = Missing("Not every societal goal has a KPI with a target.", "Niet elk maatschappelijk doel heeft een prestatie-indicator met een streefwaarde."),
        [CompletenessCodes.MeasuredKpis] = Missing("The project is in use, but no KPI is measured.", "Het project is in gebruik, maar er wordt geen prestatie-indicator gemeten."),
        [CompletenessCodes.MeasuredKpis + ".partly"] = Missing("Not every KPI has a measured value with a date.", "Niet elke prestatie-indicator heeft een gemeten waarde met datum."),
        [CompletenessCodes.StrategyObjectives] = Missing("The link to the data strategy is missing.", "De koppeling met de datastrategie ontbreekt."),
        [CompletenessCodes.Sponsor] = Missing("No portfolio holder or administrative sponsor is named.", "Er is geen portefeuillehouder of ambtelijk opdrachtgever genoemd."),
        [CompletenessCodes.CouncilDecision] = Missing("An impactful project without a council decision.", "Een impactvol project zonder raadsbesluit."),
        [CompletenessCodes.Proportionality] = Missing("The weighing of proportionality is missing or a placeholder.", "De afweging van proportionaliteit ontbreekt of is een opvultekst."),
        [CompletenessCodes.AlternativesConsidered] = Missing("The alternatives considered are missing or a placeholder.", "De overwogen alternatieven ontbreken of zijn een opvultekst."),
        [CompletenessCodes.PublicValues] = Missing("The public values are missing.", "De publieke waarden ontbreken."),
        [CompletenessCodes.ProductOwner] = Missing("No product owner is named.", "Er is geen producteigenaar genoemd."),
        [CompletenessCodes.DataProtectionOfficer] = Missing("Personal data is processed, but no data protection officer is named.", "Er worden persoonsgegevens verwerkt, maar er is geen functionaris gegevensbescherming genoemd."),
        [CompletenessCodes.Suppliers] = Missing("No supplier is given (write \"Intern ontwikkeld\" when built in-house).", "Er is geen leverancier opgegeven (schrijf \"Intern ontwikkeld\" bij eigen ontwikkeling)."),
        [CompletenessCodes.Suppliers + ".noKvk"] = Missing("A supplier has no KvK number.", "Een leverancier heeft geen KvK-nummer."),
        [CompletenessCodes.DataSources] = Missing("The data sources are missing.", "De gegevensbronnen ontbreken."),
        [CompletenessCodes.DataSources + ".personalDataUnknown"] = Missing("Not every data source says whether it holds personal data.", "Niet elke gegevensbron zegt of er persoonsgegevens in staan."),
        [CompletenessCodes.PhaseAndBeginDate] = Missing("The phase or the begin date is missing.", "De fase of de begindatum ontbreekt."),
        [CompletenessCodes.EndDate] = Missing("The project has ended, but the end date is missing.", "Het project is beëindigd, maar de einddatum ontbreekt."),
        [CompletenessCodes.Department] = Missing("The department is missing or a placeholder.", "De afdeling ontbreekt of is een opvultekst."),
        [CompletenessCodes.RegisterPublication] = Missing("An impactful project that is not published in the Algoritmeregister.", "Een impactvol project dat niet in het Algoritmeregister staat."),
        [CompletenessCodes.LawfulBasis] = Missing("The lawful basis or a wetten.overheid.nl link to the law is missing.", "De wettelijke grondslag of een verwijzing naar de wet op wetten.overheid.nl ontbreekt."),
        [CompletenessCodes.PublicPage] = Missing("There is no public web page.", "Er is geen openbare webpagina."),
        [CompletenessCodes.PublicationCategory] = Missing("The publication category is missing.", "De publicatiecategorie ontbreekt."),
        [CompletenessCodes.MethodsAndModels] = Missing("The description of methods and models is missing or a placeholder.", "De beschrijving van methoden en modellen ontbreekt of is een opvultekst."),
        [CompletenessCodes.Risks] = Missing("The risks are missing.", "De risico's ontbreken."),
        [CompletenessCodes.Risks + ".unmitigated"] = Missing("Not every risk has a mitigation.", "Niet elk risico heeft een beheersmaatregel."),
        [CompletenessCodes.Dpia] = Missing("The DPIA is not done.", "De DPIA is niet uitgevoerd."),
        [CompletenessCodes.Iama] = Missing("The IAMA or FRIA is not done.", "De IAMA of FRIA is niet uitgevoerd."),
        [CompletenessCodes.Audit] = Missing("The project is in use, but it has not been audited.", "Het project is in gebruik, maar er is geen audit gedaan."),
        [CompletenessCodes.Evaluation] = Missing("No evaluation is recorded.", "Er is geen evaluatie vastgelegd."),
        [CompletenessCodes.Monitoring] = Missing("The monitoring is not described.", "Het toezicht op de werking is niet beschreven."),
        [CompletenessCodes.HumanIntervention] = Missing("The description of human intervention is missing or a placeholder.", "De beschrijving van menselijke tussenkomst ontbreekt of is een opvultekst."),
        [CompletenessCodes.ObjectionProcedure] = Missing("The output has legal effects, but the objection procedure is missing.", "De uitkomst heeft rechtsgevolgen, maar de bezwaarprocedure ontbreekt."),
        [CompletenessCodes.ReviewDates] = Missing("The date of the last or the next review is missing.", "De datum van de laatste of de volgende herziening ontbreekt."),
        [CompletenessCodes.Staleness] = Missing("The registration has never been reviewed.", "De registratie is nooit herzien."),
        [CompletenessCodes.Staleness + ".stale"] = Missing(
            "The registration was last reviewed on {Date}, more than {Months} {Months:month|months} ago.",
            "De registratie is voor het laatst herzien op {Date}, meer dan {Months} {Months:maand|maanden} geleden."),
    }.ToImmutableDictionary();

    internal static readonly ImmutableDictionary<string, Messages.Template> Publishability = new Dictionary<string, Messages.Template>
    {
        [PublishabilityCodes.Name] = Error("The register requires the name; it is missing.", "Het register vereist de naam; die ontbreekt."),
        [PublishabilityCodes.Name + ".tooLong"] = TooLong("the name", "de naam"),
        [PublishabilityCodes.ShortDescription] = Error("The register requires the short description ('description_short'); it is missing.", "Het register vereist de korte omschrijving; die ontbreekt."),
        [PublishabilityCodes.ShortDescription + ".tooLong"] = TooLong("the short description ('description_short')", "de korte omschrijving"),
        [PublishabilityCodes.Organization] = Error("The register requires the organisation name; it is missing.", "Het register vereist de naam van de organisatie; die ontbreekt."),
        [PublishabilityCodes.Organization + ".tooLong"] = TooLong("the organisation name", "de naam van de organisatie"),
        [PublishabilityCodes.Status] = Error("The register requires the status (derived from the lifecycle phase); it is missing.", "Het register vereist de status (afgeleid van de levensfase); die ontbreekt."),
        [PublishabilityCodes.Contact] = Error("The register requires the contact ('contact_email'); it is missing.", "Het register vereist de contactgegevens; die ontbreken."),
        [PublishabilityCodes.Contact + ".tooLong"] = TooLong("the contact ('contact_email')", "de contactgegevens"),
        [PublishabilityCodes.PublicationCategory] = Error("The register requires the publication category; it is missing.", "Het register vereist de publicatiecategorie; die ontbreekt."),
        [PublishabilityCodes.Language] = Error("The register requires the language ('lang'); it is missing.", "Het register vereist de taal; die ontbreekt."),
    }.ToImmutableDictionary();

    private static Messages.Template Missing(string english, string dutch) => new(Severity.Warning, english, dutch);

    private static Messages.Template Error(string english, string dutch) => new(Severity.Error, english, dutch);

    private static Messages.Template TooLong(string english, string dutch) => Error(
        $"The register allows at most {{MaxLength}} characters for {english}; it has {{Length}}.",
        $"Het register staat voor {dutch} ten hoogste {{MaxLength}} tekens toe; het zijn er {{Length}}.");
}
