using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace DataGrip.Core.Reporting;

/// <summary>
/// The grip report's texts in English and Dutch, with named placeholders (as <see cref="Messages"/>): the definition
/// and explanation of every metric, the section and worklist titles, the worklist reasons and the findings.
/// </summary>
/// <remarks>
/// Placeholders of a metric's explanation: <c>{Count}</c> the numerator with its noun ("3 projecten"), <c>{Total}</c>
/// the denominator as a number, <c>{Percent}</c> the share, <c>{Value}</c> the value as a number, <c>{Label}</c> the
/// category, <c>{N:one|many}</c> the word that agrees with the numerator ("1 pilot staat stil", "2 pilots staan stil").
/// </remarks>
internal static class ReportMessages
{
    internal sealed record MetricText(string Noun, string DefinitionEnglish, string DefinitionDutch, string ExplanationEnglish, string ExplanationDutch);

    internal sealed record Text(string English, string Dutch);

    internal static readonly ImmutableDictionary<string, MetricText> Metrics = new Dictionary<string, MetricText>
    {
        [ReportCodes.Projects] = new("project",
            "The data-driven projects in the export, counted once per id.",
            "De datagedreven projecten in de export, elk id één keer geteld.",
            "The report covers {Count}.",
            "Het rapport gaat over {Count}."),
        [ReportCodes.ByPhase] = new("project",
            "Projects by the phase they are in now.",
            "Projecten naar de fase waarin ze nu zijn.",
            "{Label}: {Count} of {Total} ({Percent}).",
            "{Label}: {Count} van {Total} ({Percent})."),
        [ReportCodes.ByKind] = new("project",
            "Projects by kind of data-driven work.",
            "Projecten naar soort datagedreven werk.",
            "{Label}: {Count} of {Total} ({Percent}).",
            "{Label}: {Count} van {Total} ({Percent})."),
        [ReportCodes.ByTheme] = new("project",
            "Projects by register theme; a project with several themes counts under each.",
            "Projecten naar thema van het register; een project met meer thema's telt bij elk thema mee.",
            "{Label}: {Count} of {Total} ({Percent}).",
            "{Label}: {Count} van {Total} ({Percent})."),
        [ReportCodes.ByDepartment] = new("project",
            "Projects by the department or team that runs them.",
            "Projecten naar de afdeling of het team dat ze uitvoert.",
            "{Label}: {Count} of {Total} ({Percent}).",
            "{Label}: {Count} van {Total} ({Percent})."),
        [ReportCodes.ByOrganization] = new("project",
            "Projects by the organisation responsible.",
            "Projecten naar de verantwoordelijke organisatie.",
            "{Label}: {Count} of {Total} ({Percent}).",
            "{Label}: {Count} van {Total} ({Percent})."),
        [ReportCodes.BySupplier] = new("project",
            "Projects by the companies that supply, build, host or process for them; a project with several suppliers counts under each.",
            "Projecten naar de bedrijven die leveren, bouwen, hosten of verwerken; een project met meer leveranciers telt bij elk mee.",
            "{Label}: {Count} of {Total} ({Percent}).",
            "{Label}: {Count} van {Total} ({Percent})."),
        [ReportCodes.Funnel] = new("project",
            "How far projects got: the projects that reached this phase or a later one (from the current phase and the phase history), of the projects whose course is known.",
            "Hoe ver projecten kwamen: de projecten die deze fase of een latere bereikten (uit de huidige fase en de fasegeschiedenis), van de projecten waarvan het verloop bekend is.",
            "{Label} or later: {Count} of {Total} ({Percent}).",
            "{Label} of later: {Count} van {Total} ({Percent})."),
        [ReportCodes.PilotConversion] = new("project",
            "Of the projects that were ever in pilot or evaluation, those that reached regular use or scaling up.",
            "Van de projecten die ooit in pilot of evaluatie waren, de projecten die in gebruik of in opschaling kwamen.",
            "{Count} of {Total} that were in pilot {N:has|have} gone on to regular use ({Percent}).",
            "{Count} van {Total} die in pilot waren, {N:ging|gingen} door naar gebruik ({Percent})."),
        [ReportCodes.MonthsInPhase] = new("project",
            "The median number of months projects spent in the phase, from the phase history (until the next phase, or until the as-of date for the current one).",
            "Het middelste aantal maanden dat projecten in de fase waren, uit de fasegeschiedenis (tot de volgende fase, of tot de peildatum voor de huidige).",
            "{Label}: median {Value} months over {Count} (of {Total} that were in the phase).",
            "{Label}: mediaan {Value} maanden over {Count} (van {Total} die in de fase waren)."),
        [ReportCodes.StuckPilots] = new("pilot",
            "Pilots (in pilot or evaluation) past their evaluation date or planned end, or in pilot longer than the set period, without a decision to scale, extend or stop.",
            "Pilots (in pilot of evaluatie) voorbij hun evaluatiedatum of geplande einde, of langer in pilot dan de gestelde termijn, zonder besluit om op te schalen, te verlengen of te stoppen.",
            "{Count} of {Total} {N:is|are} stuck ({Percent}).",
            "{Count} van {Total} {N:staat|staan} stil ({Percent})."),
        [ReportCodes.DecisionsDue] = new("pilot",
            "Pilots whose evaluation date or planned end falls in the coming months, with no decision yet.",
            "Pilots waarvan de evaluatiedatum of het geplande einde in de komende maanden valt, nog zonder besluit.",
            "A decision is due for {Count} of {Total}.",
            "Voor {Count} van {Total} moet binnenkort een besluit vallen."),
        [ReportCodes.PilotsStopped] = new("project",
            "Of the projects that were ever in pilot or evaluation, those that stopped (decision to stop, or ended).",
            "Van de projecten die ooit in pilot of evaluatie waren, de projecten die stopten (besluit tot stoppen, of beëindigd).",
            "{Count} of {Total} that were in pilot {N:has|have} stopped ({Percent}).",
            "{Count} van {Total} die in pilot waren, {N:is|zijn} gestopt ({Percent})."),
        [ReportCodes.DpiaOutcome] = new("project",
            "The outcome of the Pre-scan DPIA from the registration's answers; 'undetermined' means answers that could require a DPIA are missing.",
            "De uitkomst van de Pre-scan DPIA uit de antwoorden van de registratie; 'niet te bepalen' betekent dat antwoorden ontbreken die een DPIA verplicht kunnen maken.",
            "{Label}: {Count} of {Total} ({Percent}).",
            "{Label}: {Count} van {Total} ({Percent})."),
        [ReportCodes.DpiaDone] = new("project",
            "Of the projects that require a DPIA, those with a DPIA done.",
            "Van de projecten die een DPIA nodig hebben, de projecten waarvoor de DPIA is uitgevoerd.",
            "A DPIA is done for {Count} of {Total} that require one ({Percent}).",
            "Voor {Count} van {Total} die een DPIA nodig hebben, is die uitgevoerd ({Percent})."),
        [ReportCodes.AiActClass] = new("project",
            "The class under the EU AI Act; 'undetermined' when the missing answers still allow more than one class.",
            "De klasse onder de Europese AI-verordening; 'niet te bepalen' als de ontbrekende antwoorden nog meer dan één klasse toelaten.",
            "{Label}: {Count} of {Total} ({Percent}).",
            "{Label}: {Count} van {Total} ({Percent})."),
        [ReportCodes.RegisterCategory] = new("project",
            "The Algoritmeregister category the assessment derives; 'undetermined' when the missing answers still allow more than one.",
            "De categorie van het Algoritmeregister die de beoordeling afleidt; 'niet te bepalen' als de ontbrekende antwoorden er nog meer toelaten.",
            "{Label}: {Count} of {Total} ({Percent}).",
            "{Label}: {Count} van {Total} ({Percent})."),
        [ReportCodes.ImpactLevel] = new("project",
            "The impact level (as Canada's Algorithmic Impact Assessment computes it); 'undetermined' when the missing answers can still change it.",
            "Het impactniveau (berekend zoals de Canadese impactbeoordeling van algoritmes dat doet); 'niet te bepalen' als ontbrekende antwoorden het nog kunnen veranderen.",
            "{Label}: {Count} of {Total} ({Percent}).",
            "{Label}: {Count} van {Total} ({Percent})."),
        [ReportCodes.AssessmentGaps] = new("project",
            "Projects missing an assessment the outcome or the framework requires, by phase group; of the projects in that group.",
            "Projecten waarvoor een toets ontbreekt die de uitkomst of het kader vraagt, per fasegroep; van de projecten in die groep.",
            "{Label}: {Count} of {Total} {N:misses|miss} a required assessment ({Percent}).",
            "{Label}: {Count} van {Total} {N:mist|missen} een verplichte toets ({Percent})."),
        [ReportCodes.FrameworkBreaches] = new("project",
            "Projects that break this clause of the council's framework (an error, or a warning in pilot and evaluation), of all projects.",
            "Projecten die deze bepaling van het kader van de raad schenden (een fout, of een waarschuwing in pilot en evaluatie), van alle projecten.",
            "{Label}: broken by {Count} of {Total}.",
            "{Label}: geschonden door {Count} van {Total}."),
        [ReportCodes.ImpactfulNotRegistered] = new("project",
            "Impactful projects (derived category A or B) that have not ended, without a publication in the Algoritmeregister.",
            "Impactvolle projecten (afgeleide categorie A of B) die niet zijn beëindigd, zonder publicatie in het Algoritmeregister.",
            "{Count} of the {Total} impactful ones {N:is|are} not in the register ({Percent}).",
            "{Count} van de {Total} impactvolle {N:staat|staan} niet in het register ({Percent})."),
        [ReportCodes.CategoryTooMild] = new("project",
            "Projects whose registered category is milder than the one the assessment derives, of the projects with a registered category.",
            "Projecten waarvan de geregistreerde categorie milder is dan de afgeleide, van de projecten met een geregistreerde categorie.",
            "{Count} of {Total} {N:is|are} registered too mildly.",
            "{Count} van {Total} {N:is|zijn} te mild geregistreerd."),
        [ReportCodes.HighImpact] = new("project",
            "Projects with impact level III or IV (the level to act on: missing answers count at their maximum).",
            "Projecten met impactniveau III of IV (het niveau om naar te handelen: ontbrekende antwoorden tellen maximaal).",
            "{Count} of {Total} {N:has|have} a high impact level ({Percent}).",
            "{Count} van {Total} {N:heeft|hebben} een hoog impactniveau ({Percent})."),
        [ReportCodes.CouncilDecisionMissing] = new("project",
            "Projects the framework reserves for the council, without a council decision on record.",
            "Projecten die het kader aan de raad voorbehoudt, zonder vastgelegd raadsbesluit.",
            "{Count} of {Total} that need a council decision {N:has|have} none.",
            "{Count} van {Total} die een raadsbesluit nodig hebben, {N:heeft|hebben} er geen."),
        [ReportCodes.KpiStatus] = new("kpi",
            "KPIs by status: 'met' (the latest measurement reaches the target, in the direction from baseline to target), 'not met', 'not measured', 'not measurable' (no target).",
            "KPI's naar stand: gehaald (de laatste meting bereikt de streefwaarde, in de richting van nulmeting naar streefwaarde), niet gehaald, niet gemeten, niet meetbaar (geen streefwaarde).",
            "{Label}: {Count} of {Total} ({Percent}).",
            "{Label}: {Count} van {Total} ({Percent})."),
        [ReportCodes.NoMeasurableGoal] = new("project",
            "Projects in pilot or in use without a measurable goal: no KPI with a target.",
            "Projecten in pilot of in gebruik zonder meetbaar doel: geen KPI met een streefwaarde.",
            "{Count} of {Total} {N:has|have} no measurable goal ({Percent}).",
            "{Count} van {Total} {N:heeft|hebben} geen meetbaar doel ({Percent})."),
        [ReportCodes.KpisByProgramme] = new("kpi",
            "KPIs that reach their target, per budget programme, of the programme's KPIs.",
            "Gehaalde KPI's per begrotingsprogramma, van de KPI's van dat programma.",
            "{Label}: target reached by {Count} of {Total} ({Percent}).",
            "{Label}: {Count} van {Total} gehaald ({Percent})."),
        [ReportCodes.GoalsUnknown] = new("project",
            "Projects in pilot or in use of which nobody can tell whether they reach their goals: no KPI with both a target and a measurement.",
            "Projecten in pilot of in gebruik waarvan niemand kan zeggen of ze hun doelen halen: geen KPI met zowel een streefwaarde als een meting.",
            "For {Count} of {Total} it is not known whether {N:it meets|they meet} expectations ({Percent}).",
            "Van {Count} van {Total} is niet bekend of {N:het|ze} de verwachtingen {N:waarmaakt|waarmaken} ({Percent})."),
        [ReportCodes.CompletenessByPerspective] = new("project",
            "The mean completeness score (0–100) for the perspective, over the projects it applies to.",
            "De gemiddelde volledigheidsscore (0–100) voor het perspectief, over de projecten waarvoor het geldt.",
            "{Label}: mean {Value} over {Count}.",
            "{Label}: gemiddeld {Value} over {Count}."),
        [ReportCodes.CompletenessBands] = new("project",
            "Projects by completeness band (excellent from 86.7, good from 54.6, sufficient from 29.9, the proportions of the EU Metadata Quality Assessment).",
            "Projecten naar volledigheidsklasse (uitstekend vanaf 86,7, goed vanaf 54,6, voldoende vanaf 29,9, de verhoudingen van de Europese kwaliteitsmeting van metadata).",
            "{Label}: {Count} of {Total} ({Percent}).",
            "{Label}: {Count} van {Total} ({Percent})."),
        [ReportCodes.LowestCompleteness] = new("project",
            "The ten registrations with the lowest completeness score (lowest first).",
            "De tien registraties met de laagste volledigheidsscore (laagste eerst).",
            "The {Count} with the lowest scores, of {Total}.",
            "De {Count} met de laagste scores, van {Total}."),
        [ReportCodes.MostOftenMissing] = new("project",
            "The completeness indicators most often missing, of the projects they apply to.",
            "De volledigheidsindicatoren die het vaakst ontbreken, van de projecten waarvoor ze gelden.",
            "{Label}: missing for {Count} of {Total} ({Percent}).",
            "{Label}: ontbreekt bij {Count} van {Total} ({Percent})."),
        [ReportCodes.ReviewOverdue] = new("project",
            "Registrations of projects that have not ended whose next review date has passed.",
            "Registraties van niet-beëindigde projecten waarvan de datum voor de volgende herziening voorbij is.",
            "The review of {Count} of {Total} is overdue ({Percent}).",
            "De herziening van {Count} van {Total} is te laat ({Percent})."),
        [ReportCodes.Stale] = new("project",
            "Registrations of projects that have not ended, not reviewed or changed within the staleness period (or never).",
            "Registraties van niet-beëindigde projecten die binnen de termijn niet zijn herzien of gewijzigd (of nooit).",
            "{Count} of {Total} {N:is|are} out of date ({Percent}).",
            "{Count} van {Total} {N:is|zijn} verouderd ({Percent})."),
        [ReportCodes.Publishable] = new("project",
            "Registrations that can be published in the Algoritmeregister as they are (every field the register requires is there).",
            "Registraties die zo in het Algoritmeregister kunnen (elk veld dat het register vraagt, is er).",
            "{Count} of {Total} can be published as {N:it is|they are} ({Percent}).",
            "{Count} van {Total} {N:kan|kunnen} zo worden gepubliceerd ({Percent})."),
        [ReportCodes.Duplicates] = new("project",
            "Projects that one organisation registered nearly twice.",
            "Projecten die één organisatie bijna dubbel registreerde.",
            "{Count} of {Total} {N:is|are} in a duplicate pair.",
            "{Count} van {Total} {N:zit|zitten} in een dubbel paar."),
        [ReportCodes.Overlaps] = new("project",
            "Projects of one organisation that overlap with another of its projects.",
            "Projecten van één organisatie die overlappen met een ander project van die organisatie.",
            "{Count} of {Total} {N:overlaps|overlap} with another project of {N:its|their} organisation.",
            "{Count} van {Total} {N:overlapt|overlappen} met een ander project van {N:zijn|hun} organisatie."),
        [ReportCodes.ReuseOpportunities] = new("project",
            "Projects that do something similar to a project of another organisation: one may reuse what the other built.",
            "Projecten die iets vergelijkbaars doen als een project van een andere organisatie: de een kan hergebruiken wat de ander bouwde.",
            "{Count} of {Total} {N:has|have} a reuse opportunity.",
            "{Count} van {Total} {N:heeft|hebben} een kans op hergebruik."),
        [ReportCodes.SharedSupplierProducts] = new("project",
            "Projects built on the same supplier product as a project of another organisation.",
            "Projecten die op hetzelfde product van een leverancier bouwen als een project van een andere organisatie.",
            "{Count} of {Total} {N:shares|share} a supplier product with another organisation.",
            "{Count} van {Total} {N:deelt|delen} een product van een leverancier met een andere organisatie."),
        [ReportCodes.SupplierDependence] = new("project",
            "Dependence on one supplier: the projects that use it, of the projects with any supplier (suppliers with two projects or more).",
            "Afhankelijkheid van één leverancier: de projecten die hem gebruiken, van de projecten met een leverancier (leveranciers met twee projecten of meer).",
            "{Label}: {Count} of {Total} ({Percent}).",
            "{Label}: {Count} van {Total} ({Percent})."),
        [ReportCodes.Added] = new("project",
            "Projects in this export that were not in the previous one.",
            "Projecten in deze export die niet in de vorige stonden.",
            "{Count} added, of {Total}.",
            "{Count} erbij gekomen, van {Total}."),
        [ReportCodes.Removed] = new("project",
            "Projects of the previous export that are not in this one (counted of the previous export).",
            "Projecten uit de vorige export die niet in deze staan (geteld van de vorige export).",
            "{Count} gone, of {Total} in the previous export.",
            "{Count} verdwenen, van {Total} in de vorige export."),
        [ReportCodes.PhaseChanged] = new("project",
            "Projects in both exports whose phase changed.",
            "Projecten in beide exports waarvan de fase veranderde.",
            "{Count} of {Total} {N:has|have} moved to another phase.",
            "{Count} van {Total} {N:ging|gingen} naar een andere fase."),
        [ReportCodes.Ended] = new("project",
            "Projects in both exports that ended since the previous one.",
            "Projecten in beide exports die sinds de vorige zijn beëindigd.",
            "{Count} of {Total} {N:has|have} ended.",
            "{Count} van {Total} {N:is|zijn} beëindigd."),
        [ReportCodes.RiskChanged] = new("project",
            "Projects in both exports whose impact level or derived register category changed, including a range that moved or narrowed (when answers are missing, the levels or categories they still allow) and one that became determined.",
            "Projecten in beide exports waarvan het impactniveau of de afgeleide categorie veranderde, ook als de bandbreedte verschoof of smaller werd (bij ontbrekende antwoorden: de niveaus of categorieën die nog mogelijk zijn) of het niveau of de categorie nu vaststaat.",
            "The risk of {Count} of {Total} changed.",
            "Het risico van {Count} van {Total} veranderde."),
        [ReportCodes.ScoreChanged] = new("project",
            "Projects in both exports whose completeness score moved by five points or more.",
            "Projecten in beide exports waarvan de volledigheidsscore vijf punten of meer verschoof.",
            "The score of {Count} of {Total} moved by five points or more.",
            "De score van {Count} van {Total} verschoof vijf punten of meer."),
        [ReportCodes.DecisionsTaken] = new("project",
            "Projects with a decision dated in the reporting period.",
            "Projecten met een besluit in de verslagperiode.",
            "Decisions were taken about {Count} of {Total}.",
            "Over {Count} van {Total} zijn besluiten genomen."),
        [ReportCodes.Unknown] = new("project",
            "What we don't know: the projects that lack the answers the section needs, of all projects.",
            "Wat we niet weten: de projecten zonder de antwoorden die het onderdeel nodig heeft, van alle projecten.",
            "{Label}: the answers are missing for {Count} of {Total} ({Percent}).",
            "{Label}: bij {Count} van {Total} ontbreken de antwoorden ({Percent})."),
    }.ToImmutableDictionary();

    /// <summary>
    /// The metric texts of the citizens' report, in plain language (B1): short sentences, and a technical word only with
    /// its meaning beside it. Metrics not listed keep their texts of <see cref="Metrics"/>.
    /// </summary>
    internal static readonly ImmutableDictionary<string, MetricText> PublicMetrics = new Dictionary<string, MetricText>
    {
        [ReportCodes.Projects] = new("project",
            "The projects with data or algorithms in this overview. Each project counts once.",
            "De projecten met data of algoritmes in dit overzicht. Elk project telt één keer.",
            "The overview covers {Count}.",
            "Het overzicht gaat over {Count}."),
        [ReportCodes.ByPhase] = new("project",
            "How far each project is: from idea to use, or stopped.",
            "Hoe ver elk project is: van idee tot gebruik, of gestopt.",
            "{Label}: {Count} of {Total} ({Percent}).",
            "{Label}: {Count} van {Total} ({Percent})."),
        [ReportCodes.ByKind] = new("project",
            "What kind of project it is.",
            "Wat voor soort project het is.",
            "{Label}: {Count} of {Total} ({Percent}).",
            "{Label}: {Count} van {Total} ({Percent})."),
        [ReportCodes.ByTheme] = new("project",
            "The subject of the project. A project with several subjects counts under each.",
            "Het onderwerp van het project. Een project met meer onderwerpen telt bij elk onderwerp mee.",
            "{Label}: {Count} of {Total} ({Percent}).",
            "{Label}: {Count} van {Total} ({Percent})."),
        [ReportCodes.DpiaOutcome] = new("project",
            "Must the municipality first check the risks for privacy (a DPIA)? 'Undetermined' means: answers are missing to say.",
            "Moet de gemeente eerst de risico's voor privacy toetsen (een DPIA)? 'Niet te bepalen' betekent: er ontbreken antwoorden om dat te zeggen.",
            "{Label}: {Count} of {Total} ({Percent}).",
            "{Label}: {Count} van {Total} ({Percent})."),
        [ReportCodes.AiActClass] = new("project",
            "The risk under the European law on artificial intelligence (the AI Act). 'Undetermined' means: answers are missing to say.",
            "Het risico volgens de Europese wet over kunstmatige intelligentie (de AI-verordening). 'Niet te bepalen' betekent: er ontbreken antwoorden om dat te zeggen.",
            "{Label}: {Count} of {Total} ({Percent}).",
            "{Label}: {Count} van {Total} ({Percent})."),
        [ReportCodes.RegisterCategory] = new("project",
            "The group in the national register of algorithms. The more an algorithm affects people, the heavier its group. 'Undetermined' means: answers are missing to say.",
            "De groep in het landelijke register van algoritmes. Hoe meer een algoritme mensen raakt, hoe zwaarder de groep. 'Niet te bepalen' betekent: er ontbreken antwoorden om dat te zeggen.",
            "{Label}: {Count} of {Total} ({Percent}).",
            "{Label}: {Count} van {Total} ({Percent})."),
        [ReportCodes.ImpactLevel] = new("project",
            "How much the project can affect people: from level I (little) to level IV (very much). 'Undetermined' means: answers are missing to say.",
            "Hoeveel het project mensen kan raken: van niveau I (weinig) tot niveau IV (heel veel). 'Niet te bepalen' betekent: er ontbreken antwoorden om dat te zeggen.",
            "{Label}: {Count} of {Total} ({Percent}).",
            "{Label}: {Count} van {Total} ({Percent})."),
        [ReportCodes.KpiStatus] = new("goal",
            "Do the projects reach their measurable goals? 'Met' means: the latest measurement is as good as the goal, or better.",
            "Halen de projecten hun meetbare doelen? 'Gehaald' betekent: de laatste meting is zo goed als het doel, of beter.",
            "{Label}: {Count} of {Total} ({Percent}).",
            "{Label}: {Count} van {Total} ({Percent})."),
        [ReportCodes.GoalsUnknown] = new("project",
            "Projects that are running, of which nobody knows whether they reach their goals. They have no goal with a measurement.",
            "Projecten die al lopen, waarvan niemand weet of ze hun doelen halen. Ze hebben geen doel met een meting.",
            "For {Count} of {Total} it is not known whether {N:it reaches its|they reach their} goals ({Percent}).",
            "Van {Count} van {Total} is niet bekend of {N:het zijn|ze hun} doelen {N:haalt|halen} ({Percent})."),
        [ReportCodes.Added] = new("project",
            "Projects that are new since the previous overview.",
            "Projecten die nieuw zijn sinds het vorige overzicht.",
            "New: {Count}, of {Total}.",
            "Nieuw: {Count}, van {Total}."),
        [ReportCodes.Ended] = new("project",
            "Projects that stopped since the previous overview.",
            "Projecten die zijn gestopt sinds het vorige overzicht.",
            "Stopped: {Count}, of {Total}.",
            "Gestopt: {Count}, van {Total}."),
        [ReportCodes.Unknown] = new("project",
            "What we don't know: for how many projects answers are missing, per part of this overview.",
            "Wat we niet weten: bij hoeveel projecten antwoorden ontbreken, per onderdeel van dit overzicht.",
            "{Label}: answers are missing for {Count} of {Total} ({Percent}).",
            "{Label}: bij {Count} van {Total} ontbreken antwoorden ({Percent})."),
    }.ToImmutableDictionary();

    /// <summary>What a project lacks for each part of "what we don't know", in the citizens' report: plain language.</summary>
    internal static readonly ImmutableDictionary<string, Text> PublicUnknownLabels = new Dictionary<string, Text>
    {
        ["inventory"] = new("Overview: phase or kind not known", "Overzicht: fase of soort niet bekend"),
        ["pilotToScale"] = new("Course: not known how the project went", "Verloop: niet bekend hoe het project ging"),
        ["responsibleUse"] = new("Responsible use: the risk, or the need for a privacy check, cannot be told", "Verantwoord gebruik: risico of nodige privacytoets niet te bepalen"),
        ["goals"] = new("Goals: no goal with a measurement", "Doelen: geen doel met een meting"),
        ["quality"] = new("Description: never checked again", "Beschrijving: nooit opnieuw nagekeken"),
        ["reuse"] = new("Reuse: nothing to compare", "Hergebruik: niets om te vergelijken"),
        ["changes"] = new("Changes: no previous overview to compare with", "Veranderingen: geen vorig overzicht om mee te vergelijken"),
    }.ToImmutableDictionary();

    /// <summary>What a project lacks for each section of "what we don't know" (the category labels of DG-M090).</summary>
    internal static readonly ImmutableDictionary<string, Text> UnknownLabels = new Dictionary<string, Text>
    {
        ["inventory"] = new("Inventory: phase or kind not stated", "Overzicht: fase of soort niet vermeld"),
        ["pilotToScale"] = new("Pilot to scale: no phase history, or a pilot without evaluation date or planned end", "Van pilot naar opschaling: geen fasegeschiedenis, of een pilot zonder evaluatiedatum of gepland einde"),
        ["responsibleUse"] = new("Responsible use: DPIA, AI Act class, register category or impact level cannot be determined", "Verantwoord gebruik: DPIA, klasse van de AI-verordening, categorie of impactniveau niet te bepalen"),
        ["goals"] = new("Goals: in pilot or in use without a KPI with a target and a measurement", "Doelen: in pilot of in gebruik zonder KPI met streefwaarde en meting"),
        ["quality"] = new("Registration quality: never reviewed (no review dates)", "Kwaliteit van de registratie: nooit herzien (geen herzieningsdata)"),
        ["reuse"] = new("Reuse and overlap: nothing to compare (no text, sources, suppliers or themes)", "Hergebruik en overlap: niets om te vergelijken (geen tekst, bronnen, leveranciers of thema's)"),
        ["changes"] = new("Changes: no previous export to compare with", "Veranderingen: geen vorige export om mee te vergelijken"),
    }.ToImmutableDictionary();

    internal static readonly ImmutableDictionary<string, Text> Sections = new Dictionary<string, Text>
    {
        ["inventory"] = new("Inventory", "Overzicht"),
        ["pilotToScale"] = new("From pilot to scale", "Van pilot naar opschaling"),
        ["responsibleUse"] = new("Responsible use", "Verantwoord gebruik"),
        ["goals"] = new("Goals reached", "Doelen bereikt"),
        ["quality"] = new("Registration quality", "Kwaliteit van de registraties"),
        ["reuse"] = new("Reuse and overlap", "Hergebruik en overlap"),
        ["changes"] = new("Changes since the previous report", "Veranderingen sinds het vorige rapport"),
        ["unknowns"] = new("What we don't know", "Wat we niet weten"),
    }.ToImmutableDictionary();

    internal static readonly ImmutableDictionary<string, Text> Worklists = new Dictionary<string, Text>
    {
        ["stuckPilots"] = new("Stuck pilots", "Pilots die stilstaan"),
        ["decisionsDue"] = new("Decisions due", "Besluiten die binnenkort nodig zijn"),
        ["councilDecisionMissing"] = new("Council decision needed", "Raadsbesluit nodig"),
        ["frameworkBreaches"] = new("Framework breaches", "Schendingen van het kader"),
        ["assessmentGaps"] = new("Missing assessments", "Ontbrekende toetsen"),
        ["impactfulNotRegistered"] = new("Impactful, not in the register", "Impactvol, niet in het register"),
        ["impactful"] = new("Impactful algorithms", "Impactvolle algoritmes"),
        ["highImpact"] = new("Top risks: impact level III or IV", "Grootste risico's: impactniveau III of IV"),
        ["staleRegistrations"] = new("Stale registrations", "Verouderde registraties"),
        ["lowestCompleteness"] = new("Lowest completeness", "Laagste volledigheid"),
        ["reuse"] = new("Reuse and overlap per project", "Hergebruik en overlap per project"),
        ["changes"] = new("Changes", "Veranderingen"),
        ["noMeasurableGoal"] = new("No measurable goal", "Geen meetbaar doel"),
    }.ToImmutableDictionary();

    /// <summary>The reasons on worklist items; placeholders as named.</summary>
    internal static readonly ImmutableDictionary<string, Text> Reasons = new Dictionary<string, Text>
    {
        ["evaluationPassed"] = new("evaluation date {Date} has passed without a decision", "evaluatiedatum {Date} is voorbij zonder besluit"),
        ["endPassed"] = new("planned end {Date} has passed without a decision", "gepland einde {Date} is voorbij zonder besluit"),
        ["tooLong"] = new("in pilot since {Date}, more than {Months} months, without a decision", "in pilot sinds {Date}, langer dan {Months} maanden, zonder besluit"),
        ["due"] = new("decision due: {What} on {Date}", "besluit nodig: {What} op {Date}"),
        ["dueEvaluation"] = new("evaluation", "evaluatie"),
        ["dueEnd"] = new("planned end", "gepland einde"),
        ["councilMissing"] = new("the framework reserves it for the council; no council decision on record", "het kader behoudt het aan de raad voor; er is geen raadsbesluit vastgelegd"),
        ["breach"] = new("breaks: {Clause}", "schendt: {Clause}"),
        ["gap"] = new("required assessment missing: {Assessment}", "verplichte toets ontbreekt: {Assessment}"),
        ["notRegistered"] = new("impactful ({Category}) and not in the Algoritmeregister", "impactvol ({Category}) en niet in het Algoritmeregister"),
        ["impactful"] = new("{Category}", "{Category}"),
        ["highImpact"] = new("{Level}", "{Level}"),
        ["overdue"] = new("review was due {Date}", "herziening stond gepland op {Date}"),
        ["stale"] = new("last reviewed or changed {Date}, more than {Months} months ago", "laatst herzien of gewijzigd {Date}, langer dan {Months} maanden geleden"),
        ["neverReviewed"] = new("never reviewed", "nooit herzien"),
        ["score"] = new("completeness score {Score}", "volledigheidsscore {Score}"),
        ["pair"] = new("{Kind} with {Partners}: {Explanation}", "{Kind} met {Partners}: {Explanation}"),
        ["added"] = new("added", "erbij gekomen"),
        ["removed"] = new("gone since the previous export", "verdwenen sinds de vorige export"),
        ["phase"] = new("phase {From} → {To}", "fase {From} → {To}"),
        ["riskLevel"] = new("impact level {From} → {To}", "impactniveau {From} → {To}"),
        ["riskCategory"] = new("derived category {From} → {To}", "afgeleide categorie {From} → {To}"),
        ["riskBoth"] = new("impact level {From} → {To}; derived category {CategoryFrom} → {CategoryTo}", "impactniveau {From} → {To}; afgeleide categorie {CategoryFrom} → {CategoryTo}"),
        ["scoreMoved"] = new("completeness score {From} → {To}", "volledigheidsscore {From} → {To}"),
        ["noGoal"] = new("in pilot or in use without a KPI with a target", "in pilot of in gebruik zonder KPI met streefwaarde"),
    }.ToImmutableDictionary();

    /// <summary>A count with its noun, singular or plural by <c>{N}</c>: "1 project", "2 projecten".</summary>
    internal static readonly ImmutableDictionary<string, Text> Counts = new Dictionary<string, Text>
    {
        ["project"] = new("{Count} {N:project|projects}", "{Count} {N:project|projecten}"),
        ["kpi"] = new("{Count} {N:KPI|KPIs}", "{Count} {N:KPI|KPI's}"),
        ["pilot"] = new("{Count} {N:pilot|pilots}", "{Count} {N:pilot|pilots}"),
        ["goal"] = new("{Count} {N:measurable goal|measurable goals}", "{Count} {N:meetbaar doel|meetbare doelen}"),
        ["organisation"] = new("{Count} {N:organisation|organisations}", "{Count} {N:organisatie|organisaties}"),
    }.ToImmutableDictionary();

    /// <summary>A KPI's status.</summary>
    internal static readonly ImmutableDictionary<string, Text> KpiStatuses = new Dictionary<string, Text>
    {
        ["met"] = new("met", "gehaald"),
        ["notMet"] = new("not met", "niet gehaald"),
        ["notMeasured"] = new("not measured", "niet gemeten"),
        ["notMeasurable"] = new("not measurable (no target)", "niet meetbaar (geen streefwaarde)"),
    }.ToImmutableDictionary();

    /// <summary>The phase groups of the assessment gaps.</summary>
    internal static readonly ImmutableDictionary<string, Text> PhaseGroups = new Dictionary<string, Text>
    {
        ["beforePilot"] = new("before the pilot", "vóór de pilot"),
        ["inPilot"] = new("in pilot or evaluation", "in pilot of evaluatie"),
        ["inUse"] = new("in use", "in gebruik"),
        ["ended"] = new("ended", "beëindigd"),
        ["unknown"] = new("phase unknown", "fase onbekend"),
    }.ToImmutableDictionary();

    /// <summary>The clauses of the council's framework (by the last part of their JSON Pointer), the limits they set, and how a clause and its limit are written together.</summary>
    internal static readonly ImmutableDictionary<string, Text> Clauses = new Dictionary<string, Text>
    {
        ["requiredAssessments"] = new("required assessments at level {Level}", "verplichte toetsen bij niveau {Level}"),
        ["limited"] = new("{Subject} ({Limit})", "{Subject} ({Limit})"),
        ["excluded"] = new("excluded", "uitgesloten"),
        ["councilDecision"] = new("only after a council decision", "alleen na raadsbesluit"),
        ["maxImpactLevelWithoutCouncilDecision"] = new("impact level above the maximum without a council decision", "impactniveau boven het maximum zonder raadsbesluit"),
        ["aiActClasses"] = new("AI Act class", "klasse van de AI-verordening"),
        ["specialCategories"] = new("special categories of personal data", "bijzondere persoonsgegevens"),
        ["sensitiveCategories"] = new("sensitive personal data", "gevoelige persoonsgegevens"),
        ["criminalData"] = new("criminal offence data", "strafrechtelijke gegevens"),
        ["techniques"] = new("technique", "techniek"),
        ["noPredictiveProfilingThemes"] = new("no predictive profiling in this theme", "geen voorspellende profilering in dit thema"),
        ["humanFinalDecisionFromLevel"] = new("a person takes the final decision", "een mens neemt het eindbesluit"),
        ["other"] = new("another clause", "andere bepaling"),
    }.ToImmutableDictionary();

    internal static readonly ImmutableDictionary<string, Text> OverlapKinds = new Dictionary<string, Text>
    {
        ["duplicate"] = new("duplicate", "dubbel"),
        ["overlap"] = new("overlap", "overlap"),
        ["reuseOpportunity"] = new("reuse opportunity", "kans op hergebruik"),
        ["sharedSupplier"] = new("same supplier product", "zelfde product van een leverancier"),
    }.ToImmutableDictionary();

    /// <summary>
    /// The words of the HTML and CSV outputs and of numbers, as terms (<c>report:…</c>) with named placeholders: what
    /// the writers say, each in one place, said by <see cref="Say"/>.
    /// </summary>
    internal static readonly ImmutableDictionary<string, Messages.Template> Terms = new Dictionary<string, Messages.Template>
    {
        ["report:none"] = Messages.Term("none", "geen"),
        ["report:unknown"] = Messages.Term("unknown", "onbekend"),
        ["report:percent"] = Messages.Term("{Value}%", "{Value} %"),
        ["report:undetermined"] = Messages.Term("undetermined", "niet te bepalen"),
        ["report:level"] = Messages.Term("level {Level}", "niveau {Level}"),
        ["report:noProgramme"] = Messages.Term("no budget programme", "zonder begrotingsprogramma"),
        ["report:months"] = Messages.Term("{Value} mo", "{Value} mnd"),
        ["report:html.title"] = Messages.Term("Grip on data-driven work", "Grip op datagedreven werken"),
        ["report:html.reportFor"] = Messages.Term("Report for ", "Rapport voor "),
        ["report:html.asOf"] = Messages.Term("as of {Date}", "peildatum {Date}"),
        ["report:html.period"] = Messages.Term("reporting period {Start} – {End}", "verslagperiode {Start} – {End}"),
        ["report:html.projectsOf"] = Messages.Term("{Projects} of {Organisations}", "{Projects} van {Organisations}"),
        ["report:html.projectsOfPublished"] = Messages.Term("{Projects} of {Organisations}, published by {Publisher}", "{Projects} van {Organisations}, uitgegeven door {Publisher}"),
        ["report:partner"] = Messages.Term("{Name} ({Score})", "{Name} ({Score})"),
        ["report:partnerOf"] = Messages.Term("{Name} ({Organisation}, {Score})", "{Name} ({Organisation}, {Score})"),
        ["report:list.two"] = Messages.Term("{First} and {Last}", "{First} en {Last}"),
        ["report:list.more"] = Messages.Term("{First} and {More} more", "{First} en nog {More}"),
        ["report:html.framework"] = Messages.Term("framework: {Framework}", "kader: {Framework}"),
        ["report:html.comparedWith"] = Messages.Term("compared with the export of {Date}", "vergeleken met de export van {Date}"),
        ["report:html.contents"] = Messages.Term("Contents", "Inhoud"),
        ["report:html.projectsByTheme"] = Messages.Term("The projects by theme", "De projecten per thema"),
        ["report:html.aboutTheData"] = Messages.Term("About the data", "Over de gegevens"),
        ["report:html.noPrevious"] = Messages.Term(
            "No previous export was given; changes since the previous report are not computed.",
            "Er is geen vorige export meegegeven; veranderingen sinds het vorige rapport zijn niet berekend."),
        ["report:html.previously"] = Messages.Term("previously {Value}", "vorige keer {Value}"),
        ["report:html.noProblems"] = Messages.Term("The report found no problems in its input.", "Het rapport vond geen problemen in de invoer."),
        ["report:html.everyFigure"] = Messages.Term(
            "Every figure has a stable code (DG-M…) and a definition; this report's JSON file lists all the projects behind every figure.",
            "Elk cijfer heeft een vaste code (DG-M…) en een definitie; het JSON-bestand van dit rapport bevat bij elk cijfer alle projecten erachter."),
        ["report:html.format"] = Messages.Term("report format {Version}", "rapportformaat {Version}"),
        ["report:html.exportMade"] = Messages.Term("export made on {Date}", "export gemaakt op {Date}"),
        ["report:html.chartData"] = Messages.Term("Data behind the chart: {Caption} ({Code})", "Gegevens bij de grafiek: {Caption} ({Code})"),
        ["report:html.category"] = Messages.Term("Category", "Categorie"),
        ["report:html.value"] = Messages.Term("Value", "Waarde"),
        ["report:html.count"] = Messages.Term("Count", "Aantal"),
        ["report:html.of"] = Messages.Term("Of", "Van"),
        ["report:html.previousValue"] = Messages.Term("Previously", "Vorige keer"),
        ["report:html.projects"] = Messages.Term("Projects", "Projecten"),
        ["report:html.moreIds"] = Messages.Term("; and {More} more (see the JSON file)", "; en nog {More} (zie het JSON-bestand)"),
        ["report:html.noItems"] = Messages.Term("None.", "Geen."),
        ["report:html.holderUnknown"] = Messages.Term("Portfolio holder unknown", "Portefeuillehouder onbekend"),
        ["report:html.project"] = Messages.Term("Project", "Project"),
        ["report:html.organisationAndDepartment"] = Messages.Term("Organisation and department", "Organisatie en afdeling"),
        ["report:html.reason"] = Messages.Term("Reason", "Reden"),
        ["report:html.inRegister"] = Messages.Term("in the register", "in het register"),
        ["report:html.moreRows"] = Messages.Term(
            "The first {Shown} of {Total}; the other {More} are in this report's CSV worklists and JSON file.",
            "De eerste {Shown} van {Total}; de overige {More} staan in de CSV-werklijsten en het JSON-bestand van dit rapport."),
        ["report:html.catalogue"] = Messages.Term(
            "By theme: what the project does, why, how people check its work, how to object and where to ask questions.",
            "Per thema: wat het project doet, waarom, hoe mensen het werk controleren, hoe u bezwaar maakt en waar u terechtkunt met vragen."),
        ["report:html.noTheme"] = Messages.Term("No theme", "Zonder thema"),
        ["report:html.organisation"] = Messages.Term("Organisation", "Organisatie"),
        ["report:html.what"] = Messages.Term("What", "Wat"),
        ["report:html.why"] = Messages.Term("Why", "Waarom"),
        ["report:html.oversight"] = Messages.Term("Human oversight", "Menselijke controle"),
        ["report:html.objection"] = Messages.Term("How to object", "Bezwaar maken"),
        ["report:html.contact"] = Messages.Term("Contact", "Contact"),
        ["report:html.register"] = Messages.Term("Algorithm register", "Algoritmeregister"),
        ["report:html.headline"] = Messages.Term("Key figures", "Kerncijfers"),
        ["report:html.now"] = Messages.Term("Now", "Nu"),
        ["report:html.figure"] = Messages.Term("Figure", "Cijfer"),
        ["report:html.change"] = Messages.Term("Change", "Verschil"),
        ["report:html.unchanged"] = Messages.Term("unchanged", "gelijk"),
        ["report:html.points"] = Messages.Term("{Value} points", "{Value} procentpunt"),
        ["report:html.was"] = Messages.Term("(was {Value})", "(eerder {Value})"),
        ["report:html.byHolder"] = Messages.Term("By portfolio holder", "Per portefeuillehouder"),
        ["report:html.byHolderNote"] = Messages.Term(
            "Grouped by portfolio holder: the function in the project's roles; in a report on several organisations, per organisation first. A project that names none counts under its department or, in a report on several organisations, its organisation, as 'no portfolio holder named'.",
            "Gegroepeerd per portefeuillehouder: de functie in de rollen van het project; in een rapport over meer organisaties eerst per organisatie. Een project dat er geen noemt, telt bij zijn afdeling of, in een rapport over meer organisaties, bij zijn organisatie, als 'geen portefeuillehouder genoemd'."),
        ["report:html.holderOf"] = Messages.Term("{Owner} — {Holder}", "{Owner} — {Holder}"),
        ["report:noHolder"] = Messages.Term("no portfolio holder named", "geen portefeuillehouder genoemd"),
        ["report:html.holder"] = Messages.Term("Portfolio holder", "Portefeuillehouder"),
        ["report:html.otherGroups"] = Messages.Term("The other {Count}", "De overige {Count}"),
        ["report:html.total"] = Messages.Term("Total", "Totaal"),
        ["report:html.colStuck"] = Messages.Term("Stuck pilots", "Stilstaande pilots"),
        ["report:html.colDue"] = Messages.Term("Decision due", "Besluit nodig"),
        ["report:html.colCouncil"] = Messages.Term("Council decision needed", "Raadsbesluit nodig"),
        ["report:html.colRisk"] = Messages.Term("Impact level III or IV", "Impactniveau III of IV"),
        ["report:html.colReuse"] = Messages.Term("Reuse opportunity", "Kans op hergebruik"),
        ["report:html.colKpis"] = Messages.Term("KPI targets reached", "KPI's gehaald"),
        ["report:html.ofTotal"] = Messages.Term("{Count} of {Total}", "{Count} van {Total}"),
        ["report:html.moreInCdo"] = Messages.Term("And {More} more: see the report for {Report}.", "En nog {More}: zie het rapport voor {Report}."),
        ["report:html.worklistsByDepartment"] = Messages.Term("Worklists by organisation and department", "Werklijsten per organisatie en afdeling"),
        ["report:html.worklistsNote"] = Messages.Term(
            "How many projects of each organisation and department are on each worklist; the lists themselves are in the sections above and in this report's CSV file, grouped the same way.",
            "Hoeveel projecten van elke organisatie en afdeling op elke werklijst staan; de lijsten zelf staan in de onderdelen hierboven en in het CSV-bestand van dit rapport, op dezelfde manier gegroepeerd."),
        ["report:html.departmentUnknown"] = Messages.Term("Organisation and department unknown", "Organisatie en afdeling onbekend"),
        ["report:csv.worklist"] = Messages.Term("Worklist", "Werklijst"),
        ["report:csv.code"] = Messages.Term("Code", "Code"),
        ["report:csv.projectId"] = Messages.Term("Project id", "Project-id"),
        ["report:csv.project"] = Messages.Term("Project", "Project"),
        ["report:csv.organisation"] = Messages.Term("Organisation", "Organisatie"),
        ["report:csv.department"] = Messages.Term("Department", "Afdeling"),
        ["report:csv.holder"] = Messages.Term("Portfolio holder", "Portefeuillehouder"),
        ["report:csv.date"] = Messages.Term("Date", "Datum"),
        ["report:csv.otherProject"] = Messages.Term("Other projects", "Andere projecten"),
        ["report:csv.link"] = Messages.Term("Link", "Link"),
        ["report:csv.reason"] = Messages.Term("Reason", "Reden"),
        ["report:csv.groupCount"] = Messages.Term("Count in organisation and department", "Aantal in organisatie en afdeling"),
    }.ToImmutableDictionary();

    /// <summary>A term of <see cref="Terms"/> in one language, its placeholders filled (values as they are).</summary>
    internal static string Say(string key, bool dutch, params (string Name, string Value)[] arguments)
    {
        var term = TermTemplates[key];
        var args = new Dictionary<string, string>(arguments.Length, System.StringComparer.Ordinal);
        foreach (var (name, value) in arguments)
        {
            args[name] = value;
        }

        return Messages.Format(dutch ? term.Dutch : term.English, args, dutch);
    }

    internal static readonly ImmutableDictionary<string, Messages.Template> Findings = new Dictionary<string, Messages.Template>
    {
        [ReportCodes.EmptyExport] = new(Severity.Warning,
            "The export has no projects; the report has no figures to show.",
            "De export bevat geen projecten; het rapport heeft geen cijfers om te tonen."),
        [ReportCodes.PreviousOfAnotherPublisher] = new(Severity.Warning,
            "The previous export is of '{Previous}', this one of '{Current}'; changes since the previous report are not computed.",
            "De vorige export is van '{Previous}', deze van '{Current}'; veranderingen sinds het vorige rapport worden niet berekend."),
        [ReportCodes.DuplicateProjectId] = new(Severity.Warning,
            "The id '{Id}' is also used by the project at {Other}; this one is left out of the report, so each figure counts a project once.",
            "Het id '{Id}' wordt ook gebruikt door het project op {Other}; dit project blijft buiten het rapport, zodat elk cijfer een project één keer telt."),
        [ReportCodes.ProjectDisappeared] = new(Severity.Info,
            "Project '{Id}' of the previous export is not in this one.",
            "Project '{Id}' uit de vorige export staat niet in deze."),
        [ReportCodes.AsOfBeforeExport] = new(Severity.Warning,
            "The as-of date {AsOf} is before the export was made ({GeneratedAt}); figures that depend on dates (stuck pilots, overdue reviews) are computed for {AsOf}.",
            "De peildatum {AsOf} ligt vóór het moment waarop de export is gemaakt ({GeneratedAt}); cijfers die van data afhangen (stilstaande pilots, te late herzieningen) gelden voor {AsOf}."),
        [ReportCodes.DatedAfterAsOf] = new(Severity.Warning,
            "Project '{Id}' has a date after the as-of date {AsOf} ({Date}); the report counts it as known.",
            "Project '{Id}' heeft een datum na de peildatum {AsOf} ({Date}); het rapport telt die als bekend."),
        [ReportCodes.PreviousNotOlder] = new(Severity.Warning,
            "The previous export was made on {Previous}, not before this one ({Current}); changes compare them as given.",
            "De vorige export is gemaakt op {Previous}, niet vóór deze ({Current}); de veranderingen vergelijken ze zoals ze zijn."),
        [ReportCodes.NotPublic] = new(Severity.Error,
            "Project '{Id}' cannot be made public: a visibility key names no field; it is left out of the public report.",
            "Project '{Id}' kan niet openbaar worden gemaakt: een zichtbaarheidssleutel wijst geen veld aan; het blijft buiten het openbare rapport."),
        [ReportCodes.DuplicateIdInPrevious] = new(Severity.Warning,
            "The id '{Id}' occurs twice in the previous export (also at {Other}); this one is not compared.",
            "Het id '{Id}' komt twee keer voor in de vorige export (ook op {Other}); dit project wordt niet vergeleken."),
    }.ToImmutableDictionary();

    /// <summary>
    /// The metric texts as templates of the one message mechanism: a metric's definition under its code
    /// (<c>DG-M001</c>), its explanation under the variant <c>DG-M001.explanation</c>.
    /// </summary>
    internal static ImmutableDictionary<string, Messages.Template> MetricTemplates { get; } = Metrics
        .SelectMany(p => new[]
        {
            new KeyValuePair<string, Messages.Template>(p.Key, Messages.Term(p.Value.DefinitionEnglish, p.Value.DefinitionDutch)),
            new KeyValuePair<string, Messages.Template>(p.Key + ".explanation", Messages.Term(p.Value.ExplanationEnglish, p.Value.ExplanationDutch)),
        })
        .Concat(PublicMetrics.SelectMany(p => new[]
        {
            new KeyValuePair<string, Messages.Template>(p.Key + ".public", Messages.Term(p.Value.DefinitionEnglish, p.Value.DefinitionDutch)),
            new KeyValuePair<string, Messages.Template>(p.Key + ".publicExplanation", Messages.Term(p.Value.ExplanationEnglish, p.Value.ExplanationDutch)),
        }))
        .ToImmutableDictionary(System.StringComparer.Ordinal);

    /// <summary>
    /// The words of the report as terms of the one message mechanism: the writers' terms (<c>report:html.…</c>) and the
    /// titles, reasons and labels the builder puts in a report (<c>report:section.…</c>, <c>report:worklist.…</c>,
    /// <c>report:reason.…</c>, <c>report:unknown.…</c>, <c>report:overlapKind.…</c>, <c>report:count.…</c>, <c>report:kpiStatus.…</c>,
    /// <c>report:phaseGroup.…</c>, <c>report:clause.…</c>).
    /// </summary>
    internal static ImmutableDictionary<string, Messages.Template> TermTemplates { get; } = Terms
        .Concat(Prefixed("report:section.", Sections))
        .Concat(Prefixed("report:worklist.", Worklists))
        .Concat(Prefixed("report:reason.", Reasons))
        .Concat(Prefixed("report:unknown.", UnknownLabels))
        .Concat(Prefixed("report:unknownPublic.", PublicUnknownLabels))
        .Concat(Prefixed("report:overlapKind.", OverlapKinds))
        .Concat(Prefixed("report:count.", Counts))
        .Concat(Prefixed("report:kpiStatus.", KpiStatuses))
        .Concat(Prefixed("report:phaseGroup.", PhaseGroups))
        .Concat(Prefixed("report:clause.", Clauses))
        .ToImmutableDictionary(System.StringComparer.Ordinal);

    private static IEnumerable<KeyValuePair<string, Messages.Template>> Prefixed(string prefix, ImmutableDictionary<string, Text> table) =>
        table.Select(p => new KeyValuePair<string, Messages.Template>(prefix + p.Key, Messages.Term(p.Value.English, p.Value.Dutch)));

    internal static Finding Finding(string code, string pointer, params (string Name, object? Value)[] arguments) =>
        Messages.Create(Findings[code], code, pointer, null, null, arguments);
}
