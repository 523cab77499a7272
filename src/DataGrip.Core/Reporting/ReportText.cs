using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using DataGrip.Core.Completeness;
using DataGrip.Core.Model;
using DataGrip.Core.Risk;

namespace DataGrip.Core.Reporting;

/// <summary>How the report writes numbers, counts and category labels in Dutch and English.</summary>
internal static class ReportText
{
    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-GB");

    public static bool IsDutch(CultureInfo? culture) => (culture ?? CultureInfo.CurrentUICulture).TwoLetterISOLanguageName == "nl";

    public static CultureInfo Culture(bool dutch) => dutch ? Nl : En;

    /// <summary>
    /// A value as a number, with a decimal comma in Dutch: a count whole, a share as a percentage and a score or a
    /// number of months with one decimal, always, so a figure and its previous value line up ("37,3" beside "34,0").
    /// </summary>
    public static string Number(decimal value, MetricUnit unit, bool dutch) => unit switch
    {
        MetricUnit.Count => Math.Round(value, 0, MidpointRounding.AwayFromZero).ToString("#,0", Culture(dutch)),
        MetricUnit.Share => Math.Round(value * 100, 1, MidpointRounding.AwayFromZero).ToString("0.0", Culture(dutch)),
        _ => Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("#,0.0", Culture(dutch)),
    };

    /// <summary>A sentence (a finding's message) as a label, which a text goes on after ("…: ontbreekt bij 53 projecten"): without its full stop.</summary>
    public static string AsLabel(string sentence) => sentence.EndsWith(".", StringComparison.Ordinal) ? sentence.Substring(0, sentence.Length - 1) : sentence;

    /// <summary>A term of the report in both languages.</summary>
    public static (string Dutch, string English) Term(string key, params (string Name, string Value)[] arguments) =>
        (ReportMessages.Say(key, true, arguments), ReportMessages.Say(key, false, arguments));

    /// <summary>The library's own label of a value (<see cref="Labels"/>), in both languages; looked up once per value, as a report asks for it per project.</summary>
    public static (string Dutch, string English) Label<T>(T value)
        where T : struct, Enum => LabelCache<T>.Labels.GetOrAdd(value, static v => (Labels.Get(v, Nl), Labels.Get(v, En)));

    private static readonly (string Dutch, string English) UnknownLabel = Term("report:unknown");

    private static readonly (string Dutch, string English) Undetermined = Term("report:undetermined");

    public static (string Dutch, string English) Phase(Phase? phase) => phase is { } p ? Label(p) : UnknownLabel;

    public static (string Dutch, string English) Kind(ProjectKind? kind) => kind is { } k ? Label(k) : UnknownLabel;

    public static (string Dutch, string English) Theme(Theme theme) => Label(theme);

    public static (string Dutch, string English) Dpia(DpiaOutcome outcome) => outcome == DpiaOutcome.Undetermined ? Undetermined : Label(outcome);

    public static (string Dutch, string English) AiAct(AiActClass? value) => value is { } v ? Label(v) : Undetermined;

    public static (string Dutch, string English) Category(PublicationCategory? value) => value is { } v ? Label(v) : Undetermined;

    public static (string Dutch, string English) Level(ImpactLevel? level) =>
        level is { } l ? LevelCache.GetOrAdd(l, static v =>
            (ReportMessages.Say("report:level", true, ("Level", Labels.Get(v, Nl))), ReportMessages.Say("report:level", false, ("Level", Labels.Get(v, En))))) : Undetermined;

    private static readonly ConcurrentDictionary<ImpactLevel, (string Dutch, string English)> LevelCache = new();

    public static (string Dutch, string English) Perspective(Perspective perspective) => Label(perspective);

    public static (string Dutch, string English) Band(CompletenessBand band) => Label(band);

    public static (string Dutch, string English) KpiStatus(string status) => KpiStatuses.GetOrAdd(status, static s => Term("report:kpiStatus." + s));

    private static readonly ConcurrentDictionary<string, (string Dutch, string English)> KpiStatuses = new(StringComparer.Ordinal);

    public static (string Dutch, string English) PhaseGroup(string group) => Term("report:phaseGroup." + group);

    public static (string Dutch, string English) Unknown(string value) => value == "none" ? Term("report:none") : UnknownLabel;

    /// <summary>A clause of the council's framework, by its JSON Pointer into the framework file.</summary>
    public static (string Dutch, string English) Clause(string clause) => ClauseCache.GetOrAdd(clause, WriteClause);

    private static readonly ConcurrentDictionary<string, (string Dutch, string English)> ClauseCache = new(StringComparer.Ordinal);

    private static (string Dutch, string English) WriteClause(string clause)
    {
        if (clause.StartsWith("/requiredAssessments/", StringComparison.Ordinal))
        {
            return Term("report:clause.requiredAssessments", ("Level", clause.Substring("/requiredAssessments/".Length).ToUpperInvariant()));
        }

        var limit = clause.StartsWith("/excluded/", StringComparison.Ordinal) ? "report:clause.excluded"
            : clause.StartsWith("/councilDecision/", StringComparison.Ordinal) ? "report:clause.councilDecision"
            : null;
        var name = clause.Substring(clause.LastIndexOf('/') + 1);
        var subject = ReportMessages.Clauses.ContainsKey(name) && name is not ("requiredAssessments" or "limited" or "excluded" or "councilDecision" or "other")
            ? "report:clause." + name
            : "report:clause.other";
        if (limit is null)
        {
            return Term(subject);
        }

        var (subjectNl, subjectEn) = Term(subject);
        var (limitNl, limitEn) = Term(limit);
        return (ReportMessages.Say("report:clause.limited", true, ("Subject", subjectNl), ("Limit", limitNl)),
            ReportMessages.Say("report:clause.limited", false, ("Subject", subjectEn), ("Limit", limitEn)));
    }

    private static class LabelCache<T>
        where T : struct, Enum
    {
        public static readonly ConcurrentDictionary<T, (string Dutch, string English)> Labels = new();
    }

    /// <summary>An enum value's wire name (the category key of a metric).</summary>
    public static string Wire<T>(T value)
        where T : struct, Enum => Risk.Wire.Name(value);
}
