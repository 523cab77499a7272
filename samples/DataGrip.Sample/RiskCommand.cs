using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using DataGrip.Core;
using DataGrip.Core.Model;
using DataGrip.Core.Risk;
using DataGrip.Core.Serialization;

namespace DataGrip.Sample;

/// <summary>The <c>risk</c> command.</summary>
public static partial class Cli
{
    private static int Risk(string file, string? frameworkFile, bool json, CultureInfo culture, string? explain, TextWriter output, TextWriter error)
    {
        var dutch = Dutch(culture);
        var framework = RiskFramework.Default;
        if (frameworkFile is not null)
        {
            try
            {
                using var frameworkStream = Cli.Open(frameworkFile);
                framework = RiskFramework.Load(frameworkStream);
            }
            catch (InvalidDataException ex)
            {
                error.WriteLine($"{frameworkFile}: {ex.Message}");
                return UsageOrIo;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                error.WriteLine($"Cannot read '{frameworkFile}': {ex.Message}");
                return UsageOrIo;
            }
        }

        ProjectExport? export;
        using (var stream = Cli.Open(file))
        {
            export = ReadExport(stream, file, culture, error);
        }

        if (export is null)
        {
            return Invalid;
        }

        var results = new RiskAssessor(new RiskOptions { Framework = framework }).Assess(export);
        if (explain is not null)
        {
            var index = export.Projects.Select(p => p.Id).ToList().IndexOf(explain);
            if (index < 0)
            {
                error.WriteLine(dutch ? $"Project '{explain}' staat niet in {file}." : $"Project '{explain}' is not in {file}.");
                return UsageOrIo;
            }

            ExplainRisk(output, export.Projects[index], results[index], json, culture);
            return results[index].Findings.Any(f => f.Severity == Severity.Error) ? Invalid : Valid;
        }

        if (json)
        {
            output.WriteLine(JsonSerializer.Serialize(new
            {
                file,
                framework = framework.Name,
                projects = results.Select(RiskJson(culture, withReasons: false)),
            }, JsonOutput));
        }
        else
        {
            var header = dutch
                ? new[] { "Project", "AI-verordening", "DPIA", "Categorie", "Niveau", "Raad", "Fouten", "Waarschuwingen" }
                : new[] { "Project", "AI Act", "DPIA", "Category", "Level", "Council", "Errors", "Warnings" };
            var rows = results.Select(r => new[]
            {
                r.ProjectId,
                ClassName(r.AiAct.Class, dutch) + (r.Reasons.Any(x => x.Code is RiskCodes.AiSystemAssumed or RiskCodes.AnnexAreaNotStated) ? " (?)" : ""),
                OutcomeName(r.Dpia.Outcome, dutch),
                Letter(r.PublicationCategory.Category) + (r.PublicationCategory.InDoubt ? (dutch ? " (twijfel)" : " (doubt)") : ""),
                r.Impact.Level.ToString(),
                r.Excluded ? (dutch ? "uitgesloten" : "excluded") : r.CouncilDecisionRequired ? (dutch ? "besluit nodig" : "decision needed") : "–",
                r.Findings.Count(f => f.Severity == Severity.Error).ToString(CultureInfo.InvariantCulture),
                r.Findings.Count(f => f.Severity == Severity.Warning).ToString(CultureInfo.InvariantCulture),
            }).ToList();
            WriteTable(output, header, rows);
            output.WriteLine();
            var levels = string.Join(", ", Enum.GetValues<ImpactLevel>().Select(l => $"{l} {results.Count(r => r.Impact.Level == l)}"));
            output.WriteLine(dutch
                ? $"{Path.GetFileName(file)}: {results.Length} projecten tegen '{framework.Name}'. Niveaus: {levels}. Raadsbesluit nodig: {results.Count(r => r.CouncilDecisionRequired)}; uitgesloten: {results.Count(r => r.Excluded)}."
                : $"{Path.GetFileName(file)}: {results.Length} projects against '{framework.Name}'. Levels: {levels}. Council decision needed: {results.Count(r => r.CouncilDecisionRequired)}; excluded: {results.Count(r => r.Excluded)}.");
            output.WriteLine(dutch ? "Elke reden van één project: --explain <id>." : "Every reason of one project: --explain <id>.");
        }

        return results.Any(r => r.Findings.Any(f => f.Severity == Severity.Error)) ? Invalid : Valid;
    }

    private static void ExplainRisk(TextWriter output, DataProject project, RiskAssessment result, bool json, CultureInfo culture)
    {
        if (json)
        {
            output.WriteLine(JsonSerializer.Serialize(RiskJson(culture, withReasons: true)(result), JsonOutput));
            return;
        }

        var dutch = Dutch(culture);
        var obligations = result.Impact.Obligations;
        output.WriteLine($"{project.Name} ({result.ProjectId})");
        output.WriteLine(dutch
            ? $"AI-verordening: {ClassName(result.AiAct.Class, dutch)}; DPIA: {OutcomeName(result.Dpia.Outcome, dutch)} (risicoscore {result.Dpia.RiskScore}); categorie {Letter(result.PublicationCategory.Category)}; impactniveau {result.Impact.Level} ({result.Impact.Score} van {result.Impact.MaxRawScore}, maatregelen {result.Impact.MitigationScore} van {result.Impact.MaxMitigationScore})."
            : $"AI Act: {ClassName(result.AiAct.Class, dutch)}; DPIA: {OutcomeName(result.Dpia.Outcome, dutch)} (risk score {result.Dpia.RiskScore}); category {Letter(result.PublicationCategory.Category)}; impact level {result.Impact.Level} ({result.Impact.Score} of {result.Impact.MaxRawScore}, mitigation {result.Impact.MitigationScore} of {result.Impact.MaxMitigationScore}).");
        output.WriteLine(dutch
            ? $"Niveau {obligations.Level}: goedkeuring door {ApproverName(obligations.Approver, dutch)}, {obligations.PeerReviewers} externe beoordelaar(s), menselijk eindbesluit {(obligations.HumanFinalDecision ? "ja" : "nee")}."
            : $"Level {obligations.Level}: approved by {ApproverName(obligations.Approver, dutch)}, {obligations.PeerReviewers} peer reviewer(s), human final decision {(obligations.HumanFinalDecision ? "yes" : "no")}.");
        if (!result.AiAct.Obligations.IsEmpty)
        {
            output.WriteLine((dutch ? "Verplichtingen AI-verordening: " : "AI Act obligations: ") + string.Join(", ", result.AiAct.Obligations.Select(Camel)));
        }

        output.WriteLine();
        WriteFindings(output, result.Explain(), culture);
    }

    private static Func<RiskAssessment, object> RiskJson(CultureInfo culture, bool withReasons) => r => new
    {
        id = r.ProjectId,
        aiAct = new { @class = Camel(r.AiAct.Class), area = r.AiAct.Area is { } a ? Camel(a) : null, transparencyObligation = r.AiAct.TransparencyObligation, obligations = r.AiAct.Obligations.Select(Camel) },
        dpia = new
        {
            outcome = Camel(r.Dpia.Outcome),
            riskScore = r.Dpia.RiskScore,
            worstCaseRiskScore = r.Dpia.WorstCaseRiskScore,
            apList = r.Dpia.ApList.Select(Camel),
            edpbCriteria = r.Dpia.EdpbCriteria.Select(Camel),
            missingAnswers = r.Dpia.MissingAnswers,
            dtiaRequired = r.Dpia.DtiaRequired,
            kiaRecommended = r.Dpia.KiaRecommended,
            iamaRecommended = r.Dpia.IamaRecommended,
        },
        publicationCategory = new { category = Letter(r.PublicationCategory.Category), triggers = r.PublicationCategory.Triggers.Select(Camel), inDoubt = r.PublicationCategory.InDoubt },
        impact = new
        {
            level = r.Impact.Level.ToString(),
            rawScore = r.Impact.RawScore,
            maxRawScore = r.Impact.MaxRawScore,
            mitigationScore = r.Impact.MitigationScore,
            maxMitigationScore = r.Impact.MaxMitigationScore,
            deductionApplied = r.Impact.DeductionApplied,
            score = r.Impact.Score,
            approver = Camel(r.Impact.Obligations.Approver),
        },
        councilDecisionRequired = r.CouncilDecisionRequired,
        excluded = r.Excluded,
        findings = (withReasons ? r.Explain() : r.Findings).Select(f => FindingJson(f, culture)),
    };

    private static string Letter(PublicationCategory category) => category switch
    {
        PublicationCategory.HighRiskAiSystem => "A",
        PublicationCategory.ImpactfulAlgorithm => "B",
        _ => "C",
    };

    private static string ClassName(AiActClass cls, bool dutch) => (cls, dutch) switch
    {
        (AiActClass.NotAnAiSystem, true) => "geen AI-systeem",
        (AiActClass.NotAnAiSystem, false) => "not an AI system",
        (AiActClass.Minimal, true) => "minimaal risico",
        (AiActClass.Minimal, false) => "minimal risk",
        (AiActClass.Transparency, true) => "transparantieplicht",
        (AiActClass.Transparency, false) => "transparency obligation",
        (AiActClass.HighRisk, true) => "hoog risico",
        (AiActClass.HighRisk, false) => "high-risk",
        (_, true) => "verboden",
        _ => "prohibited",
    };

    private static string OutcomeName(DpiaOutcome outcome, bool dutch) => (outcome, dutch) switch
    {
        (DpiaOutcome.Required, true) => "verplicht",
        (DpiaOutcome.Required, false) => "required",
        (DpiaOutcome.Recommended, true) => "aanbevolen",
        (DpiaOutcome.Recommended, false) => "recommended",
        (DpiaOutcome.NotRequired, true) => "niet nodig",
        (DpiaOutcome.NotRequired, false) => "not required",
        (_, true) => "onbepaald",
        _ => "undetermined",
    };

    private static string ApproverName(Approver approver, bool dutch) => (approver, dutch) switch
    {
        (Approver.Team, true) => "het team",
        (Approver.Team, false) => "the team",
        (Approver.CdoOffice, true) => "het CDO-office",
        (Approver.CdoOffice, false) => "the CDO office",
        (Approver.College, true) => "het college van B&W",
        (Approver.College, false) => "the college of mayor and aldermen",
        (_, true) => "de gemeenteraad",
        _ => "the municipal council",
    };
}
