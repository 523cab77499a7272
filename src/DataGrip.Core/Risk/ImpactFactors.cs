using System;
using System.Collections.Immutable;
using DataGrip.Core.Facts;
using DataGrip.Core.Model;

namespace DataGrip.Core.Risk;

/// <summary>
/// A weighted factor of the impact level: a risk factor (raw risk points, <c>DG-R1xx</c>) or a mitigation
/// (<c>DG-R2xx</c>), after Canada's Algorithmic Impact Assessment.
/// </summary>
public sealed class ImpactFactor
{
    private readonly Func<ProjectFacts, (int Points, string Detail)> evaluate;

    internal ImpactFactor(string code, string key, string pointer, int maxPoints, string english, string dutch, Func<ProjectFacts, (int Points, string Detail)> evaluate)
    {
        Code = code;
        IsMitigation = code.StartsWith("DG-R2", StringComparison.Ordinal);
        Key = key;
        Pointer = pointer;
        MaxPoints = maxPoints;
        English = english;
        Dutch = dutch;
        this.evaluate = evaluate;
    }

    /// <summary>The stable code.</summary>
    public string Code { get; }

    /// <summary>A stable short name, such as <c>automationLevel</c>.</summary>
    public string Key { get; }

    /// <summary>The JSON Pointer (relative to the project) of the field it reads.</summary>
    public string Pointer { get; }

    /// <summary>The most points it can give.</summary>
    public int MaxPoints { get; }

    /// <summary>Whether it is a mitigation (lowers the level) rather than a risk factor.</summary>
    public bool IsMitigation { get; }

    /// <summary>Its name in English.</summary>
    public string English { get; }

    /// <summary>Its name in Dutch.</summary>
    public string Dutch { get; }

    /// <summary>The points, or <see cref="Unknown"/> when the registration does not answer it, and the answer found.</summary>
    internal (int Points, string Detail) Evaluate(ProjectFacts facts) => evaluate(facts);

    internal const int Unknown = -1;
}

/// <summary>
/// The factor table. Risk factors: an unanswered one counts its maximum (and 0 for the lowest level). Mitigations: an
/// absent one counts 0; one whose answer is missing (automation level, bias testing) counts 0 for the level acted on
/// and its maximum for the lowest.
/// </summary>
internal static class ImpactFactors
{
    private const int Unknown = ImpactFactor.Unknown;

    public static readonly ImmutableArray<ImpactFactor> All =
    [
        new("DG-R101", "automationLevel", "/oversight/automationLevel", 4, "Automation level", "Mate van automatisering", f => f.Project.Oversight?.AutomationLevel switch
        {
            null => (Unknown, ""),
            AutomationLevel.None => (0, "none"),
            AutomationLevel.DecisionSupport => (1, "decisionSupport"),
            AutomationLevel.Partial => (2, "partial"),
            _ => (4, "full"),
        }),
        new("DG-R102", "legalEffects", "/oversight/legalEffects", 4, "Legal effects for people", "Rechtsgevolgen voor mensen", f => YesNo(f.LegalEffects, 4)),
        new("DG-R103", "reversibility", "/risk/factors/reversibility", 4, "Reversibility of the effects", "Omkeerbaarheid van de gevolgen", f => f.Factors?.Reversibility switch
        {
            // Effects on people need no personal data: unanswered, it stays open.
            null => (Unknown, ""),
            Reversibility.Reversible => (0, "reversible"),
            Reversibility.HardToReverse => (2, "hardToReverse"),
            _ => (4, "irreversible"),
        }),
        new("DG-R104", "vulnerableSubjects", "/data/subjects", 3, "Vulnerable data subjects", "Kwetsbare betrokkenen", f => YesNo(f.Vulnerable, 3)),
        new("DG-R105", "specialCategories", "/data/sources", 3, "Special categories of personal data", "Bijzondere persoonsgegevens", f =>
            f.Special != 0 ? (3, f.SpecialCount.ToString(System.Globalization.CultureInfo.InvariantCulture)) : f.CategoriesKnown ? (0, "0") : (Unknown, "")),
        new("DG-R106", "criminalData", "/data/sources", 3, "Criminal offence data", "Strafrechtelijke gegevens", f => YesNo(f.Criminal, 3)),
        new("DG-R107", "sensitiveCategories", "/data/sources", 2, "Sensitive personal data (BSN, financial, location, communication)", "Gevoelige persoonsgegevens (BSN, financieel, locatie, communicatie)", f =>
            f.Sensitive != 0 ? (2, f.SensitiveCount.ToString(System.Globalization.CultureInfo.InvariantCulture)) : f.CategoriesKnown ? (0, "0") : (Unknown, "")),
        new("DG-R108", "largeScale", "/data/atLeast10000Subjects", 2, "10,000 or more data subjects", "10.000 of meer betrokkenen", f => NoPeople(f) ? (0, "noPersonalData") : YesNo(f.Project.Data?.AtLeast10000Subjects, 2)),
        new("DG-R109", "combinesDataSets", "/risk/factors/combinesDataSets", 2, "Data sets matched or combined", "Gegevensbestanden gekoppeld", f => YesNo(f.CombinesDataSets, 2)),
        new("DG-R110", "personalBaseRegistry", "/data/sources", 2, "Personal data from a base registry (BRP, BRI, BRK, BRV, WOZ, HR)", "Persoonsgegevens uit een basisregistratie (BRP, BRI, BRK, BRV, WOZ, HR)", f => NoPeople(f) ? (0, "noPersonalData") : YesNo(f.PersonalRegistry, 2)),
        new("DG-R111", "continuesLearning", "/risk/factors/continuesLearning", 3, "Keeps learning while in use", "Blijft leren tijdens gebruik", f => YesNo(f.Factors?.ContinuesLearning ?? (f.Learning == false ? false : null), 3)),
        new("DG-R112", "hardToExplain", "/risk/factors/hardToExplain", 3, "Outcome hard to explain", "Uitkomst moeilijk uit te leggen", f => YesNo(f.Factors?.HardToExplain ?? (f.Learning == false ? false : null), 3)),
        new("DG-R113", "externalSupplier", "/suppliers", 1, "Built or run by an external supplier", "Gebouwd of beheerd door een externe leverancier", f => f.Project.Suppliers.IsDefaultOrEmpty ? (0, "0") : (1, f.Project.Suppliers.Length.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        new("DG-R114", "internationalTransfer", "/data/internationalTransfer", 2, "Personal data transferred abroad", "Persoonsgegevens naar het buitenland", f => NoPeople(f) ? (0, "noPersonalData") : f.Project.Data?.InternationalTransfer switch
        {
            null => (Unknown, ""),
            InternationalTransfer.None => (0, "none"),
            InternationalTransfer.WithinEea => (1, "withinEea"),
            _ => (2, "outsideEea"),
        }),
        new("DG-R115", "profiling", "/risk/factors/profiling", 3, "Profiling of people", "Profilering van mensen", f => YesNo(f.Profiling, 3)),
        new("DG-R116", "predictiveUse", "/technique/useType", 2, "Predictive or prescriptive use", "Voorspellend of voorschrijvend gebruik", f => f.Project.Technique?.UseType switch
        {
            null => (Unknown, ""),
            UseType.Predictive => (2, "predictive"),
            UseType.Prescriptive => (2, "prescriptive"),
            var other => (0, Wire.Name(other.Value)),
        }),
        new("DG-R117", "systematicMonitoring", "/risk/factors/systematicMonitoring", 2, "Systematic monitoring of people", "Stelselmatige monitoring van mensen", f => NoPeople(f) ? (0, "noPersonalData") : YesNo(f.Factors?.SystematicMonitoring, 2)),

        new("DG-R201", "dpiaDone", "/risk/assessments", 3, "DPIA done", "DPIA uitgevoerd", f => Done(f, AssessmentType.Dpia, 3)),
        new("DG-R202", "rightsAssessmentDone", "/risk/assessments", 3, "IAMA, FRIA or AIIA done", "IAMA, FRIA of AIIA uitgevoerd", f =>
            Done(f, AssessmentType.Iama, 3) is { Item1: > 0 } iama ? iama : Done(f, AssessmentType.Fria, 3) is { Item1: > 0 } fria ? fria : Done(f, AssessmentType.Aiia, 3)),
        new("DG-R203", "humanFinalDecision", "/oversight/automationLevel", 3, "A person takes the final decision", "Een mens neemt het eindbesluit", f => f.Project.Oversight?.AutomationLevel switch
        {
            AutomationLevel.None => (3, "none"),
            AutomationLevel.DecisionSupport => (3, "decisionSupport"),
            null => (Unknown, ""),
            _ => (0, ""),
        }),
        new("DG-R204", "audit", "/transparency/audits", 2, "Audited", "Geaudit", f => f.Project.Transparency is { Audits.IsDefaultOrEmpty: false } ? (2, "audit") : (0, "")),
        new("DG-R205", "monitoring", "/oversight/monitoring", 2, "Monitoring in place", "Monitoring ingericht", f => Text(f.Project.Oversight?.Monitoring, 2)),
        new("DG-R206", "registerPublication", "/transparency/register", 1, "Published in the Algoritmeregister", "Gepubliceerd in het Algoritmeregister", f =>
            f.Project.Transparency?.Register is { } register && (!string.IsNullOrWhiteSpace(register.RegisterId) || !string.IsNullOrWhiteSpace(register.Link)) ? (1, "published") : (0, "")),
        new("DG-R207", "objectionProcedure", "/oversight/objectionProcedure", 2, "Objection procedure described", "Bezwaarprocedure beschreven", f => Text(f.Project.Oversight?.ObjectionProcedure, 2)),
        new("DG-R208", "biasTested", "/risk/factors/biasTested", 2, "Tested for bias", "Getest op vooringenomenheid", f => f.Factors?.BiasTested switch { true => (2, "yes"), false => (0, ""), null => (Unknown, "") }),
    ];

    public static readonly int MaxRaw = Sum(mitigation: false);

    public static readonly int MaxMitigation = Sum(mitigation: true);

    private static bool NoPeople(ProjectFacts facts) => facts.PersonalData == false;

    private static (int, string) YesNo(bool? value, int points) => value switch
    {
        null => (Unknown, ""),
        true => (points, "yes"),
        false => (0, "no"),
    };

    private static (int, string) Text(string? value, int points) => string.IsNullOrWhiteSpace(value) ? (0, "") : (points, "described");

    private static (int, string) Done(ProjectFacts facts, AssessmentType type, int points)
    {
        foreach (var assessment in facts.Project.Risk?.Assessments ?? [])
        {
            if (assessment is not null && assessment.Type == type && assessment.Status == AssessmentStatus.Done)
            {
                return (points, Wire.Name(type));
            }
        }

        return (0, "");
    }

    private static int Sum(bool mitigation)
    {
        var sum = 0;
        foreach (var factor in All)
        {
            if (factor.IsMitigation == mitigation)
            {
                sum += factor.MaxPoints;
            }
        }

        return sum;
    }
}
