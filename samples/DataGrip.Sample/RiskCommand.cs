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
    private static int Risk(string file, string? frameworkFile, bool inference, bool json, CultureInfo culture, string? explain, TextWriter output, TextWriter error)
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

        var results = new RiskAssessor(new RiskOptions { Framework = framework, InferAnswers = inference }).Assess(export);
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
                ? new[] { "Project", "AI-verordening", "DPIA", "Categorie", "Niveau", "Raad", "Afgeleid", "Fouten", "Waarschuwingen" }
                : new[] { "Project", "AI Act", "DPIA", "Category", "Level", "Council", "Inferred", "Errors", "Warnings" };
            var rows = results.Select(r => new[]
            {
                r.ProjectId,
                r.AiAct.IsDetermined ? ClassName(r.AiAct.Class, dutch) : ClassName(r.AiAct.LowestClass, dutch) + " – " + ClassName(r.AiAct.HighestClass, dutch),
                DpiaText(r.Dpia, dutch),
                r.PublicationCategory.IsDetermined ? Letter(r.PublicationCategory.Category) : Letter(r.PublicationCategory.LeastStrict) + "–" + Letter(r.PublicationCategory.Strictest),
                LevelText(r.Impact),
                r.Excluded ? (dutch ? "uitgesloten" : "excluded") : VerdictName(r.Framework.Verdict, dutch),
                r.Inferred.Length.ToString(CultureInfo.InvariantCulture),
                r.Findings.Count(f => f.Severity == Severity.Error).ToString(CultureInfo.InvariantCulture),
                r.Findings.Count(f => f.Severity == Severity.Warning).ToString(CultureInfo.InvariantCulture),
            }).ToList();
            WriteTable(output, header, rows);
            output.WriteLine();
            var ranges = string.Join(", ", results.GroupBy(r => LevelText(r.Impact)).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"));
            var determined = results.Where(r => r.Impact.IsDetermined).ToList();
            var levels = string.Join(", ", Enum.GetValues<ImpactLevel>().Select(l => $"{l} {determined.Count(r => r.Impact.Level == l)}"));
            var dpia = string.Join(", ", Enum.GetValues<DpiaOutcome>().Select(o => $"{OutcomeName(o, dutch)} {results.Count(r => r.Dpia.Outcome == o)}"));
            var verdicts = string.Join(", ", Enum.GetValues<CouncilVerdict>().Select(v => $"{VerdictName(v, dutch)} {results.Count(r => r.Framework.Verdict == v)}"));
            var inferred = results.Sum(r => r.Inferred.Length);
            output.WriteLine(dutch
                ? $"{Path.GetFileName(file)}: {results.Length} projecten tegen '{framework.Name}'."
                : $"{Path.GetFileName(file)}: {results.Length} projects against '{framework.Name}'.");
            output.WriteLine(dutch ? $"Niveaus (bereik): {ranges}." : $"Levels (range): {ranges}.");
            output.WriteLine(dutch
                ? $"Niveau vastgesteld: {determined.Count} ({levels}); onbepaald: {results.Length - determined.Count}."
                : $"Level determined: {determined.Count} ({levels}); undetermined: {results.Length - determined.Count}.");
            output.WriteLine($"DPIA: {dpia}.");
            output.WriteLine(dutch
                ? $"Raad: {verdicts}; uitgesloten: {results.Count(r => r.Excluded)}; raadsbesluit nodig bij het hoogste niveau: {results.Count(r => r.CouncilDecisionRequired)}."
                : $"Council: {verdicts}; excluded: {results.Count(r => r.Excluded)}; council decision needed at the highest level: {results.Count(r => r.CouncilDecisionRequired)}.");
            output.WriteLine(dutch
                ? $"Afgeleide antwoorden: {inferred} in {Plural(results.Count(r => !r.Inferred.IsEmpty), "project", "projecten")} (het afleiden kan in de opties van de beoordeling uit)."
                : $"Inferred answers: {inferred} in {Plural(results.Count(r => !r.Inferred.IsEmpty), "project", "projects")} (switch off with RiskOptions.InferAnswers).");
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

        output.WriteLine(dutch
            ? $"Bereik: niveau {LevelText(result.Impact)}, DPIA {DpiaText(result.Dpia, dutch)}, raad: {VerdictName(result.Framework.Verdict, dutch)}."
            : $"Range: level {LevelText(result.Impact)}, DPIA {DpiaText(result.Dpia, dutch)}, council: {VerdictName(result.Framework.Verdict, dutch)}.");
        if (!result.NextQuestions.IsEmpty)
        {
            output.WriteLine(dutch ? "Volgende vragen (wat ze kunnen veranderen):" : "Next questions (what they can change):");
            foreach (var question in result.NextQuestions)
            {
                var points = question.ImpactPoints == 1 ? (dutch ? "1 risicopunt" : "1 risk point") : dutch ? $"{question.ImpactPoints} risicopunten" : $"{question.ImpactPoints} risk points";
                output.WriteLine($"  {question.Pointer}: {ChangesText(question.Changes, dutch)}{(question.ImpactPoints > 0 ? ", " + points : "")}");
            }
        }

        foreach (var answer in result.Inferred)
        {
            output.WriteLine(dutch
                ? $"Afgeleid: {answer.Pointer} = {answer.Value} uit {answer.Field}: \u201c{answer.Quote}\u201d"
                : $"Inferred: {answer.Pointer} = {answer.Value} from {answer.Field}: \u201c{answer.Quote}\u201d");
        }

        output.WriteLine();
        WriteFindings(output, result.Explain(), culture);
    }

    private static string ChangesText(RiskOutcomes changes, bool dutch) => string.Join(", ", new[]
    {
        (RiskOutcomes.ImpactLevel, "impactniveau", "impact level"),
        (RiskOutcomes.Dpia, "DPIA", "DPIA"),
        (RiskOutcomes.PublicationCategory, "categorie", "category"),
        (RiskOutcomes.AiActClass, "klasse AI-verordening", "AI Act class"),
        (RiskOutcomes.CouncilVerdict, "oordeel raad", "council verdict"),
    }.Where(o => changes.HasFlag(o.Item1)).Select(o => dutch ? o.Item2 : o.Item3));

    private static string Plural(int count, string one, string many) => count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? one : many);

    private static string LevelText(ImpactResult impact) => impact.IsDetermined ? impact.Level.ToString() : $"{impact.LowestLevel}–{impact.Level}";

    private static string DpiaText(DpiaPrescanResult dpia, bool dutch) => dpia.IsDetermined
        ? OutcomeName(dpia.Outcome, dutch)
        : $"{OutcomeName(dpia.Outcome, dutch)} ({OutcomeName(dpia.LowestOutcome, dutch)}–{OutcomeName(dpia.HighestOutcome, dutch)})";

    private static string VerdictName(CouncilVerdict verdict, bool dutch) => (verdict, dutch) switch
    {
        (CouncilVerdict.MustDecide, true) => "besluit nodig",
        (CouncilVerdict.MustDecide, false) => "decision needed",
        (CouncilVerdict.DependsOnAnswers, true) => "hangt af van antwoorden",
        (CouncilVerdict.DependsOnAnswers, false) => "depends on answers",
        (_, true) => "niet nodig",
        _ => "not needed",
    };

    private static Func<RiskAssessment, object> RiskJson(CultureInfo culture, bool withReasons) => r => new
    {
        id = r.ProjectId,
        aiAct = new { @class = Camel(r.AiAct.Class), lowestClass = Camel(r.AiAct.LowestClass), highestClass = Camel(r.AiAct.HighestClass), determined = r.AiAct.IsDetermined, decidingAnswers = r.AiAct.DecidingAnswers, area = r.AiAct.Area is { } a ? Camel(a) : null, transparencyObligation = r.AiAct.TransparencyObligation, obligations = r.AiAct.Obligations.Select(Camel) },
        dpia = new
        {
            outcome = Camel(r.Dpia.Outcome),
            lowestOutcome = Camel(r.Dpia.LowestOutcome),
            highestOutcome = Camel(r.Dpia.HighestOutcome),
            determined = r.Dpia.IsDetermined,
            decidingAnswers = r.Dpia.DecidingAnswers,
            riskScore = r.Dpia.RiskScore,
            worstCaseRiskScore = r.Dpia.WorstCaseRiskScore,
            apList = r.Dpia.ApList.Select(Camel),
            edpbCriteria = r.Dpia.EdpbCriteria.Select(Camel),
            missingAnswers = r.Dpia.MissingAnswers,
            dtiaRequired = r.Dpia.DtiaRequired,
            kiaRecommended = r.Dpia.KiaRecommended,
            iamaRecommended = r.Dpia.IamaRecommended,
        },
        publicationCategory = new { category = Letter(r.PublicationCategory.Category), leastStrict = Letter(r.PublicationCategory.LeastStrict), strictest = Letter(r.PublicationCategory.Strictest), determined = r.PublicationCategory.IsDetermined, decidingAnswers = r.PublicationCategory.DecidingAnswers, triggers = r.PublicationCategory.Triggers.Select(Camel), inDoubt = r.PublicationCategory.InDoubt },
        impact = new
        {
            level = r.Impact.Level.ToString(),
            lowestLevel = r.Impact.LowestLevel.ToString(),
            determined = r.Impact.IsDetermined,
            decidingAnswers = r.Impact.DecidingAnswers,
            lowestScore = r.Impact.LowestScore,
            rawScore = r.Impact.RawScore,
            maxRawScore = r.Impact.MaxRawScore,
            mitigationScore = r.Impact.MitigationScore,
            maxMitigationScore = r.Impact.MaxMitigationScore,
            deductionApplied = r.Impact.DeductionApplied,
            score = r.Impact.Score,
            approver = Camel(r.Impact.Obligations.Approver),
        },
        councilDecisionRequired = r.CouncilDecisionRequired,
        council = new { verdict = Camel(r.Framework.Verdict), clauses = r.Framework.Clauses, questions = r.Framework.Questions },
        nextQuestions = r.NextQuestions.Select(q => new { pointer = q.Pointer, changes = q.Changes.ToString(), impactPoints = q.ImpactPoints }),
        inferred = r.Inferred.Select(a => new { pointer = a.Pointer, value = a.Value, field = a.Field, quote = a.Quote }),
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
