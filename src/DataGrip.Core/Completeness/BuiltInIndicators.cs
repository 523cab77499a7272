using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using DataGrip.Core.Facts;
using DataGrip.Core.Model;
using DataGrip.Core.Reference;
using DataGrip.Core.Risk;

namespace DataGrip.Core.Completeness;

/// <summary>An indicator of the default profile: a code, a rule and a function. The table is in <see cref="BuiltInIndicators"/>.</summary>
internal sealed class BuiltInIndicator : CompletenessIndicator
{
    private readonly Func<DataProject, IndicatorContext, ProjectFacts, IndicatorOutcome> evaluate;

    public BuiltInIndicator(string code, Perspective perspective, decimal weight, string rule, Func<DataProject, IndicatorContext, IndicatorOutcome> evaluate)
        : this(code, perspective, weight, rule, (p, c, _) => evaluate(p, c))
    {
    }

    public BuiltInIndicator(string code, Perspective perspective, decimal weight, string rule, Func<DataProject, IndicatorContext, ProjectFacts, IndicatorOutcome> evaluate)
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

    public override IndicatorOutcome Evaluate(DataProject project, IndicatorContext context) =>
        evaluate(project, context, new ProjectFacts(project, AnswerInference.Infer(project, context.InferAnswers)));

    internal override IndicatorOutcome Evaluate(DataProject project, IndicatorContext context, ProjectFacts facts) => evaluate(project, context, facts);
}

/// <summary>
/// The indicators of the default profile, with their codes, weights and rules. The table of docs/completeness.md is made from this
/// list (and a test checks that it stays so). Codes are never reused.
/// </summary>
internal static class BuiltInIndicators
{
    public static ImmutableArray<CompletenessIndicator> All { get; } =
    [
        // Basics
        new BuiltInIndicator(CompletenessCodes.ShortDescription, Perspective.Basics, 10, "Always. A short description (register field description_short) that says something and has at most 400 characters; half the points when it is longer.", (p, _) =>
            !TextQuality.IsMeaningful(p.ShortDescription)
                ? IndicatorOutcome.Lacks("/shortDescription", CompletenessCodes.ShortDescription)
                : p.ShortDescription!.Length > 400
                    ? IndicatorOutcome.PartlyLacks(0.5m, "/shortDescription", CompletenessCodes.ShortDescription + ".tooLong")
                    : IndicatorOutcome.Met("/shortDescription")),
        Text(CompletenessCodes.Description, Perspective.Basics, 5, "/description", p => p.Description, "full description"),
        new BuiltInIndicator(CompletenessCodes.Themes, Perspective.Basics, 5, "Always. At least one theme from the register's list of 16.", (p, _) =>
            p.Themes.Length > 0 ? IndicatorOutcome.Met("/themes") : IndicatorOutcome.Lacks("/themes", CompletenessCodes.Themes)),
        new BuiltInIndicator(CompletenessCodes.OrganizationCode, Perspective.Basics, 5, "Always. The organisation has a code; for a municipality it must be one of the real CBS codes (GM0344).", (p, c) =>
            p.Organization?.Code is not { } code
                ? IndicatorOutcome.Lacks("/organization/code", CompletenessCodes.OrganizationCode)
                : MunicipalityList.IsMunicipality(p.Organization) && !c.Municipalities.TryGet(code, out _)
                    ? IndicatorOutcome.Lacks("/organization/code", CompletenessCodes.OrganizationCode + ".unknown")
                    : IndicatorOutcome.Met("/organization/code")),
        new BuiltInIndicator(CompletenessCodes.Contact, Perspective.Basics, 10, "Always. A contact that is a functional mailbox or a web address (half the points for a person's own address).", (p, _) =>
            !TextQuality.IsMeaningful(p.Contact)
                ? IndicatorOutcome.Lacks("/contact", CompletenessCodes.Contact)
                : TextQuality.IsFunctionalContact(p.Contact!)
                    ? IndicatorOutcome.Met("/contact")
                    : IndicatorOutcome.PartlyLacks(0.5m, "/contact", CompletenessCodes.Contact + ".personal")),
        new BuiltInIndicator(CompletenessCodes.KindAndLanguage, Perspective.Basics, 3, "Always. The kind of project and the language of the texts.", (p, _) =>
            Share(p.Kind is not null, p.Language is not null) is var share && share == 1
                ? IndicatorOutcome.Met("/kind")
                : IndicatorOutcome.PartlyLacks(share, p.Kind is null ? "/kind" : "/language", CompletenessCodes.KindAndLanguage)),

        // Steering
        Text(CompletenessCodes.ProblemStatement, Perspective.Steering, 5, "/purpose/problemStatement", p => p.Purpose?.ProblemStatement, "problem statement"),
        Text(CompletenessCodes.GoalAndImpact, Perspective.Steering, 10, "/purpose/goalAndImpact", p => p.Purpose?.GoalAndImpact, "goal and impact"),
        new BuiltInIndicator(CompletenessCodes.SocietalGoals, Perspective.Steering, 10, "Always. Societal goals (half the points), each with at least one KPI that has a target (the other half).", (p, _) =>
        {
            var goals = p.Purpose?.SocietalGoals ?? [];
            if (goals.Length == 0)
            {
                return IndicatorOutcome.Lacks("/purpose/societalGoals", CompletenessCodes.SocietalGoals);
            }

            var measurable = Count(goals, g => Any(g.Kpis, k => k.Target is not null));
            return measurable == goals.Length
                ? IndicatorOutcome.Met("/purpose/societalGoals")
                : IndicatorOutcome.PartlyLacks(0.5m + (0.5m * measurable / goals.Length), "/purpose/societalGoals", CompletenessCodes.SocietalGoals + ".noTarget");
        }),
        new BuiltInIndicator(CompletenessCodes.MeasuredKpis, Perspective.Steering, 5, "From production on (production, scaling, ended). Every KPI has a measured value and the date of the measurement, or a dated measurement (1.1).", (p, _, f) =>
        {
            if (f.PhaseGroup is not (PhaseGroup.InUse or PhaseGroup.Ended))
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

            return kpis == 0 ? IndicatorOutcome.Lacks("/purpose/societalGoals", CompletenessCodes.MeasuredKpis)
                : measured == kpis ? IndicatorOutcome.Met("/purpose/societalGoals")
                : IndicatorOutcome.PartlyLacks((decimal)measured / kpis, "/purpose/societalGoals", CompletenessCodes.MeasuredKpis + ".partly");
        }),
        new BuiltInIndicator(CompletenessCodes.StrategyObjectives, Perspective.Steering, 5, "Always. A link to an objective of the municipality's data strategy.", (p, _) =>
            p.Purpose is { StrategyObjectives.Length: > 0 } ? IndicatorOutcome.Met("/purpose/strategyObjectives") : IndicatorOutcome.Lacks("/purpose/strategyObjectives", CompletenessCodes.StrategyObjectives)),
        new BuiltInIndicator(CompletenessCodes.Sponsor, Perspective.Steering, 5, "Always. A portfolio holder or an administrative sponsor among the roles.", (p, _) =>
            Any(p.Roles, r => r.Kind is RoleKind.PortfolioHolder or RoleKind.AdministrativeSponsor) ? IndicatorOutcome.Met("/roles") : IndicatorOutcome.Lacks("/roles", CompletenessCodes.Sponsor)),
        new BuiltInIndicator(CompletenessCodes.CouncilDecision, Perspective.Steering, 5, "When the project is impactful (category A, high-risk AI, or B, impactful; registered or derived). The council decision that backs the project.", (p, _, f) =>
            !IsImpactful(f) ? IndicatorOutcome.NotApplicable
                : p.CouncilDecision is not null ? IndicatorOutcome.Met("/councilDecision") : IndicatorOutcome.Lacks("/councilDecision", CompletenessCodes.CouncilDecision)),
        Text(CompletenessCodes.Proportionality, Perspective.Steering, 5, "/purpose/proportionality", p => p.Purpose?.Proportionality, "weighing of proportionality"),
        Text(CompletenessCodes.AlternativesConsidered, Perspective.Steering, 3, "/purpose/alternativesConsidered", p => p.Purpose?.AlternativesConsidered, "alternatives considered"),
        new BuiltInIndicator(CompletenessCodes.PublicValues, Perspective.Steering, 3, "Always. The public values the project serves or puts at stake.", (p, _) =>
            p.Purpose is { } purpose && Any(purpose.PublicValues, TextQuality.IsMeaningful) ? IndicatorOutcome.Met("/purpose/publicValues") : IndicatorOutcome.Lacks("/purpose/publicValues", CompletenessCodes.PublicValues)),

        // Organising
        new BuiltInIndicator(CompletenessCodes.ProductOwner, Perspective.Organising, 5, "Always. A product owner among the roles.", (p, _) =>
            Any(p.Roles, r => r.Kind == RoleKind.ProductOwner) ? IndicatorOutcome.Met("/roles") : IndicatorOutcome.Lacks("/roles", CompletenessCodes.ProductOwner)),
        new BuiltInIndicator(CompletenessCodes.DataProtectionOfficer, Perspective.Organising, 3, "When a source holds personal data (or lists categories of it). A data protection officer among the roles.", (p, _, f) =>
            f.PersonalData != true ? IndicatorOutcome.NotApplicable
                : Any(p.Roles, r => r.Kind == RoleKind.DataProtectionOfficer) ? IndicatorOutcome.Met("/roles") : IndicatorOutcome.Lacks("/roles", CompletenessCodes.DataProtectionOfficer)),
        new BuiltInIndicator(CompletenessCodes.Suppliers, Perspective.Organising, 5, "Always. Who built or supplies it (\"Intern ontwikkeld\" counts); an external supplier also needs its KvK number (half the points without).", (p, _) =>
        {
            if (p.Suppliers.Length == 0)
            {
                return IndicatorOutcome.Lacks("/suppliers", CompletenessCodes.Suppliers);
            }

            var complete = Count(p.Suppliers, s => s.KvkNumber is not null || s.Name?.IndexOf("intern", StringComparison.OrdinalIgnoreCase) >= 0);
            return complete == p.Suppliers.Length ? IndicatorOutcome.Met("/suppliers") : IndicatorOutcome.PartlyLacks(0.5m + (0.5m * complete / p.Suppliers.Length), "/suppliers", CompletenessCodes.Suppliers + ".noKvk");
        }),
        new BuiltInIndicator(CompletenessCodes.DataSources, Perspective.Organising, 10, "Always. The data sources (half the points), each saying whether it holds personal data (the other half).", (p, _) =>
        {
            var sources = p.Data?.Sources ?? [];
            var known = Count(sources, s => s.PersonalData is not null);
            return sources.Length == 0
                ? IndicatorOutcome.Lacks("/data/sources", CompletenessCodes.DataSources)
                : known == sources.Length ? IndicatorOutcome.Met("/data/sources")
                : IndicatorOutcome.PartlyLacks(0.5m + (0.5m * known / sources.Length), "/data/sources", CompletenessCodes.DataSources + ".personalDataUnknown");
        }),
        new BuiltInIndicator(CompletenessCodes.PhaseAndBeginDate, Perspective.Organising, 5, "Always. The lifecycle phase and the begin date.", (p, _) =>
            Share(p.Lifecycle?.Phase is not null, p.Lifecycle?.BeginDate is not null) is var share && share == 1
                ? IndicatorOutcome.Met("/lifecycle")
                : IndicatorOutcome.PartlyLacks(share, "/lifecycle", CompletenessCodes.PhaseAndBeginDate)),
        new BuiltInIndicator(CompletenessCodes.EndDate, Perspective.Organising, 5, "When the project has ended. The end date.", (p, _, f) =>
            f.PhaseGroup != PhaseGroup.Ended ? IndicatorOutcome.NotApplicable
                : p.Lifecycle!.EndDate is not null ? IndicatorOutcome.Met("/lifecycle/endDate") : IndicatorOutcome.Lacks("/lifecycle/endDate", CompletenessCodes.EndDate)),
        Text(CompletenessCodes.Department, Perspective.Organising, 3, "/department", p => p.Department, "department"),

        // Transparency
        new BuiltInIndicator(CompletenessCodes.RegisterPublication, Perspective.Transparency, 10, "When the project is impactful (category A or B, registered or derived): such projects must be in the Algoritmeregister. A register id or link.", (p, _, f) =>
            !IsImpactful(f) ? IndicatorOutcome.NotApplicable
                : p.Transparency?.Register is { } r && (r.RegisterId is not null || r.Link is not null) ? IndicatorOutcome.Met("/transparency/register")
                : IndicatorOutcome.Lacks("/transparency/register", CompletenessCodes.RegisterPublication)),
        new BuiltInIndicator(CompletenessCodes.LawfulBasis, Perspective.Transparency, 10, "Always. The lawful basis in words (half the points) and a legal reference with a wetten.overheid.nl link (the other half).", (p, _) =>
        {
            var text = TextQuality.IsMeaningful(p.Legal?.LawfulBasis);
            var link = p.Legal is { } legal && Any(legal.References, r => r.Link?.IndexOf("wetten.overheid.nl", StringComparison.OrdinalIgnoreCase) >= 0);
            return Share(text, link) is var share && share == 1
                ? IndicatorOutcome.Met("/legal")
                : IndicatorOutcome.PartlyLacks(share, link ? "/legal/lawfulBasis" : "/legal/references", CompletenessCodes.LawfulBasis);
        }),
        new BuiltInIndicator(CompletenessCodes.PublicPage, Perspective.Transparency, 5, "Always. A public web page about the project.", (p, _) =>
            p.Transparency?.PublicPage is not null ? IndicatorOutcome.Met("/transparency/publicPage") : IndicatorOutcome.Lacks("/transparency/publicPage", CompletenessCodes.PublicPage)),
        new BuiltInIndicator(CompletenessCodes.PublicationCategory, Perspective.Transparency, 5, "Always. The publication category (A, B or C).", (p, _) =>
            p.Risk?.PublicationCategory is not null ? IndicatorOutcome.Met("/risk/publicationCategory") : IndicatorOutcome.Lacks("/risk/publicationCategory", CompletenessCodes.PublicationCategory)),
        Text(CompletenessCodes.MethodsAndModels, Perspective.Transparency, 5, "/technique/methodsAndModels", p => p.Technique?.MethodsAndModels, "description of methods and models"),
        new BuiltInIndicator(CompletenessCodes.Risks, Perspective.Transparency, 5, "Always. The known risks, each with a mitigation (half the points without).", (p, _) =>
        {
            var risks = p.Risk?.Risks ?? [];
            var mitigated = Count(risks, r => TextQuality.IsMeaningful(r.Mitigation));
            return risks.Length == 0
                ? IndicatorOutcome.Lacks("/risk/risks", CompletenessCodes.Risks)
                : mitigated == risks.Length ? IndicatorOutcome.Met("/risk/risks")
                : IndicatorOutcome.PartlyLacks(0.5m + (0.5m * mitigated / risks.Length), "/risk/risks", CompletenessCodes.Risks + ".unmitigated");
        }),

        // Supervision
        Assessment(CompletenessCodes.Dpia, 10, "When a source holds personal data (or lists categories of it). A DPIA: done earns all points, in progress half, planned a quarter.", f => f.PersonalData == true, AssessmentType.Dpia),
        Assessment(CompletenessCodes.Iama, 10, "When the project is impactful (category A or B, registered or derived). An IAMA or FRIA: done earns all points, in progress half, planned a quarter.", IsImpactful, AssessmentType.Iama),
        new BuiltInIndicator(CompletenessCodes.Audit, Perspective.Supervision, 5, "From production on. An audit.", (p, _, f) =>
            f.PhaseGroup is not (PhaseGroup.InUse or PhaseGroup.Ended) ? IndicatorOutcome.NotApplicable
                : p.Transparency is { Audits.Length: > 0 } ? IndicatorOutcome.Met("/transparency/audits") : IndicatorOutcome.Lacks("/transparency/audits", CompletenessCodes.Audit)),
        new BuiltInIndicator(CompletenessCodes.Evaluation, Perspective.Supervision, 5, "From evaluation on (evaluation, production, scaling, ended). An evaluation.", (p, _) =>
            !IsFrom(p, Phase.Evaluation) ? IndicatorOutcome.NotApplicable
                : p.Transparency is { Evaluations.Length: > 0 } ? IndicatorOutcome.Met("/transparency/evaluations") : IndicatorOutcome.Lacks("/transparency/evaluations", CompletenessCodes.Evaluation)),
        new BuiltInIndicator(CompletenessCodes.Monitoring, Perspective.Supervision, 5, "From pilot on. How the working and effects are monitored.", (p, _, f) =>
            !FromPilot(f) ? IndicatorOutcome.NotApplicable
                : TextQuality.IsMeaningful(p.Oversight?.Monitoring) ? IndicatorOutcome.Met("/oversight/monitoring") : IndicatorOutcome.Lacks("/oversight/monitoring", CompletenessCodes.Monitoring)),
        Text(CompletenessCodes.HumanIntervention, Perspective.Supervision, 5, "/oversight/humanIntervention", p => p.Oversight?.HumanIntervention, "description of human intervention"),
        new BuiltInIndicator(CompletenessCodes.ObjectionProcedure, Perspective.Supervision, 5, "When the output has legal effects for people (stated, or read from a decision named in the goal). How people can object or appeal.", (p, _, f) =>
            f.LegalEffects != true ? IndicatorOutcome.NotApplicable
                : TextQuality.IsMeaningful(p.Oversight?.ObjectionProcedure) ? IndicatorOutcome.Met("/oversight/objectionProcedure") : IndicatorOutcome.Lacks("/oversight/objectionProcedure", CompletenessCodes.ObjectionProcedure)),
        new BuiltInIndicator(CompletenessCodes.ReviewDates, Perspective.Supervision, 5, "From pilot on. The date of the last review and of the next one.", (p, _, f) =>
            !FromPilot(f) ? IndicatorOutcome.NotApplicable
                : Share(p.Lifecycle?.LastReviewed is not null, p.Lifecycle?.NextReview is not null) is var share && share == 1
                    ? IndicatorOutcome.Met("/lifecycle")
                    : IndicatorOutcome.PartlyLacks(share, "/lifecycle/nextReview", CompletenessCodes.ReviewDates)),
        new BuiltInIndicator(CompletenessCodes.Staleness, Perspective.Supervision, 10, "From pilot on. The registration was reviewed (lastReviewed, else record.updated) within the staleness period (default 12 months); stale or never reviewed earns nothing.", (p, c, f) =>
        {
            if (!FromPilot(f))
            {
                return IndicatorOutcome.NotApplicable;
            }

            var reviewed = p.Lifecycle?.LastReviewed?.End ?? p.Record?.Updated?.UtcDateTime;
            if (reviewed is null)
            {
                return IndicatorOutcome.Lacks("/lifecycle/lastReviewed", CompletenessCodes.Staleness);
            }

            return reviewed.Value >= c.StaleBefore
                ? IndicatorOutcome.Met("/lifecycle/lastReviewed")
                : IndicatorOutcome.Lacks("/lifecycle/lastReviewed", CompletenessCodes.Staleness + ".stale", ("Date", reviewed.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("Months", c.StaleAfterMonths));
        }),
    ];

    private static BuiltInIndicator Text(string code, Perspective perspective, decimal weight, string pointer, Func<DataProject, string?> text, string what) =>
        new(code, perspective, weight, $"Always. The {what}, with content (placeholders such as \"n.v.t.\" and empty HTML count as missing).", (p, _) =>
            TextQuality.IsMeaningful(text(p))
                ? IndicatorOutcome.Met(pointer)
                : IndicatorOutcome.Lacks(pointer, code));

    private static BuiltInIndicator Assessment(string code, decimal weight, string rule, Func<ProjectFacts, bool> applies, AssessmentType type) =>
        new(code, Perspective.Supervision, weight, rule, (p, _, f) =>
        {
            if (!applies(f))
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

            return IndicatorOutcome.PartlyLacks(best, "/risk/assessments", code);
        });

    private static decimal Share(bool first, bool second) => (first ? 0.5m : 0m) + (second ? 0.5m : 0m);

    private static bool IsFrom(DataProject project, Phase phase) => project.Lifecycle?.Phase is { } current && current >= phase;

    /// <summary>From a pilot on: in a pilot, in use or ended.</summary>
    private static bool FromPilot(ProjectFacts facts) => facts.PhaseGroup is PhaseGroup.InPilot or PhaseGroup.InUse or PhaseGroup.Ended;

    /// <summary>Known to be impactful (an unknown does not make an indicator apply); the category is derived when needed.</summary>
    internal static bool IsImpactful(ProjectFacts facts)
    {
        if (facts.RegisteredCategory is PublicationCategory.HighRiskAiSystem or PublicationCategory.ImpactfulAlgorithm)
        {
            return true; // the stricter of the two is A or B whatever is derived: no need to derive it
        }

        PublicationCategoryRules.EnsureDerived(facts);
        return facts.Impactful == true;
    }

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
