using System;
using System.Collections.Immutable;
using System.Linq;
using DataGrip.Core.Model;
using DataGrip.Core.Reference;

namespace DataGrip.Core.Completeness;

/// <summary>An indicator of the default profile: a code, a rule and a function. The table is in <see cref="BuiltInIndicators"/>.</summary>
internal sealed class BuiltInIndicator : CompletenessIndicator
{
    private readonly Func<DataProject, IndicatorContext, IndicatorOutcome> evaluate;

    public BuiltInIndicator(string code, Perspective perspective, decimal weight, string rule, Func<DataProject, IndicatorContext, IndicatorOutcome> evaluate)
    {
        Code = code;
        Perspective = perspective;
        DefaultWeight = weight;
        Rule = rule;
        this.evaluate = evaluate;
    }

    public override string Code { get; }

    public override Perspective Perspective { get; }

    public override decimal DefaultWeight { get; }

    public override string Rule { get; }

    public override IndicatorOutcome Evaluate(DataProject project, IndicatorContext context) => evaluate(project, context);
}

/// <summary>
/// The indicators of the default profile, with their codes, weights and rules. The README's table is made from this
/// list (and a test checks that it stays so). Codes are never reused.
/// </summary>
internal static class BuiltInIndicators
{
    public static ImmutableArray<CompletenessIndicator> All { get; } =
    [
        // Basics
        new BuiltInIndicator("DG-C001", Perspective.Basics, 10, "Always. A short description (register field description_short) that says something and has at most 400 characters; half the points when it is longer.", (p, _) =>
            !TextQuality.IsMeaningful(p.ShortDescription)
                ? IndicatorOutcome.Missing("/shortDescription", "The short description is missing or a placeholder.", "De korte omschrijving ontbreekt of is een opvultekst.")
                : p.ShortDescription!.Length > 400
                    ? IndicatorOutcome.Partial(0.5m, "/shortDescription", "The short description is longer than 400 characters.", "De korte omschrijving is langer dan 400 tekens.")
                    : IndicatorOutcome.Met("/shortDescription")),
        Text("DG-C002", Perspective.Basics, 5, "/description", p => p.Description, "full description", "volledige beschrijving"),
        new BuiltInIndicator("DG-C003", Perspective.Basics, 5, "Always. At least one theme from the register's list of 16.", (p, _) =>
            p.Themes.Length > 0 ? IndicatorOutcome.Met("/themes") : IndicatorOutcome.Missing("/themes", "No theme is given.", "Er is geen thema opgegeven.")),
        new BuiltInIndicator("DG-C004", Perspective.Basics, 5, "Always. The organisation has a code; for a municipality it must be one of the real CBS codes (GM0344).", (p, c) =>
            p.Organization?.Code is not { } code
                ? IndicatorOutcome.Missing("/organization/code", "The organisation has no code (such as GM0344).", "De organisatie heeft geen code (zoals GM0344).")
                : MunicipalityList.IsMunicipality(p.Organization) && !c.Municipalities.TryGet(code, out _)
                    ? IndicatorOutcome.Missing("/organization/code", "The organisation code is not a real municipality code.", "De organisatiecode is geen bestaande gemeentecode.")
                    : IndicatorOutcome.Met("/organization/code")),
        new BuiltInIndicator("DG-C005", Perspective.Basics, 10, "Always. A contact that is a functional mailbox or a web address (half the points for a person's own address).", (p, _) =>
            !TextQuality.IsMeaningful(p.Contact)
                ? IndicatorOutcome.Missing("/contact", "There is no contact address.", "Er is geen contactadres.")
                : TextQuality.IsFunctionalContact(p.Contact!)
                    ? IndicatorOutcome.Met("/contact")
                    : IndicatorOutcome.Partial(0.5m, "/contact", "The contact is a person's address; use a functional mailbox.", "Het contactadres is van een persoon; gebruik een functionele mailbox.")),
        new BuiltInIndicator("DG-C006", Perspective.Basics, 3, "Always. The kind of project and the language of the texts.", (p, _) =>
            Share(p.Kind is not null, p.Language is not null) is var share && share == 1
                ? IndicatorOutcome.Met("/kind")
                : IndicatorOutcome.Partial(share, p.Kind is null ? "/kind" : "/language", "The kind of project or the language is missing.", "Het soort project of de taal ontbreekt.")),

        // Steering
        Text("DG-C010", Perspective.Steering, 5, "/purpose/problemStatement", p => p.Purpose?.ProblemStatement, "problem statement", "probleemstelling"),
        Text("DG-C011", Perspective.Steering, 10, "/purpose/goalAndImpact", p => p.Purpose?.GoalAndImpact, "goal and impact", "doel en impact"),
        new BuiltInIndicator("DG-C012", Perspective.Steering, 10, "Always. Societal goals (half the points), each with at least one KPI that has a target (the other half).", (p, _) =>
        {
            var goals = p.Purpose?.SocietalGoals ?? [];
            if (goals.Length == 0)
            {
                return IndicatorOutcome.Missing("/purpose/societalGoals", "No societal goals with KPIs are given.", "Er zijn geen maatschappelijke doelen met KPI's.");
            }

            var measurable = Count(goals, g => Any(g.Kpis, k => k.Target is not null));
            return measurable == goals.Length
                ? IndicatorOutcome.Met("/purpose/societalGoals")
                : IndicatorOutcome.Partial(0.5m + (0.5m * measurable / goals.Length), "/purpose/societalGoals", "Not every societal goal has a KPI with a target.", "Niet elk maatschappelijk doel heeft een KPI met een streefwaarde.");
        }),
        new BuiltInIndicator("DG-C013", Perspective.Steering, 5, "From production on (production, scaling, ended). Every KPI has a measured value and the date of the measurement, or a dated measurement (1.1).", (p, _) =>
        {
            if (!IsFrom(p, Phase.Production))
            {
                return IndicatorOutcome.NotApplicable;
            }

            int kpis = 0, measured = 0;
            foreach (var goal in p.Purpose?.SocietalGoals ?? [])
            {
                if (goal is null)
                {
                    continue;
                }

                kpis += goal.Kpis.Length;
                measured += Count(goal.Kpis, k => (k.Measured is not null && k.MeasuredOn is not null) || !k.Measurements.IsDefaultOrEmpty);
            }

            return kpis == 0 ? IndicatorOutcome.Missing("/purpose/societalGoals", "The project is in use, but no KPI is measured.", "Het project is in gebruik, maar er wordt geen KPI gemeten.")
                : measured == kpis ? IndicatorOutcome.Met("/purpose/societalGoals")
                : IndicatorOutcome.Partial((decimal)measured / kpis, "/purpose/societalGoals", "Not every KPI has a measured value with a date.", "Niet elke KPI heeft een gemeten waarde met datum.");
        }),
        new BuiltInIndicator("DG-C014", Perspective.Steering, 5, "Always. A link to an objective of the municipality's data strategy.", (p, _) =>
            p.Purpose is { StrategyObjectives.Length: > 0 } ? IndicatorOutcome.Met("/purpose/strategyObjectives") : IndicatorOutcome.Missing("/purpose/strategyObjectives", "The link to the data strategy is missing.", "De koppeling met de datastrategie ontbreekt.")),
        new BuiltInIndicator("DG-C015", Perspective.Steering, 5, "Always. A portfolio holder or an administrative sponsor among the roles.", (p, _) =>
            Any(p.Roles, r => r.Kind is RoleKind.PortfolioHolder or RoleKind.AdministrativeSponsor) ? IndicatorOutcome.Met("/roles") : IndicatorOutcome.Missing("/roles", "No portfolio holder or administrative sponsor is named.", "Er is geen portefeuillehouder of ambtelijk opdrachtgever genoemd.")),
        new BuiltInIndicator("DG-C016", Perspective.Steering, 5, "When the publication category is A (high-risk AI) or B (impactful). The council decision that backs the project.", (p, _) =>
            !IsImpactful(p) ? IndicatorOutcome.NotApplicable
                : p.CouncilDecision is not null ? IndicatorOutcome.Met("/councilDecision") : IndicatorOutcome.Missing("/councilDecision", "An impactful project without a council decision.", "Een impactvol project zonder raadsbesluit.")),
        Text("DG-C017", Perspective.Steering, 5, "/purpose/proportionality", p => p.Purpose?.Proportionality, "weighing of proportionality", "afweging van proportionaliteit"),
        Text("DG-C018", Perspective.Steering, 3, "/purpose/alternativesConsidered", p => p.Purpose?.AlternativesConsidered, "alternatives considered", "overwogen alternatieven"),
        new BuiltInIndicator("DG-C019", Perspective.Steering, 3, "Always. The public values the project serves or puts at stake.", (p, _) =>
            p.Purpose is { } purpose && Any(purpose.PublicValues, TextQuality.IsMeaningful) ? IndicatorOutcome.Met("/purpose/publicValues") : IndicatorOutcome.Missing("/purpose/publicValues", "The public values are missing.", "De publieke waarden ontbreken.")),

        // Organising
        new BuiltInIndicator("DG-C020", Perspective.Organising, 5, "Always. A product owner among the roles.", (p, _) =>
            Any(p.Roles, r => r.Kind == RoleKind.ProductOwner) ? IndicatorOutcome.Met("/roles") : IndicatorOutcome.Missing("/roles", "No product owner is named.", "Er is geen producteigenaar genoemd.")),
        new BuiltInIndicator("DG-C021", Perspective.Organising, 3, "When a source holds personal data. A data protection officer among the roles.", (p, _) =>
            !ProcessesPersonalData(p) ? IndicatorOutcome.NotApplicable
                : Any(p.Roles, r => r.Kind == RoleKind.DataProtectionOfficer) ? IndicatorOutcome.Met("/roles") : IndicatorOutcome.Missing("/roles", "Personal data is processed, but no data protection officer is named.", "Er worden persoonsgegevens verwerkt, maar er is geen functionaris gegevensbescherming genoemd.")),
        new BuiltInIndicator("DG-C022", Perspective.Organising, 5, "Always. Who built or supplies it (\"Intern ontwikkeld\" counts); an external supplier also needs its KvK number (half the points without).", (p, _) =>
        {
            if (p.Suppliers.Length == 0)
            {
                return IndicatorOutcome.Missing("/suppliers", "No supplier is given (write \"Intern ontwikkeld\" when built in-house).", "Er is geen leverancier opgegeven (schrijf \"Intern ontwikkeld\" bij eigen ontwikkeling).");
            }

            var complete = Count(p.Suppliers, s => s.KvkNumber is not null || s.Name?.IndexOf("intern", StringComparison.OrdinalIgnoreCase) >= 0);
            return complete == p.Suppliers.Length ? IndicatorOutcome.Met("/suppliers") : IndicatorOutcome.Partial(0.5m + (0.5m * complete / p.Suppliers.Length), "/suppliers", "A supplier has no KvK number.", "Een leverancier heeft geen KvK-nummer.");
        }),
        new BuiltInIndicator("DG-C023", Perspective.Organising, 10, "Always. The data sources (half the points), each saying whether it holds personal data (the other half).", (p, _) =>
        {
            var sources = p.Data?.Sources ?? [];
            var known = Count(sources, s => s.PersonalData is not null);
            return sources.Length == 0
                ? IndicatorOutcome.Missing("/data/sources", "The data sources are missing.", "De gegevensbronnen ontbreken.")
                : known == sources.Length ? IndicatorOutcome.Met("/data/sources")
                : IndicatorOutcome.Partial(0.5m + (0.5m * known / sources.Length), "/data/sources", "Not every data source says whether it holds personal data.", "Niet elke gegevensbron zegt of er persoonsgegevens in staan.");
        }),
        new BuiltInIndicator("DG-C024", Perspective.Organising, 5, "Always. The lifecycle phase and the begin date.", (p, _) =>
            Share(p.Lifecycle?.Phase is not null, p.Lifecycle?.BeginDate is not null) is var share && share == 1
                ? IndicatorOutcome.Met("/lifecycle")
                : IndicatorOutcome.Partial(share, "/lifecycle", "The phase or the begin date is missing.", "De fase of de begindatum ontbreekt.")),
        new BuiltInIndicator("DG-C025", Perspective.Organising, 5, "When the project has ended. The end date.", (p, _) =>
            p.Lifecycle?.Phase != Phase.Ended ? IndicatorOutcome.NotApplicable
                : p.Lifecycle.EndDate is not null ? IndicatorOutcome.Met("/lifecycle/endDate") : IndicatorOutcome.Missing("/lifecycle/endDate", "The project has ended, but the end date is missing.", "Het project is beëindigd, maar de einddatum ontbreekt.")),
        Text("DG-C026", Perspective.Organising, 3, "/department", p => p.Department, "department", "afdeling"),

        // Transparency
        new BuiltInIndicator("DG-C030", Perspective.Transparency, 10, "When the publication category is A or B: such projects must be in the Algoritmeregister. A register id or link.", (p, _) =>
            !IsImpactful(p) ? IndicatorOutcome.NotApplicable
                : p.Transparency?.Register is { } r && (r.RegisterId is not null || r.Link is not null) ? IndicatorOutcome.Met("/transparency/register")
                : IndicatorOutcome.Missing("/transparency/register", "An impactful project that is not published in the Algoritmeregister.", "Een impactvol project dat niet in het Algoritmeregister staat.")),
        new BuiltInIndicator("DG-C031", Perspective.Transparency, 10, "Always. The lawful basis in words (half the points) and a legal reference with a wetten.overheid.nl link (the other half).", (p, _) =>
        {
            var text = TextQuality.IsMeaningful(p.Legal?.LawfulBasis);
            var link = p.Legal is { } legal && Any(legal.References, r => r.Link?.IndexOf("wetten.overheid.nl", StringComparison.OrdinalIgnoreCase) >= 0);
            return Share(text, link) is var share && share == 1
                ? IndicatorOutcome.Met("/legal")
                : IndicatorOutcome.Partial(share, link ? "/legal/lawfulBasis" : "/legal/references", "The lawful basis or a wetten.overheid.nl link to the law is missing.", "De wettelijke grondslag of een wetten.overheid.nl-link naar de wet ontbreekt.");
        }),
        new BuiltInIndicator("DG-C032", Perspective.Transparency, 5, "Always. A public web page about the project.", (p, _) =>
            p.Transparency?.PublicPage is not null ? IndicatorOutcome.Met("/transparency/publicPage") : IndicatorOutcome.Missing("/transparency/publicPage", "There is no public web page.", "Er is geen publieke webpagina.")),
        new BuiltInIndicator("DG-C033", Perspective.Transparency, 5, "Always. The publication category (A, B or C).", (p, _) =>
            p.Risk?.PublicationCategory is not null ? IndicatorOutcome.Met("/risk/publicationCategory") : IndicatorOutcome.Missing("/risk/publicationCategory", "The publication category is missing.", "De publicatiecategorie ontbreekt.")),
        Text("DG-C034", Perspective.Transparency, 5, "/technique/methodsAndModels", p => p.Technique?.MethodsAndModels, "description of methods and models", "beschrijving van methoden en modellen"),
        new BuiltInIndicator("DG-C035", Perspective.Transparency, 5, "Always. The known risks, each with a mitigation (half the points without).", (p, _) =>
        {
            var risks = p.Risk?.Risks ?? [];
            var mitigated = Count(risks, r => TextQuality.IsMeaningful(r.Mitigation));
            return risks.Length == 0
                ? IndicatorOutcome.Missing("/risk/risks", "The risks are missing.", "De risico's ontbreken.")
                : mitigated == risks.Length ? IndicatorOutcome.Met("/risk/risks")
                : IndicatorOutcome.Partial(0.5m + (0.5m * mitigated / risks.Length), "/risk/risks", "Not every risk has a mitigation.", "Niet elk risico heeft een beheersmaatregel.");
        }),

        // Supervision
        Assessment("DG-C040", 10, "When a source holds personal data. A DPIA: done earns all points, in progress half, planned a quarter.", ProcessesPersonalData, AssessmentType.Dpia, "DPIA"),
        Assessment("DG-C041", 10, "When the publication category is A or B. An IAMA or FRIA: done earns all points, in progress half, planned a quarter.", IsImpactful, AssessmentType.Iama, "IAMA/FRIA"),
        new BuiltInIndicator("DG-C042", Perspective.Supervision, 5, "From production on. An audit.", (p, _) =>
            !IsFrom(p, Phase.Production) ? IndicatorOutcome.NotApplicable
                : p.Transparency is { Audits.Length: > 0 } ? IndicatorOutcome.Met("/transparency/audits") : IndicatorOutcome.Missing("/transparency/audits", "The project is in use, but it has not been audited.", "Het project is in gebruik, maar is niet geaudit.")),
        new BuiltInIndicator("DG-C043", Perspective.Supervision, 5, "From evaluation on (evaluation, production, scaling, ended). An evaluation.", (p, _) =>
            !IsFrom(p, Phase.Evaluation) ? IndicatorOutcome.NotApplicable
                : p.Transparency is { Evaluations.Length: > 0 } ? IndicatorOutcome.Met("/transparency/evaluations") : IndicatorOutcome.Missing("/transparency/evaluations", "No evaluation is recorded.", "Er is geen evaluatie vastgelegd.")),
        new BuiltInIndicator("DG-C044", Perspective.Supervision, 5, "From pilot on. How the working and effects are monitored.", (p, _) =>
            !IsFrom(p, Phase.Pilot) ? IndicatorOutcome.NotApplicable
                : TextQuality.IsMeaningful(p.Oversight?.Monitoring) ? IndicatorOutcome.Met("/oversight/monitoring") : IndicatorOutcome.Missing("/oversight/monitoring", "The monitoring is not described.", "De monitoring is niet beschreven.")),
        Text("DG-C045", Perspective.Supervision, 5, "/oversight/humanIntervention", p => p.Oversight?.HumanIntervention, "description of human intervention", "beschrijving van menselijke tussenkomst"),
        new BuiltInIndicator("DG-C046", Perspective.Supervision, 5, "When the output has legal effects for people. How people can object or appeal.", (p, _) =>
            p.Oversight?.LegalEffects != true ? IndicatorOutcome.NotApplicable
                : TextQuality.IsMeaningful(p.Oversight.ObjectionProcedure) ? IndicatorOutcome.Met("/oversight/objectionProcedure") : IndicatorOutcome.Missing("/oversight/objectionProcedure", "The output has legal effects, but the objection procedure is missing.", "De uitkomst heeft rechtsgevolgen, maar de bezwaarprocedure ontbreekt.")),
        new BuiltInIndicator("DG-C047", Perspective.Supervision, 5, "From pilot on. The date of the last review and of the next one.", (p, _) =>
            !IsFrom(p, Phase.Pilot) ? IndicatorOutcome.NotApplicable
                : Share(p.Lifecycle?.LastReviewed is not null, p.Lifecycle?.NextReview is not null) is var share && share == 1
                    ? IndicatorOutcome.Met("/lifecycle")
                    : IndicatorOutcome.Partial(share, "/lifecycle/nextReview", "The date of the last or the next review is missing.", "De datum van de laatste of de volgende herziening ontbreekt.")),
        new BuiltInIndicator("DG-C048", Perspective.Supervision, 10, "From pilot on. The registration was reviewed (lastReviewed, else record.updated) within the staleness period (default 12 months); stale or never reviewed earns nothing.", (p, c) =>
        {
            if (!IsFrom(p, Phase.Pilot))
            {
                return IndicatorOutcome.NotApplicable;
            }

            var reviewed = p.Lifecycle?.LastReviewed?.End ?? p.Record?.Updated?.UtcDateTime;
            if (reviewed is null)
            {
                return IndicatorOutcome.Missing("/lifecycle/lastReviewed", "The registration has never been reviewed.", "De registratie is nooit herzien.");
            }

            return reviewed.Value >= c.StaleBefore
                ? IndicatorOutcome.Met("/lifecycle/lastReviewed")
                : IndicatorOutcome.Missing(
                    "/lifecycle/lastReviewed",
                    $"The registration was last reviewed on {reviewed.Value:yyyy-MM-dd}, more than {c.StaleAfterMonths} months ago.",
                    $"De registratie is voor het laatst herzien op {reviewed.Value:yyyy-MM-dd}, meer dan {c.StaleAfterMonths} maanden geleden.");
        }),
    ];

    private static BuiltInIndicator Text(string code, Perspective perspective, decimal weight, string pointer, Func<DataProject, string?> text, string english, string dutch) =>
        new(code, perspective, weight, $"Always. The {english}, with content (placeholders such as \"n.v.t.\" and empty HTML count as missing).", (p, _) =>
            TextQuality.IsMeaningful(text(p))
                ? IndicatorOutcome.Met(pointer)
                : IndicatorOutcome.Missing(pointer, $"Missing or a placeholder: {english}.", $"Niet ingevuld of een opvultekst: {dutch}."));

    private static BuiltInIndicator Assessment(string code, decimal weight, string rule, Func<DataProject, bool> applies, AssessmentType type, string name) =>
        new(code, Perspective.Supervision, weight, rule, (p, _) =>
        {
            if (!applies(p))
            {
                return IndicatorOutcome.NotApplicable;
            }

            var best = 0m;
            foreach (var a in p.Risk?.Assessments ?? [])
            {
                if (a is null)
                {
                    continue;
                }

                if (a.Type == type || (type == AssessmentType.Iama && a.Type == AssessmentType.Fria))
                {
                    best = Math.Max(best, a.Status switch { AssessmentStatus.Done => 1m, AssessmentStatus.InProgress => 0.5m, AssessmentStatus.Planned => 0.25m, _ => 0m });
                }
            }

            return IndicatorOutcome.Partial(best, "/risk/assessments", $"The {name} is not done.", $"De {name} is niet uitgevoerd.");
        });

    private static decimal Share(bool first, bool second) => (first ? 0.5m : 0m) + (second ? 0.5m : 0m);

    private static bool IsFrom(DataProject project, Phase phase) => project.Lifecycle?.Phase is { } current && current >= phase;

    private static bool IsImpactful(DataProject project) =>
        project.Risk?.PublicationCategory is PublicationCategory.HighRiskAiSystem or PublicationCategory.ImpactfulAlgorithm;

    /// <summary>True when a source is known to hold personal data (identified or pseudonymised, or with personal data categories).</summary>
    internal static bool ProcessesPersonalData(DataProject project) =>
        project.Data is { } data && Any(data.Sources, s => s.PersonalData is PersonalDataLevel.Identified or PersonalDataLevel.Pseudonymised
            || s.Categories is { } c && (c.Ordinary.Length > 0 || c.Special.Length > 0 || c.Sensitive.Length > 0 || c.Criminal == true));

    // Loops over ImmutableArray without boxing it or allocating an enumerator (LINQ would): scoring runs hot.
    // A null item (which the model's types allow to a caller who builds a project in code) counts as nothing.
    private static bool Any<T>(ImmutableArray<T> items, Func<T, bool> predicate)
        where T : class?
    {
        foreach (var item in items)
        {
            if (item is not null && predicate(item))
            {
                return true;
            }
        }

        return false;
    }

    private static int Count<T>(ImmutableArray<T> items, Func<T, bool> predicate)
        where T : class?
    {
        var count = 0;
        foreach (var item in items)
        {
            count += item is not null && predicate(item) ? 1 : 0;
        }

        return count;
    }
}
