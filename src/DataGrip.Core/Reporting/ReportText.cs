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

    /// <summary>A number with at most one decimal, with a decimal comma in Dutch.</summary>
    public static string Number(decimal value, bool dutch) =>
        Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString(value == Math.Floor(value) ? "#,0" : "#,0.0", Culture(dutch));

    /// <summary>A share as a percentage with one decimal: "25,0 %" in Dutch, "25.0%" in English.</summary>
    public static string Percent(int numerator, int denominator, bool dutch)
    {
        if (denominator == 0)
        {
            return ReportMessages.Say("report:none", dutch);
        }

        var value = Math.Round(100m * numerator / denominator, 1, MidpointRounding.AwayFromZero).ToString("0.0", Culture(dutch));
        return ReportMessages.Say("report:percent", dutch, ("Value", value));
    }

    /// <summary>A count with its noun in singular or plural: "1 project", "2 projecten".</summary>
    public static string Count(int n, string noun, bool dutch)
    {
        var (one, many) = Nouns[(noun, dutch)];
        return n.ToString("#,0", Culture(dutch)) + " " + (n == 1 ? one : many);
    }

    private static readonly Dictionary<(string, bool), (string One, string Many)> Nouns = new()
    {
        [("project", true)] = ("project", "projecten"),
        [("project", false)] = ("project", "projects"),
        [("kpi", true)] = ("KPI", "KPI's"),
        [("kpi", false)] = ("KPI", "KPIs"),
        [("pilot", true)] = ("pilot", "pilots"),
        [("pilot", false)] = ("pilot", "pilots"),
        [("goal", true)] = ("meetbaar doel", "meetbare doelen"),
        [("goal", false)] = ("measurable goal", "measurable goals"),
    };

    /// <summary>The library's own label of a value (<see cref="Labels"/>), in both languages; looked up once per value, as a report asks for it per project.</summary>
    public static (string Dutch, string English) Label<T>(T value)
        where T : struct, Enum => LabelCache<T>.Labels.GetOrAdd(value, static v => (Labels.Get(v, Nl), Labels.Get(v, En)));

    private static readonly (string Dutch, string English) UnknownLabel = ("onbekend", "unknown");

    private static readonly (string Dutch, string English) Undetermined = ("niet te bepalen", "undetermined");

    public static (string Dutch, string English) Phase(Phase? phase) => phase is { } p ? Label(p) : UnknownLabel;

    public static (string Dutch, string English) Kind(ProjectKind? kind) => kind is { } k ? Label(k) : UnknownLabel;

    public static (string Dutch, string English) Theme(Theme theme) => Label(theme);

    public static (string Dutch, string English) Dpia(DpiaOutcome outcome) => outcome == DpiaOutcome.Undetermined ? Undetermined : Label(outcome);

    public static (string Dutch, string English) AiAct(AiActClass? value) => value is { } v ? Label(v) : Undetermined;

    public static (string Dutch, string English) Category(PublicationCategory? value) => value is { } v ? Label(v) : Undetermined;

    public static (string Dutch, string English) Level(ImpactLevel? level) =>
        level is { } l ? LevelCache.GetOrAdd(l, static v => ("niveau " + Labels.Get(v, Nl), "level " + Labels.Get(v, En))) : Undetermined;

    private static readonly ConcurrentDictionary<ImpactLevel, (string Dutch, string English)> LevelCache = new();

    public static (string Dutch, string English) Perspective(Perspective perspective) => Label(perspective);

    public static (string Dutch, string English) Band(CompletenessBand band) => Label(band);

    public static (string Dutch, string English) KpiStatus(string status) => status switch
    {
        "met" => ("gehaald", "met"),
        "notMet" => ("niet gehaald", "not met"),
        "notMeasured" => ("niet gemeten", "not measured"),
        _ => ("niet meetbaar (geen streefwaarde)", "not measurable (no target)"),
    };

    public static (string Dutch, string English) PhaseGroup(string group) => group switch
    {
        "beforePilot" => ("vóór de pilot", "before the pilot"),
        "inPilot" => ("in pilot of evaluatie", "in pilot or evaluation"),
        "inUse" => ("in gebruik", "in use"),
        "ended" => ("beëindigd", "ended"),
        _ => ("fase onbekend", "phase unknown"),
    };

    public static (string Dutch, string English) Unknown(string value) => value switch
    {
        "none" => ("geen", "none"),
        _ => ("onbekend", "unknown"),
    };

    /// <summary>A clause of the council's framework, by its JSON Pointer into the framework file.</summary>
    public static (string Dutch, string English) Clause(string clause) => ClauseCache.GetOrAdd(clause, WriteClause);

    private static readonly ConcurrentDictionary<string, (string Dutch, string English)> ClauseCache = new(StringComparer.Ordinal);

    private static (string Dutch, string English) WriteClause(string clause)
    {
        if (clause.StartsWith("/requiredAssessments/", StringComparison.Ordinal))
        {
            var level = clause.Substring("/requiredAssessments/".Length).ToUpperInvariant();
            return ($"verplichte toetsen bij niveau {level}", $"required assessments at level {level}");
        }

        (string? Dutch, string? English) limit = clause.StartsWith("/excluded/", StringComparison.Ordinal) ? ("uitgesloten", "excluded")
            : clause.StartsWith("/councilDecision/", StringComparison.Ordinal) ? ("alleen na raadsbesluit", "only after a council decision")
            : (null, null);
        var subject = clause.Substring(clause.LastIndexOf('/') + 1) switch
        {
            "maxImpactLevelWithoutCouncilDecision" => ("impactniveau boven het maximum zonder raadsbesluit", "impact level above the maximum without a council decision"),
            "aiActClasses" => ("klasse van de AI-verordening", "AI Act class"),
            "specialCategories" => ("bijzondere persoonsgegevens", "special categories of personal data"),
            "sensitiveCategories" => ("gevoelige persoonsgegevens", "sensitive personal data"),
            "criminalData" => ("strafrechtelijke gegevens", "criminal offence data"),
            "techniques" => ("techniek", "technique"),
            "noPredictiveProfilingThemes" => ("geen voorspellende profilering in dit thema", "no predictive profiling in this theme"),
            "humanFinalDecisionFromLevel" => ("een mens neemt het eindbesluit", "a person takes the final decision"),
            _ => ("andere bepaling", "another clause"),
        };
        return limit.Dutch is null ? subject : (subject.Item1 + ": " + limit.Dutch, subject.Item2 + ": " + limit.English);
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
