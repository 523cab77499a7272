using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using DataGrip.Core.Completeness;
using DataGrip.Core.Model;
using DataGrip.Core.Overlap;
using DataGrip.Core.Risk;

namespace DataGrip.Core.Reporting;

/// <summary>The metrics and worklists of every section, computed from a <see cref="ReportContext"/>.</summary>
internal sealed class ReportFigures
{
    public static readonly string[] SectionKeys = ["inventory", "pilotToScale", "responsibleUse", "goals", "quality", "reuse", "changes", "unknowns"];

    private static readonly HashSet<string> BreachCodes = new(StringComparer.Ordinal)
    {
        RiskCodes.CouncilDecisionRequired, RiskCodes.AiActClassExcluded, RiskCodes.AiActClassNeedsCouncil, RiskCodes.DataCategoryExcluded,
        RiskCodes.DataCategoryNeedsCouncil, RiskCodes.TechniqueExcluded, RiskCodes.TechniqueNeedsCouncil, RiskCodes.FrameworkAssessmentMissing,
        RiskCodes.PredictiveProfilingExcluded, RiskCodes.HumanFinalDecisionRequired,
    };

    private readonly ReportContext ctx;
    private readonly bool withWorklists;
    private readonly Dictionary<string, List<ReportMetric>> metrics = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ReportWorklist>> worklists = new(StringComparer.Ordinal);
    private string section = "";

    private ReportFigures(ReportContext ctx, bool withWorklists)
    {
        this.ctx = ctx;
        this.withWorklists = withWorklists;
        foreach (var key in SectionKeys)
        {
            metrics[key] = [];
            worklists[key] = [];
        }
    }

    public IReadOnlyDictionary<string, List<ReportMetric>> Metrics => metrics;

    public IReadOnlyDictionary<string, List<ReportWorklist>> Worklists => worklists;

    public List<ReportKpi> Kpis { get; } = [];

    /// <summary>Sections 1–6 and 8; section 7 when <paramref name="previous"/> is given; the worklists unless only the figures are wanted (of the previous export).</summary>
    public static ReportFigures Compute(ReportContext ctx, ReportContext? previous, bool withWorklists = true)
    {
        var f = new ReportFigures(ctx, withWorklists);
        f.Inventory();
        f.PilotToScale();
        f.ResponsibleUse();
        f.Goals();
        f.Quality();
        f.Reuse();
        if (previous is not null)
        {
            f.Changes(previous);
        }

        f.DecisionsTaken();
        f.Unknowns(previous is not null);
        return f;
    }

    // 1. Inventory

    private void Inventory()
    {
        section = "inventory";
        var all = ctx.Projects;
        Add(ReportCodes.Projects, MetricUnit.Count, all.Length, all.Length, all.Select(p => p.Id), ordered: true);
        Breakdown(ReportCodes.ByPhase, p => ReportContext.PhaseOf(p) is { } ph ? (ReportText.Wire(ph), ReportText.Phase(ph)) : ("unknown", ReportText.Phase(null)),
            order: Enum.GetValues(typeof(Phase)).Cast<Phase>().Select(ReportText.Wire).ToArray());
        Breakdown(ReportCodes.ByKind, p => p.Kind is { } k ? (ReportText.Wire(k), ReportText.Kind(k)) : ("unknown", ReportText.Kind(null)),
            order: Enum.GetValues(typeof(ProjectKind)).Cast<ProjectKind>().Select(ReportText.Wire).ToArray());
        Breakdown(ReportCodes.ByTheme, p => p.Themes.IsEmpty ? [("none", ReportText.Term("report:html.noTheme"))] : p.Themes.Distinct().Select(t => (ReportText.Wire(t), ReportText.Theme(t))),
            order: Enum.GetValues(typeof(Theme)).Cast<Theme>().Select(ReportText.Wire).ToArray());
        Breakdown(ReportCodes.ByDepartment, p => p.Department is { Length: > 0 } d ? (d, (d, d)) : ("unknown", ReportText.Unknown("unknown")));
        Breakdown(ReportCodes.ByOrganization, p => p.Organization?.Name is { Length: > 0 } o ? (o, (o, o)) : ("unknown", ReportText.Unknown("unknown")));
        Breakdown(ReportCodes.BySupplier, p => p.Suppliers.Where(s => s?.Name is { Length: > 0 } && !IsInHouse(s.Name)).Select(s => s.Name).Distinct(StringComparer.Ordinal).Select(n => (n, (n, n))));
    }

    private static bool IsInHouse(string name) => name.StartsWith("Intern", StringComparison.OrdinalIgnoreCase);

    // 2. Pilot to scale

    private void PilotToScale()
    {
        section = "pilotToScale";
        var furthest = ctx.Projects.Select(ReportContext.Furthest).ToArray();
        var seen = ctx.Projects.Select(p => ReportContext.PhasesSeen(p).Aggregate(0, (mask, x) => mask | (1 << (int)x))).ToArray();
        var known = Enumerable.Range(0, ctx.Count).Where(i => furthest[i] is not null).ToList();
        for (var f = 0; f < ReportContext.Funnel.Length; f++)
        {
            var phase = ReportContext.Funnel[f];
            var reached = known.Where(i => furthest[i] >= f).Select(i => ctx.Projects[i].Id).ToList();
            Add(ReportCodes.Funnel, MetricUnit.Count, reached.Count, known.Count, reached, ReportText.Wire(phase), ReportText.Phase(phase), ordered: true);
        }

        static int Bit(Phase phase) => 1 << (int)phase;
        var pilotBits = Bit(Phase.Pilot) | Bit(Phase.Evaluation);
        var useBits = Bit(Phase.Production) | Bit(Phase.Scaling);
        var everPilot = Enumerable.Range(0, ctx.Count).Where(i => (seen[i] & pilotBits) != 0).Select(i => ctx.Projects[i]).ToList();
        var converted = Enumerable.Range(0, ctx.Count).Where(i => (seen[i] & pilotBits) != 0 && (seen[i] & useBits) != 0).Select(i => ctx.Projects[i].Id).ToList();
        Add(ReportCodes.PilotConversion, MetricUnit.Share, converted.Count, everPilot.Count, converted);

        foreach (var phase in ReportContext.Funnel.Append(Phase.Ended))
        {
            var durations = new List<decimal>();
            var ids = new List<string>();
            var inPhase = 0;
            for (var i = 0; i < ctx.Count; i++)
            {
                var p = ctx.Projects[i];
                if ((seen[i] & (1 << (int)phase)) == 0)
                {
                    continue;
                }

                inPhase++;
                if (phase != Phase.Ended && TimeIn(p, phase) is { } months)
                {
                    durations.Add(months);
                    ids.Add(p.Id);
                }
            }

            if (inPhase > 0 && phase != Phase.Ended)
            {
                Add(ReportCodes.MonthsInPhase, MetricUnit.Months, ids.Count, inPhase, ids, ReportText.Wire(phase), ReportText.Phase(phase), ReportContext.Median(durations));
            }
        }

        var pilots = Enumerable.Range(0, ctx.Count).Where(i => ReportContext.InPilot(ctx.Projects[i])).ToList();
        var stuck = new List<Entry>();
        var due = new List<Entry>();
        var dueBefore = ctx.AsOf.AddMonths(ctx.Options.DecisionDueMonths);
        foreach (var i in pilots)
        {
            var p = ctx.Projects[i];
            var terms = p.Lifecycle?.Pilot;
            if (terms?.ScaleDecision is ScaleDecision.Scale or ScaleDecision.Extend or ScaleDecision.Stop)
            {
                continue;
            }

            if (terms?.EvaluationDate is { } evaluation && evaluation.End < ctx.AsOf)
            {
                var date = evaluation.ToString();
                stuck.Add(Item(i, "evaluationPassed", date, new ReportArgument("Date", date)));
            }
            else if (terms?.PlannedEnd is { } end && end.End < ctx.AsOf)
            {
                var date = end.ToString();
                stuck.Add(Item(i, "endPassed", date, new ReportArgument("Date", date)));
            }
            else if (ReportContext.PilotSince(p) is { } since && since.Start.AddMonths(ctx.Options.StuckPilotMonths) < ctx.AsOf)
            {
                var months = ctx.Options.StuckPilotMonths.ToString(CultureInfo.InvariantCulture);
                var date = since.ToString();
                stuck.Add(Item(i, "tooLong", date, new ReportArgument("Date", date), new ReportArgument("Months", months)));
            }
            else if (new[] { (terms?.EvaluationDate, "dueEvaluation"), (terms?.PlannedEnd, "dueEnd") }.FirstOrDefault(d => d.Item1 is { } x && x.Start <= dueBefore) is ({ } date, var what))
            {
                var text = ReportMessages.Reasons[what];
                var day = date.ToString();
                due.Add(Item(i, "due", day, new ReportArgument("What", text.Dutch, text.English), new ReportArgument("Date", day)));
            }
        }

        Add(ReportCodes.StuckPilots, MetricUnit.Count, stuck.Count, pilots.Count, stuck.Select(s => s.Item.ProjectId));
        Worklist("stuckPilots", ReportCodes.StuckPilots, stuck);
        Add(ReportCodes.DecisionsDue, MetricUnit.Count, due.Count, pilots.Count, due.Select(s => s.Item.ProjectId));
        Worklist("decisionsDue", ReportCodes.DecisionsDue, due);

        var stopped = everPilot.Where(p => p.Lifecycle?.Pilot?.ScaleDecision == ScaleDecision.Stop || ReportContext.Ended(p)).Select(p => p.Id).ToList();
        Add(ReportCodes.PilotsStopped, MetricUnit.Share, stopped.Count, everPilot.Count, stopped);
    }

    /// <summary>Months a project spent in a phase (summed over its stays), from the phase history; null when it has no history for it.</summary>
    private decimal? TimeIn(DataProject p, Phase phase)
    {
        var history = p.Lifecycle?.PhaseHistory ?? [];
        decimal? total = null;
        for (var i = 0; i < history.Length; i++)
        {
            if (history[i]?.Phase != phase)
            {
                continue;
            }

            var from = history[i].Entered.Start;
            var next = i + 1;
            while (next < history.Length && history[next] is null)
            {
                next++;
            }

            DateTime to;
            if (next < history.Length)
            {
                to = history[next].Entered.Start;
            }
            else if (ReportContext.PhaseOf(p) == phase)
            {
                to = ctx.AsOf;
            }
            else
            {
                continue;
            }

            total = (total ?? 0) + Math.Max(0, ReportContext.Months(from, to));
        }

        return total;
    }

    // 3. Responsible use

    private void ResponsibleUse()
    {
        section = "responsibleUse";
        var risk = ctx.Analyses.Risk;
        Breakdown(ReportCodes.DpiaOutcome, i => (ReportText.Wire(risk[i].Dpia.Outcome), ReportText.Dpia(risk[i].Dpia.Outcome)),
            order: ["required", "recommended", "notRequired", "undetermined"]);
        var required = Enumerable.Range(0, ctx.Count).Where(i => risk[i].Dpia.Outcome == Risk.DpiaOutcome.Required).ToList();
        var done = required.Where(i => ctx.Projects[i].Risk?.Assessments.Any(a => a is { Type: AssessmentType.Dpia, Status: AssessmentStatus.Done }) == true).Select(i => ctx.Projects[i].Id).ToList();
        Add(ReportCodes.DpiaDone, MetricUnit.Share, done.Count, required.Count, done);

        Breakdown(ReportCodes.AiActClass, i => risk[i].AiAct.IsDetermined ? (ReportText.Wire(risk[i].AiAct.Class), ReportText.AiAct(risk[i].AiAct.Class)) : ("undetermined", ReportText.AiAct(null)),
            order: Enum.GetValues(typeof(AiActClass)).Cast<AiActClass>().Select(ReportText.Wire).Append("undetermined").ToArray());
        Breakdown(ReportCodes.RegisterCategory, i => risk[i].PublicationCategory.IsDetermined
                ? (ReportText.Wire(risk[i].PublicationCategory.Category), ReportText.Category(risk[i].PublicationCategory.Category))
                : ("undetermined", ReportText.Category(null)),
            order: ["highRiskAiSystem", "impactfulAlgorithm", "otherAlgorithm", "undetermined"]);
        Breakdown(ReportCodes.ImpactLevel, i => risk[i].Impact.IsDetermined ? (Risk.Wire.Name(risk[i].Impact.Level), ReportText.Level(risk[i].Impact.Level)) : ("undetermined", ReportText.Level(null)),
            order: ["I", "II", "III", "IV", "undetermined"]);

        // Assessment gaps by phase group, of the projects in the group; a missing assessment once per project, whichever rule names it.
        var gaps = new List<Entry>();
        var gapReasons = new SharedReasons("gap", "Assessment");
        var gapProjects = new bool[ctx.Count];
        var subjects = new List<string>();
        var upper = new Dictionary<string, string>(StringComparer.Ordinal);
        string Upper(string subject) => upper.TryGetValue(subject, out var u) ? u : upper[subject] = subject.ToUpperInvariant();
        for (var i = 0; i < ctx.Count; i++)
        {
            subjects.Clear();
            foreach (var reason in risk[i].Reasons)
            {
                if (reason.Code is RiskCodes.RequiredAssessmentMissing or RiskCodes.FrameworkAssessmentMissing)
                {
                    gapProjects[i] = true;
                    var subject = Upper(reason.Subject);
                    if (!subjects.Contains(subject))
                    {
                        subjects.Add(subject);
                        gaps.Add(Item(i, gapReasons.For((subject, subject))));
                    }
                }
            }
        }

        string[] groups = ["beforePilot", "inPilot", "inUse", "ended", "unknown"];
        var inGroup = new int[groups.Length];
        var withGap = groups.Select(_ => new List<string>()).ToArray();
        for (var i = 0; i < ctx.Count; i++)
        {
            var g = Array.IndexOf(groups, ReportContext.PhaseGroup(ctx.Projects[i]));
            inGroup[g]++;
            if (gapProjects[i])
            {
                withGap[g].Add(ctx.Projects[i].Id);
            }
        }

        for (var g = 0; g < groups.Length; g++)
        {
            if (inGroup[g] > 0)
            {
                Add(ReportCodes.AssessmentGaps, MetricUnit.Count, withGap[g].Count, inGroup[g], withGap[g], groups[g], ReportText.PhaseGroup(groups[g]), ordered: true);
            }
        }

        Worklist("assessmentGaps", ReportCodes.AssessmentGaps, gaps);

        // The framework, clause by clause, with the projects that break it.
        var breaches = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var clause in Clauses(ctx.Options.Framework))
        {
            breaches[clause] = [];
        }

        var breachItems = new List<Entry>();
        var breachReasons = new SharedReasons("breach", "Clause");
        for (var i = 0; i < ctx.Count; i++)
        {
            foreach (var reason in risk[i].Reasons)
            {
                if (!BreachCodes.Contains(reason.Code) || reason.Severity == Severity.Info)
                {
                    continue;
                }

                var clause = reason.Code == RiskCodes.CouncilDecisionRequired ? "/maxImpactLevelWithoutCouncilDecision" : reason.Detail;
                if (!breaches.TryGetValue(clause, out var set))
                {
                    breaches[clause] = set = [];
                }

                // Projects come in id order, so a project already counted for the clause is the last one.
                var id = ctx.Projects[i].Id;
                if (set.Count == 0 || !string.Equals(set[set.Count - 1], id, StringComparison.Ordinal))
                {
                    set.Add(id);
                    breachItems.Add(Item(i, breachReasons.For(ReportText.Clause(clause))));
                }
            }
        }

        foreach (var pair in breaches)
        {
            Add(ReportCodes.FrameworkBreaches, MetricUnit.Count, pair.Value.Count, ctx.Count, pair.Value, pair.Key, ReportText.Clause(pair.Key));
        }

        Worklist("frameworkBreaches", ReportCodes.FrameworkBreaches, breachItems);

        var impactful = Enumerable.Range(0, ctx.Count).Where(i => risk[i].PublicationCategory.Category is PublicationCategory.HighRiskAiSystem or PublicationCategory.ImpactfulAlgorithm).ToList();
        var open = impactful.Where(i => !ReportContext.Ended(ctx.Projects[i])).ToList();
        var notRegistered = open.Where(i => !ReportContext.InRegister(ctx.Projects[i])).ToList();
        Add(ReportCodes.ImpactfulNotRegistered, MetricUnit.Count, notRegistered.Count, open.Count, notRegistered.Select(i => ctx.Projects[i].Id));
        var notRegisteredReasons = new SharedReasons("notRegistered", "Category");
        Worklist("impactfulNotRegistered", ReportCodes.ImpactfulNotRegistered, notRegistered.Select(i =>
            Item(i, notRegisteredReasons.For(ReportText.Category(risk[i].PublicationCategory.Category)))));
        var impactfulReasons = new SharedReasons("impactful", "Category");
        Worklist("impactful", ReportCodes.RegisterCategory, impactful.Select(i =>
        {
            var reason = impactfulReasons.For(ReportText.Category(risk[i].PublicationCategory.Category));
            return new Entry(new ReportWorklistItem(ctx.Projects[i], ctx.Holders[i], reason) { Link = ctx.Projects[i].Transparency?.Register?.Link }, i);
        }));

        var registered = Enumerable.Range(0, ctx.Count).Where(i => ctx.Projects[i].Risk?.PublicationCategory is not null).ToList();
        var tooMild = registered.Where(i => risk[i].Reasons.Any(r => r.Code == RiskCodes.RegisteredCategoryTooLow)).Select(i => ctx.Projects[i].Id).ToList();
        Add(ReportCodes.CategoryTooMild, MetricUnit.Count, tooMild.Count, registered.Count, tooMild);

        var high = Enumerable.Range(0, ctx.Count).Where(i => risk[i].Impact.Level >= Risk.ImpactLevel.III).ToList();
        Add(ReportCodes.HighImpact, MetricUnit.Count, high.Count, ctx.Count, high.Select(i => ctx.Projects[i].Id));
        // The top risks first: level IV before level III.
        var levelReasons = new SharedReasons("highImpact", "Level");
        Worklist("highImpact", ReportCodes.HighImpact, high.Select(i =>
            Item(i, levelReasons.For(ReportText.Level(risk[i].Impact.Level))) with { Rank = -(decimal)risk[i].Impact.Level }));

        var reserved = Enumerable.Range(0, ctx.Count).Where(i => risk[i].Framework.Verdict == CouncilVerdict.MustDecide).ToList();
        var missing = reserved.Where(i => !ReportContext.HasCouncilDecision(ctx.Projects[i])).ToList();
        Add(ReportCodes.CouncilDecisionMissing, MetricUnit.Count, missing.Count, reserved.Count, missing.Select(i => ctx.Projects[i].Id));
        Worklist("councilDecisionMissing", ReportCodes.CouncilDecisionMissing, missing.Select(i => Item(i, "councilMissing", null)));
    }

    /// <summary>The clauses of a framework that can be broken, as JSON Pointers into the framework file (as the risk rules name them).</summary>
    private static IEnumerable<string> Clauses(RiskFramework framework)
    {
        yield return "/maxImpactLevelWithoutCouncilDecision";
        foreach (var (limits, prefix) in new[] { (framework.Excluded, "/excluded"), (framework.CouncilDecision, "/councilDecision") })
        {
            if (!limits.AiActClasses.IsEmpty)
            {
                yield return prefix + "/aiActClasses";
            }

            if (!limits.SpecialCategories.IsEmpty)
            {
                yield return prefix + "/specialCategories";
            }

            if (!limits.SensitiveCategories.IsEmpty)
            {
                yield return prefix + "/sensitiveCategories";
            }

            if (limits.CriminalData)
            {
                yield return prefix + "/criminalData";
            }

            if (!limits.Techniques.IsEmpty)
            {
                yield return prefix + "/techniques";
            }
        }

        foreach (var level in framework.RequiredAssessments.Where(p => !p.Value.IsEmpty).Select(p => p.Key).OrderBy(l => l))
        {
            yield return "/requiredAssessments/" + Risk.Wire.Name(level);
        }

        if (!framework.NoPredictiveProfilingThemes.IsEmpty)
        {
            yield return "/noPredictiveProfilingThemes";
        }

        if (framework.HumanFinalDecisionFromLevel is not null)
        {
            yield return "/humanFinalDecisionFromLevel";
        }
    }

    // 4. Goals reached

    private void Goals()
    {
        section = "goals";
        var byStatus = new Dictionary<string, Tally>(StringComparer.Ordinal);
        var byProgramme = new SortedDictionary<string, Tally>(StringComparer.Ordinal);
        foreach (var p in ctx.Projects)
        {
            foreach (var goal in p.Purpose?.SocietalGoals ?? [])
            {
                foreach (var kpi in goal?.Kpis ?? [])
                {
                    if (goal is null || kpi is null)
                    {
                        continue;
                    }

                    var (latest, date, source) = Latest(kpi);
                    var status = Status(kpi, latest);
                    Kpis.Add(new ReportKpi
                    {
                        ProjectId = p.Id, Goal = goal.Goal ?? "", Indicator = kpi.Indicator ?? "", Unit = kpi.Unit, Programme = kpi.Programme,
                        Baseline = kpi.Baseline, Target = kpi.Target, Latest = latest, LatestDate = date?.ToString(), Source = source, Status = status,
                    });
                    Tally.Of(byStatus, status).Count(p.Id, true);
                    Tally.Of(byProgramme, kpi.Programme is { Length: > 0 } programme ? programme : "none").Count(p.Id, status == "met");
                }
            }
        }

        var total = Kpis.Count;
        foreach (var status in new[] { "met", "notMet", "notMeasured", "notMeasurable" })
        {
            var t = Tally.Of(byStatus, status);
            Add(ReportCodes.KpiStatus, MetricUnit.Count, t.Hits, total, t.Ids, status, ReportText.KpiStatus(status), subject: MetricSubject.Kpis);
        }

        foreach (var pair in byProgramme)
        {
            Add(ReportCodes.KpisByProgramme, MetricUnit.Share, pair.Value.Hits, pair.Value.All, pair.Value.Ids, pair.Key,
                pair.Key == "none" ? ReportText.Term("report:noProgramme") : (pair.Key, pair.Key), subject: MetricSubject.Kpis);
        }

        var active = Enumerable.Range(0, ctx.Count).Where(i => ReportContext.InPilotOrUse(ctx.Projects[i])).ToList();
        var noGoal = active.Where(i => !AllKpis(ctx.Projects[i]).Any(k => k.Target is not null)).ToList();
        Add(ReportCodes.NoMeasurableGoal, MetricUnit.Count, noGoal.Count, active.Count, noGoal.Select(i => ctx.Projects[i].Id));
        Worklist("noMeasurableGoal", ReportCodes.NoMeasurableGoal, noGoal.Select(i => Item(i, "noGoal", null)));
        var unknown = active.Where(i => GoalsUnknown(ctx.Projects[i])).Select(i => ctx.Projects[i].Id).ToList();
        Add(ReportCodes.GoalsUnknown, MetricUnit.Count, unknown.Count, active.Count, unknown);
    }

    private static IEnumerable<Kpi> AllKpis(DataProject p) =>
        (p.Purpose?.SocietalGoals ?? []).Where(g => g is not null).SelectMany(g => g.Kpis).Where(k => k is not null);

    private static bool GoalsUnknown(DataProject p) => !AllKpis(p).Any(k => k.Target is not null && Latest(k).Value is not null);

    /// <summary>The latest value of a KPI: its latest dated measurement, else its measured value.</summary>
    internal static (decimal? Value, PartialDate? Date, string? Source) Latest(Kpi kpi)
    {
        KpiMeasurement? last = null;
        foreach (var m in kpi.Measurements)
        {
            if (m is not null && (last is null || m.Date >= last.Date))
            {
                last = m;
            }
        }

        return last is not null ? (last.Value, last.Date, last.Source) : (kpi.Measured, kpi.MeasuredOn, null);
    }

    /// <summary>Met when the latest value reaches the target in the direction from baseline to target (higher is better without a baseline).</summary>
    internal static string Status(Kpi kpi, decimal? latest)
    {
        if (kpi.Target is not { } target)
        {
            return "notMeasurable";
        }

        if (latest is not { } value)
        {
            return "notMeasured";
        }

        var lowerIsBetter = kpi.Baseline is { } baseline && target < baseline;
        return (lowerIsBetter ? value <= target : value >= target) ? "met" : "notMet";
    }

    // 5. Registration quality

    private void Quality()
    {
        section = "quality";
        var results = ctx.Analyses.Completeness;
        foreach (Perspective perspective in Enum.GetValues(typeof(Perspective)))
        {
            // Each score once: a perspective's score is computed when asked for.
            var scored = new List<string>();
            var sum = 0m;
            for (var i = 0; i < ctx.Count; i++)
            {
                if (results[i].ScoreOf(perspective) is { } score)
                {
                    scored.Add(ctx.Projects[i].Id);
                    sum += score;
                }
            }

            var mean = scored.Count == 0 ? 0 : Math.Round(sum / scored.Count, 1, MidpointRounding.AwayFromZero);
            Add(ReportCodes.CompletenessByPerspective, MetricUnit.Score, scored.Count, ctx.Count, scored,
                ReportText.Wire(perspective), ReportText.Perspective(perspective), mean, ordered: true);
        }

        Breakdown(ReportCodes.CompletenessBands, i => (ReportText.Wire(results[i].Band), ReportText.Band(results[i].Band)),
            order: ["excellent", "good", "sufficient", "insufficient"]);

        var lowest = Enumerable.Range(0, ctx.Count).OrderBy(i => results[i].Score).ThenBy(i => ctx.Projects[i].Id, StringComparer.Ordinal).Take(10).ToList();
        Add(ReportCodes.LowestCompleteness, MetricUnit.Count, lowest.Count, ctx.Count, lowest.Select(i => ctx.Projects[i].Id), ordered: true);
        Worklist("lowestCompleteness", ReportCodes.LowestCompleteness, lowest.Select(i =>
        {
            var nl = ReportText.Number(results[i].Score, MetricUnit.Score, true);
            var en = ReportText.Number(results[i].Score, MetricUnit.Score, false);
            return Item(i, "score", null, new ReportArgument("Score", nl, en));
        }), keepOrder: true);

        var missing = new Dictionary<string, Tally>(StringComparer.Ordinal);
        // Projects mostly have the same indicators in the same order: the tally at the same place is the one, without a lookup.
        var byPlace = new List<(string Code, Tally Tally)>();
        for (var i = 0; i < ctx.Count; i++)
        {
            var indicators = results[i].Indicators;
            for (var n = 0; n < indicators.Length; n++)
            {
                var indicator = indicators[n];
                if (n == byPlace.Count)
                {
                    byPlace.Add((indicator.Code, Tally.Of(missing, indicator.Code)));
                }
                else if (!ReferenceEquals(byPlace[n].Code, indicator.Code) && byPlace[n].Code != indicator.Code)
                {
                    byPlace[n] = (indicator.Code, Tally.Of(missing, indicator.Code));
                }

                if (indicator.Applies)
                {
                    var none = indicator.PointsEarned == 0;
                    var tally = byPlace[n].Tally;
                    tally.Count(ctx.Projects[i].Id, none);

                    // The label is the message of the missing indicator at the smallest project id (the first, as projects are in id order), so it does not depend on project order;
                    // it is written only for the indicators shown.
                    if (none && tally.Example is null && indicator.Finding is { } finding)
                    {
                        tally.Example = finding;
                    }
                }
            }
        }

        foreach (var pair in missing.Where(p => p.Value.Hits > 0).OrderByDescending(p => p.Value.Hits).ThenBy(p => p.Key, StringComparer.Ordinal).Take(10))
        {
            var label = pair.Value.Example is { } example ? (pair.Key + ": " + ReportText.AsLabel(example.MessageDutch), pair.Key + ": " + ReportText.AsLabel(example.MessageEnglish)) : (pair.Key, pair.Key);
            Add(ReportCodes.MostOftenMissing, MetricUnit.Count, pair.Value.Hits, pair.Value.All, pair.Value.Ids, pair.Key, label);
        }

        var open = Enumerable.Range(0, ctx.Count).Where(i => !ReportContext.Ended(ctx.Projects[i])).ToList();
        var stale = new List<Entry>();
        var overdue = new List<string>();
        var staleIds = new List<string>();
        var staleBefore = ctx.AsOf.AddMonths(-ctx.Options.StaleAfterMonths);
        foreach (var i in open)
        {
            var p = ctx.Projects[i];
            if (p.Lifecycle?.NextReview is { } next && next.End < ctx.AsOf)
            {
                overdue.Add(p.Id);
                var day = next.ToString();
                stale.Add(Item(i, "overdue", day, new ReportArgument("Date", day)));
            }

            var reviewed = p.Lifecycle?.LastReviewed?.End ?? p.Record?.Updated?.UtcDateTime.Date;
            if (reviewed is null)
            {
                staleIds.Add(p.Id);
                stale.Add(Item(i, "neverReviewed", null));
            }
            else if (reviewed.Value < staleBefore)
            {
                var date = reviewed.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                var months = ctx.Options.StaleAfterMonths.ToString(CultureInfo.InvariantCulture);
                staleIds.Add(p.Id);
                stale.Add(Item(i, "stale", date, new ReportArgument("Date", date), new ReportArgument("Months", months)));
            }
        }

        Add(ReportCodes.ReviewOverdue, MetricUnit.Count, overdue.Count, open.Count, overdue);
        Add(ReportCodes.Stale, MetricUnit.Count, staleIds.Count, open.Count, staleIds);
        Worklist("staleRegistrations", ReportCodes.Stale, stale);

        var publishable = Enumerable.Range(0, ctx.Count).Where(i => ctx.Analyses.Publishability[i].IsPublishable).Select(i => ctx.Projects[i].Id).ToList();
        Add(ReportCodes.Publishable, MetricUnit.Count, publishable.Count, ctx.Count, publishable);
    }

    // 6. Reuse and overlap

    private void Reuse()
    {
        section = "reuse";
        var overlap = ctx.Analyses.Overlap;
        var items = new List<Entry>();
        foreach (var (code, kind) in new[] { (ReportCodes.Duplicates, OverlapKind.Duplicate), (ReportCodes.Overlaps, OverlapKind.Overlap), (ReportCodes.ReuseOpportunities, OverlapKind.ReuseOpportunity), (ReportCodes.SharedSupplierProducts, OverlapKind.SharedSupplier) })
        {
            // Each project of a pair of this kind, with its partners: one row per project, not per pair.
            var partners = new SortedDictionary<int, List<(int Other, OverlapPair Pair, decimal Score)>>();
            foreach (var pair in overlap?.Pairs ?? [])
            {
                if (pair.Kind != kind)
                {
                    continue;
                }

                // The score as shown, so the order follows what a person reads.
                var score = Math.Round((decimal)pair.Score, 2, MidpointRounding.AwayFromZero);
                Of(pair.FirstIndex).Add((pair.SecondIndex, pair, score));
                Of(pair.SecondIndex).Add((pair.FirstIndex, pair, score));
            }

            if (overlap is not null)
            {
                Add(code, MetricUnit.Count, partners.Count, ctx.Count, partners.Keys.Select(i => ctx.Projects[i].Id));
            }

            var kindText = ReportMessages.OverlapKinds[ReportText.Wire(kind)];
            foreach (var entry in partners)
            {
                var (i, list) = (entry.Key, entry.Value);
                list.Sort((a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : string.CompareOrdinal(ctx.Projects[a.Other].Id, ctx.Projects[b.Other].Id));
                var own = ctx.Projects[i].Organization?.Name;
                var named = list.Take(OverlapPartners.Named).Select(x =>
                {
                    var other = ctx.Projects[x.Other];
                    var organisation = other.Organization?.Name is { Length: > 0 } o && o != own ? o : null;
                    return new OverlapPartners.Partner(other.Name ?? other.Id, organisation, x.Score);
                }).ToList();
                var reason = ReportReason.Of("pair", new ReportArgument("Kind", kindText.Dutch, kindText.English),
                    new ReportArgument("Partners", new OverlapPartners(named, list.Count)), new ReportArgument("Explanation", new PairExplanation(list[0].Pair)));
                var item = new ReportWorklistItem(ctx.Projects[i], ctx.Holders[i], reason) { OtherProjectIds = [.. list.Select(x => ctx.Projects[x.Other].Id)] };

                // The best candidates first.
                items.Add(new Entry(item, i, -list[0].Score));
            }

            List<(int Other, OverlapPair Pair, decimal Score)> Of(int project) =>
                partners.TryGetValue(project, out var list) ? list : partners[project] = [];
        }

        Worklist("reuse", ReportCodes.ReuseOpportunities, items);

        var withSupplier = ctx.Projects.Where(p => p.Suppliers.Any(s => s?.Name is { Length: > 0 } && !IsInHouse(s.Name))).ToList();
        var bySupplier = withSupplier.SelectMany(p => p.Suppliers.Where(s => s?.Name is { Length: > 0 } && !IsInHouse(s.Name)).Select(s => s.Name).Distinct(StringComparer.Ordinal).Select(n => (Name: n, p.Id)))
            .GroupBy(x => x.Name, StringComparer.Ordinal)
            .Where(g => g.Count() >= 2)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal);
        foreach (var g in bySupplier)
        {
            Add(ReportCodes.SupplierDependence, MetricUnit.Share, g.Count(), withSupplier.Count, g.Select(x => x.Id), g.Key, (g.Key, g.Key));
        }
    }

    // 7. Changes since the previous report

    private void Changes(ReportContext previous)
    {
        section = "changes";
        var items = new List<Entry>();
        var added = ctx.Projects.Where(p => !previous.Index.ContainsKey(p.Id)).Select(p => p.Id).ToList();
        Add(ReportCodes.Added, MetricUnit.Count, added.Count, ctx.Count, added);
        items.AddRange(added.Select(id => Item(ctx.Index[id], "added", null)));
        var removed = previous.Projects.Where(p => !ctx.Index.ContainsKey(p.Id)).ToList();
        Add(ReportCodes.Removed, MetricUnit.Count, removed.Count, previous.Count, removed.Select(p => p.Id));
        // A removed project is of the previous export only: it has no place here.
        items.AddRange(removed.Select(p => new Entry(new ReportWorklistItem(p, ReportContext.PortfolioHolder(p), ReportReason.Of("removed")), -1)));

        var both = ctx.Projects.Where(p => previous.Index.ContainsKey(p.Id)).Select(p => (Now: ctx.Index[p.Id], Then: previous.Index[p.Id])).ToList();
        var phase = new List<string>();
        var ended = new List<string>();
        var risk = new List<string>();
        var score = new List<string>();
        foreach (var (now, then) in both)
        {
            var p = ctx.Projects[now];
            var q = previous.Projects[then];
            if (ReportContext.PhaseOf(p) != ReportContext.PhaseOf(q))
            {
                phase.Add(p.Id);
                var (fromNl, fromEn) = ReportText.Phase(ReportContext.PhaseOf(q));
                var (toNl, toEn) = ReportText.Phase(ReportContext.PhaseOf(p));
                items.Add(Item(now, "phase", null, new ReportArgument("From", fromNl, fromEn), new ReportArgument("To", toNl, toEn)));
                if (ReportContext.Ended(p))
                {
                    ended.Add(p.Id);
                }
            }

            var a = ctx.Analyses.Risk[now];
            var b = previous.Analyses.Risk[then];
            // A range of levels that moved or narrowed (answers given, or changed) is a change too, as is a level that became determined.
            var level = Level(a) != Level(b);
            var category = Category(a) != Category(b);
            if (level || category)
            {
                risk.Add(p.Id);
                items.Add(level && category
                    ? Item(now, "riskBoth", null, new ReportArgument("From", Level(b)), new ReportArgument("To", Level(a)), new ReportArgument("CategoryFrom", Category(b)), new ReportArgument("CategoryTo", Category(a)))
                    : level ? Item(now, "riskLevel", null, new ReportArgument("From", Level(b)), new ReportArgument("To", Level(a)))
                    : Item(now, "riskCategory", null, new ReportArgument("From", Category(b)), new ReportArgument("To", Category(a))));
            }

            var sa = ctx.Analyses.Completeness[now].Score;
            var sb = previous.Analyses.Completeness[then].Score;
            if (Math.Abs(sa - sb) >= 5)
            {
                score.Add(p.Id);
                items.Add(Item(now, "scoreMoved", null, new ReportArgument("From", ReportText.Number(sb, MetricUnit.Score, true), ReportText.Number(sb, MetricUnit.Score, false)), new ReportArgument("To", ReportText.Number(sa, MetricUnit.Score, true), ReportText.Number(sa, MetricUnit.Score, false))));
            }
        }

        Add(ReportCodes.PhaseChanged, MetricUnit.Count, phase.Count, both.Count, phase);
        Add(ReportCodes.Ended, MetricUnit.Count, ended.Count, both.Count, ended);
        Add(ReportCodes.RiskChanged, MetricUnit.Count, risk.Count, both.Count, risk);
        Add(ReportCodes.ScoreChanged, MetricUnit.Count, score.Count, both.Count, score);
        Worklist("changes", ReportCodes.PhaseChanged, items);

        // The level or the range the missing answers leave: "III", "II–IV"; the category's letter or range: "B", "C–A" (least strict to strictest).
        static string Level(RiskAssessment r) =>
            r.Impact.IsDetermined ? Risk.Wire.Name(r.Impact.Level) : Risk.Wire.Name(r.Impact.LowestLevel) + "–" + Risk.Wire.Name(r.Impact.Level);

        static string Category(RiskAssessment r)
        {
            var c = r.PublicationCategory;
            static char Letter(PublicationCategory category) => (char)('A' + (int)category);
            return c.IsDetermined ? Letter(c.Category).ToString() : Letter(c.LeastStrict) + "–" + Letter(c.Strictest);
        }
    }

    private void DecisionsTaken()
    {
        section = "changes";
        var ids = ctx.Projects.Where(p => p.Decisions.Any(d => d?.Date is { } date && date.End >= ctx.PeriodStart && date.Start <= ctx.AsOf)).Select(p => p.Id).ToList();
        Add(ReportCodes.DecisionsTaken, MetricUnit.Count, ids.Count, ctx.Count, ids);
    }

    // 8. What we don't know

    private void Unknowns(bool hasPrevious)
    {
        section = "unknowns";
        var risk = ctx.Analyses.Risk;
        var nothingToCompare = new HashSet<string>(StringComparer.Ordinal);
        foreach (var finding in ctx.Analyses.Overlap?.Findings ?? [])
        {
            if (finding.Code == OverlapCodes.NothingToCompare && finding.Arguments.TryGetValue("Id", out var id))
            {
                nothingToCompare.Add(id);
            }
        }

        var rules = new (string Key, Func<int, bool> Lacks)[]
        {
            ("inventory", i => ctx.Projects[i].Lifecycle?.Phase is null || ctx.Projects[i].Kind is null),
            ("pilotToScale", i => (ctx.Projects[i].Lifecycle?.PhaseHistory ?? []).IsEmpty
                || (ReportContext.InPilot(ctx.Projects[i]) && ctx.Projects[i].Lifecycle?.Pilot is not { EvaluationDate: not null } and not { PlannedEnd: not null })),
            ("responsibleUse", i => !risk[i].Dpia.IsDetermined || !risk[i].AiAct.IsDetermined || !risk[i].PublicationCategory.IsDetermined || !risk[i].Impact.IsDetermined),
            ("goals", i => ReportContext.InPilotOrUse(ctx.Projects[i]) && GoalsUnknown(ctx.Projects[i])),
            ("quality", i => ctx.Projects[i].Lifecycle is not { LastReviewed: not null } and not { NextReview: not null }),
            ("reuse", i => ctx.Analyses.Overlap is null || nothingToCompare.Contains(ctx.Projects[i].Id)),
            ("changes", _ => !hasPrevious),
        };
        foreach (var (key, lacks) in rules)
        {
            var ids = Enumerable.Range(0, ctx.Count).Where(lacks).Select(i => ctx.Projects[i].Id).ToList();
            var label = (ctx.Options.Audience == ReportAudience.Public ? ReportMessages.PublicUnknownLabels : ReportMessages.UnknownLabels)[key];
            Add(ReportCodes.Unknown, MetricUnit.Count, ids.Count, ctx.Count, ids, key, (label.Dutch, label.English), ordered: true);
        }
    }

    // Building blocks

    private void Breakdown(string code, Func<DataProject, IEnumerable<(string Key, (string Dutch, string English) Label)>> categories, string[]? order = null)
    {
        var groups = new Groups();
        for (var i = 0; i < ctx.Count; i++)
        {
            foreach (var (key, label) in categories(ctx.Projects[i]))
            {
                groups.Count(key, label, ctx.Projects[i].Id);
            }
        }

        Breakdown(code, groups, order);
    }

    /// <summary>A breakdown where each project is in one category.</summary>
    private void Breakdown(string code, Func<DataProject, (string Key, (string Dutch, string English) Label)> category, string[]? order = null) =>
        Breakdown(code, i => category(ctx.Projects[i]), order);

    private void Breakdown(string code, Func<int, (string Key, (string Dutch, string English) Label)> category, string[]? order = null)
    {
        var groups = new Groups();
        for (var i = 0; i < ctx.Count; i++)
        {
            var (key, label) = category(i);
            groups.Count(key, label, ctx.Projects[i].Id);
        }

        Breakdown(code, groups, order);
    }

    private void Breakdown(string code, Groups groups, string[]? order)
    {
        // A fixed vocabulary in its own order; open categories (departments, suppliers) by size, then name.
        var all = groups.All;
        var keys = order is not null
            ? order.Where(all.ContainsKey).Concat(all.Keys.Where(k => Array.IndexOf(order, k) < 0).OrderBy(k => k, StringComparer.Ordinal))
            : all.OrderByDescending(g => g.Value.Ids.Count).ThenBy(g => g.Key == "unknown" ? 1 : 0).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key);
        foreach (var key in keys)
        {
            var g = all[key];
            Add(code, MetricUnit.Count, g.Ids.Count, ctx.Count, g.Ids, key, g.Label, ordered: true);
        }
    }

    /// <summary>The projects of each category of a breakdown, with its label as first given; the projects come in id order, so each category's list is too.</summary>
    private sealed class Groups
    {
        public Dictionary<string, ((string Dutch, string English) Label, List<string> Ids)> All { get; } = new(StringComparer.Ordinal);

        public void Count(string key, (string Dutch, string English) label, string id)
        {
            if (!All.TryGetValue(key, out var g))
            {
                All[key] = g = (label, new List<string>());
            }

            if (g.Ids.Count == 0 || !ReferenceEquals(g.Ids[g.Ids.Count - 1], id))
            {
                g.Ids.Add(id);
            }
        }
    }

    /// <summary>A metric of the current section; its ids are put in id order unless <paramref name="ordered"/> (they are in the order to keep: id order when counted in project order, or the lowest first).</summary>
    private void Add(string code, MetricUnit unit, int numerator, int denominator, IEnumerable<string> ids, string? category = null,
        (string Dutch, string English)? label = null, decimal? value = null, MetricSubject subject = MetricSubject.Projects, bool ordered = false)
    {
        var text = ctx.Options.Audience == ReportAudience.Public && ReportMessages.PublicMetrics.TryGetValue(code, out var plain) ? plain : ReportMessages.Metrics[code];
        var v = value ?? (unit == MetricUnit.Share ? (denominator == 0 ? 0 : Math.Round((decimal)numerator / denominator, 4, MidpointRounding.AwayFromZero)) : numerator);
        var list = ids.ToImmutableArray();
        if (!ordered && !Ascending(list))
        {
            list = [.. list.Distinct(StringComparer.Ordinal).OrderBy(id => id, StringComparer.Ordinal)];
        }

        metrics[section].Add(new ReportMetric
        {
            Code = code,
            Category = category,
            LabelDutch = label?.Dutch,
            LabelEnglish = label?.English,
            Unit = unit,
            Subject = subject,
            Value = v,
            Numerator = numerator,
            Denominator = denominator,
            DefinitionDutch = text.DefinitionDutch,
            DefinitionEnglish = text.DefinitionEnglish,
            ExplanationDutch = Explain(text.ExplanationDutch, text.Noun, true, numerator, denominator, unit, v, label?.Dutch),
            ExplanationEnglish = Explain(text.ExplanationEnglish, text.Noun, false, numerator, denominator, unit, v, label?.English),
            ProjectIds = list,
        });
    }

    /// <summary>Whether ids are strictly ascending (so distinct and in order): the usual case, as projects are in id order.</summary>
    private static bool Ascending(ImmutableArray<string> ids)
    {
        for (var i = 1; i < ids.Length; i++)
        {
            if (string.CompareOrdinal(ids[i - 1], ids[i]) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    internal static string Explain(string template, string noun, bool dutch, int numerator, int denominator, MetricUnit unit, decimal value, string? label) =>
        Messages.Format(template, ExplanationArguments(template, noun, ReportWords.Library(dutch), numerator, denominator, unit, value, label), dutch);

    /// <summary>The values of an explanation's placeholders, the counts and shares in the words given (the library's, or a writer's catalog's).</summary>
    internal static Dictionary<string, string> ExplanationArguments(string template, string noun, ReportWords words, int numerator, int denominator, MetricUnit unit, decimal value, string? label)
    {
        var dutch = words.Dutch;
        if (label is { Length: > 0 } && template.StartsWith("{Label}", StringComparison.Ordinal))
        {
            label = char.ToUpper(label[0], ReportText.Culture(dutch)) + label.Substring(1);
        }

        return new Dictionary<string, string>
        {
            ["Count"] = words.Count(numerator, noun),
            ["Total"] = denominator.ToString("#,0", ReportText.Culture(dutch)),
            ["Percent"] = words.Percent(numerator, denominator),
            ["Value"] = ReportText.Number(value, unit, dutch),
            ["Label"] = label ?? "",

            // The verb agrees with the count: "1 pilot staat stil", "2 pilots staan stil".
            ["N"] = numerator.ToString(CultureInfo.InvariantCulture),
        };
    }

    /// <summary>An item for project <paramref name="project"/> of the context.</summary>
    private Entry Item(int project, string reason, string? date, params ReportArgument[] args) => Item(project, ReportReason.Of(reason, args), date);

    private Entry Item(int project, ReportReason reason, string? date = null) =>
        new(new ReportWorklistItem(ctx.Projects[project], ctx.Holders[project], reason) { Date = date }, project);

    /// <summary>A worklist in the order to work it: by rank (lowest first: the top risks, the best reuse candidates), then by organisation, department and project.</summary>
    private void Worklist(string key, string metricCode, IEnumerable<Entry> entries, bool keepOrder = false)
    {
        var title = ReportMessages.Worklists[key];
        if (!withWorklists)
        {
            return;
        }

        var all = entries.ToArray();
        var list = ImmutableArray.CreateBuilder<ReportWorklistItem>(all.Length);
        foreach (var i in keepOrder ? Enumerable.Range(0, all.Length).ToArray() : Order(all))
        {
            list.Add(all[i].Item);
        }

        worklists[section].Add(new ReportWorklist { Key = key, MetricCode = metricCode, TitleDutch = title.Dutch, TitleEnglish = title.English, Items = list.MoveToImmutable() });
    }

    /// <summary>
    /// The entries' places in the order by rank, organisation, department, project, other project and English reason
    /// (each ordinal), then as they came: sorted once on one number, the rank's place among the list's ranks before the
    /// project's place in the context's owner order (<see cref="ReportContext.OwnerPlaces"/>); only the entries of one
    /// project and rank, few, are compared further, a reason's text written only to break a tie.
    /// </summary>
    private int[] Order(Entry[] entries)
    {
        var ranks = Places(entries, e => e.Rank, Comparer<decimal>.Default);

        // A project of the previous export only (the changes list) has no place in the context: then all go by their own owners.
        var owners = entries.All(e => e.Project >= 0)
            ? entries.Select(e => ctx.OwnerPlaces[e.Project]).ToArray()
            : Places(entries, e => (e.Item.Organization ?? "", e.Item.Department ?? "", e.Item.ProjectId), OwnerComparer.Instance);
        var keys = new long[entries.Length];
        var order = new int[entries.Length];
        for (var i = 0; i < entries.Length; i++)
        {
            keys[i] = ((long)ranks[i] << 32) | (uint)owners[i];
            order[i] = i;
        }

        Array.Sort(keys, order);
        var ties = Comparer<int>.Create((a, b) =>
        {
            var c = string.CompareOrdinal(entries[a].Item.OtherProjectIds.FirstOrDefault() ?? "", entries[b].Item.OtherProjectIds.FirstOrDefault() ?? "");
            if (c == 0)
            {
                c = ReportReason.CompareEnglish(entries[a].Item.Reason, entries[b].Item.Reason);
            }

            return c != 0 ? c : a.CompareTo(b);
        });
        for (var start = 0; start < keys.Length;)
        {
            var end = start + 1;
            while (end < keys.Length && keys[end] == keys[start])
            {
                end++;
            }

            if (end - start > 1)
            {
                Array.Sort(order, start, end - start, ties);
            }

            start = end;
        }

        return order;
    }

    /// <summary>For each entry, the place of its value among the distinct values in order.</summary>
    private static int[] Places<T>(Entry[] entries, Func<Entry, T> value, IComparer<T> order)
        where T : notnull
    {
        var distinct = new Dictionary<T, int>();
        foreach (var e in entries)
        {
            distinct[value(e)] = 0;
        }

        var places = new int[entries.Length];
        if (distinct.Count == 1)
        {
            return places;
        }

        var sorted = distinct.Keys.ToArray();
        Array.Sort(sorted, order);
        for (var i = 0; i < sorted.Length; i++)
        {
            distinct[sorted[i]] = i;
        }

        for (var i = 0; i < entries.Length; i++)
        {
            places[i] = distinct[value(entries[i])];
        }

        return places;
    }

    /// <summary>A worklist item with its project's place in the context (-1 for a project of the previous export only) and its rank.</summary>
    private readonly record struct Entry(ReportWorklistItem Item, int Project, decimal Rank = 0);

    /// <summary>Owners (organisation, department, project id) in ordinal order.</summary>
    private sealed class OwnerComparer : IComparer<(string Organization, string Department, string Project)>
    {
        public static readonly OwnerComparer Instance = new();

        public int Compare((string Organization, string Department, string Project) a, (string Organization, string Department, string Project) b)
        {
            var c = string.CompareOrdinal(a.Organization, b.Organization);
            if (c == 0)
            {
                c = string.CompareOrdinal(a.Department, b.Department);
            }

            return c != 0 ? c : string.CompareOrdinal(a.Project, b.Project);
        }
    }

    /// <summary>
    /// The reasons of one text with one argument, one per distinct value, shared by every item it explains: a worklist of
    /// a large portfolio has many items for few reasons (an assessment missing, a clause broken), each written once.
    /// </summary>
    private sealed class SharedReasons(string key, string argument)
    {
        private readonly Dictionary<(string Dutch, string English), ReportReason> made = [];

        public ReportReason For((string Dutch, string English) value)
        {
            if (!made.TryGetValue(value, out var reason))
            {
                made[value] = reason = ReportReason.Of(key, new ReportArgument(argument, value));
            }

            return reason;
        }
    }

    /// <summary>A count of items, of hits among them, and the projects of the hits.</summary>
    private sealed class Tally
    {
        public int All { get; private set; }

        public int Hits { get; private set; }

        /// <summary>The first finding of what was counted (a missing indicator), whose message names the tally when it is shown.</summary>
        public Finding? Example { get; set; }

        /// <summary>The hits' projects, in the order they were counted (id order), each once.</summary>
        public List<string> Ids { get; } = [];

        public static Tally Of(IDictionary<string, Tally> tallies, string key)
        {
            if (!tallies.TryGetValue(key, out var tally))
            {
                tallies[key] = tally = new Tally();
            }

            return tally;
        }

        public void Count(string projectId, bool hit)
        {
            All++;
            if (hit)
            {
                Hits++;
                if (Ids.Count == 0 || !string.Equals(Ids[Ids.Count - 1], projectId, StringComparison.Ordinal))
                {
                    Ids.Add(projectId);
                }
            }
        }
    }
}
