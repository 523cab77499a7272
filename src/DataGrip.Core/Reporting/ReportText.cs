using System;
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
            return dutch ? "geen" : "none";
        }

        var value = Math.Round(100m * numerator / denominator, 1, MidpointRounding.AwayFromZero).ToString("0.0", Culture(dutch));
        return dutch ? value + " %" : value + "%";
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
    };

    public static (string Dutch, string English) Phase(Phase? phase) => phase switch
    {
        Model.Phase.Idea => ("idee", "idea"),
        Model.Phase.Design => ("ontwerp", "design"),
        Model.Phase.Development => ("ontwikkeling", "development"),
        Model.Phase.Pilot => ("pilot", "pilot"),
        Model.Phase.Evaluation => ("evaluatie", "evaluation"),
        Model.Phase.Production => ("in gebruik", "in use"),
        Model.Phase.Scaling => ("opschaling", "scaling up"),
        Model.Phase.Ended => ("beëindigd", "ended"),
        _ => ("onbekend", "unknown"),
    };

    public static (string Dutch, string English) Kind(ProjectKind? kind) => kind switch
    {
        ProjectKind.Pilot => ("pilot", "pilot"),
        ProjectKind.Experiment => ("experiment", "experiment"),
        ProjectKind.Algorithm => ("algoritme", "algorithm"),
        ProjectKind.DataAnalysis => ("data-analyse", "data analysis"),
        ProjectKind.Dashboard => ("dashboard", "dashboard"),
        ProjectKind.DataProduct => ("dataproduct", "data product"),
        ProjectKind.Model => ("model", "model"),
        ProjectKind.Other => ("anders", "other"),
        _ => ("onbekend", "unknown"),
    };

    public static (string Dutch, string English) Theme(Theme theme) => (RegisterLabels.Label(theme), ThemeEnglish[(int)theme]);

    private static readonly string[] ThemeEnglish =
    [
        "Organisation and operations", "Culture and recreation", "Economy", "Public finance", "Housing", "International",
        "Migration and integration", "Nature and environment", "Education and science", "Public order and safety", "Law",
        "Spatial planning and infrastructure", "Social security", "Traffic", "Work", "Care and health",
    ];

    public static (string Dutch, string English) Dpia(DpiaOutcome outcome) => outcome switch
    {
        DpiaOutcome.Required => ("DPIA verplicht", "DPIA required"),
        DpiaOutcome.Recommended => ("DPIA aanbevolen", "DPIA recommended"),
        DpiaOutcome.NotRequired => ("DPIA niet verplicht", "DPIA not required"),
        _ => ("niet te bepalen", "undetermined"),
    };

    public static (string Dutch, string English) AiAct(AiActClass? value) => value switch
    {
        AiActClass.NotAnAiSystem => ("geen AI-systeem", "not an AI system"),
        AiActClass.Minimal => ("minimaal risico", "minimal risk"),
        AiActClass.Transparency => ("transparantieplicht", "transparency obligation"),
        AiActClass.HighRisk => ("hoog risico", "high risk"),
        AiActClass.Prohibited => ("verboden", "prohibited"),
        _ => ("niet te bepalen", "undetermined"),
    };

    public static (string Dutch, string English) Category(PublicationCategory? value) => value switch
    {
        PublicationCategory.HighRiskAiSystem => ("A: hoog-risico-AI-systeem", "A: high-risk AI system"),
        PublicationCategory.ImpactfulAlgorithm => ("B: impactvol algoritme", "B: impactful algorithm"),
        PublicationCategory.OtherAlgorithm => ("C: overig algoritme", "C: other algorithm"),
        _ => ("niet te bepalen", "undetermined"),
    };

    public static (string Dutch, string English) Level(ImpactLevel? level) => level switch
    {
        Risk.ImpactLevel.I => ("niveau I", "level I"),
        Risk.ImpactLevel.II => ("niveau II", "level II"),
        Risk.ImpactLevel.III => ("niveau III", "level III"),
        Risk.ImpactLevel.IV => ("niveau IV", "level IV"),
        _ => ("niet te bepalen", "undetermined"),
    };

    public static (string Dutch, string English) Perspective(Perspective perspective) => perspective switch
    {
        Completeness.Perspective.Basics => ("basis", "basics"),
        Completeness.Perspective.Steering => ("sturing", "steering"),
        Completeness.Perspective.Organising => ("organisatie", "organising"),
        Completeness.Perspective.Transparency => ("transparantie", "transparency"),
        _ => ("toezicht", "supervision"),
    };

    public static (string Dutch, string English) Band(CompletenessBand band) => band switch
    {
        CompletenessBand.Excellent => ("uitstekend", "excellent"),
        CompletenessBand.Good => ("goed", "good"),
        CompletenessBand.Sufficient => ("voldoende", "sufficient"),
        _ => ("onvoldoende", "insufficient"),
    };

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
    public static (string Dutch, string English) Clause(string clause)
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

    /// <summary>An enum value's wire name (the category key of a metric).</summary>
    public static string Wire<T>(T value)
        where T : struct, Enum => Risk.Wire.Name(value);
}
