using System;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using DataGrip.Core;
using DataGrip.Core.Analysis;
using DataGrip.Core.Model;
using DataGrip.Core.Risk;
using DataGrip.Core.Serialization;

namespace DataGrip.Sample;

/// <summary>The <c>risk</c> command.</summary>
public static partial class Cli
{
    internal static int Risk(string file, string? frameworkFile, bool inference, bool json, CultureInfo culture, string? explain, TextWriter output, TextWriter error)
    {
        var dutch = Dutch(culture);
        var framework = RiskFramework.Default;
        if (frameworkFile is not null)
        {
            if (ReadFramework(frameworkFile, culture, error) is not { } read)
            {
                return UsageOrIo;
            }

            framework = read;
        }

        if (ReadExport(file, culture, error, out var failed) is not { } export)
        {
            return failed;
        }

        // One call for every project: the risk assessment against the chosen framework.
        var analyzer = new ProjectAnalyzer(new DataGripOptions { Risk = new RiskOptions { Framework = framework, InferAnswers = inference } });
        var analysis = analyzer.Analyze(export, new AnalysisOptions { Completeness = false, Publishability = false, OverlapNeighbours = 0 });
        var results = analysis.Projects.Select(p => p.Risk!).ToImmutableArray();
        if (explain is not null)
        {
            if (analysis.Find(explain) is not { Risk: { } risk })
            {
                error.WriteLine(dutch ? $"Project '{explain}' staat niet in {file}." : $"Project '{explain}' is not in {file}.");
                return UsageOrIo;
            }

            ExplainRisk(output, export.Projects.First(p => p.Id == explain), risk, json, culture);
            return risk.Findings.Any(f => f.Severity == Severity.Error) ? Invalid : Valid;
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
                r.AiAct.IsDetermined ? Labels.Get(r.AiAct.Class, culture) : Labels.Get(r.AiAct.LowestClass, culture) + " – " + Labels.Get(r.AiAct.HighestClass, culture),
                DpiaText(r.Dpia, culture),
                r.PublicationCategory.IsDetermined ? Letter(r.PublicationCategory.Category) : Letter(r.PublicationCategory.LeastStrict) + "–" + Letter(r.PublicationCategory.Strictest),
                LevelText(r.Impact),
                r.Excluded ? (dutch ? "uitgesloten" : "excluded") : Labels.Get(r.Framework.Verdict, culture),
                r.Inferred.Length.ToString(CultureInfo.InvariantCulture),
                r.Findings.Count(f => f.Severity == Severity.Error).ToString(CultureInfo.InvariantCulture),
                r.Findings.Count(f => f.Severity == Severity.Warning).ToString(CultureInfo.InvariantCulture),
            }).ToList();
            WriteTable(output, header, rows);
            output.WriteLine();
            var ranges = string.Join(", ", results.GroupBy(r => LevelText(r.Impact)).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"));
            var determined = results.Where(r => r.Impact.IsDetermined).ToList();
            var levels = string.Join(", ", Enum.GetValues<ImpactLevel>().Select(l => $"{l} {determined.Count(r => r.Impact.Level == l)}"));
            var dpia = string.Join(", ", Enum.GetValues<DpiaOutcome>().Select(o => $"{Labels.Get(o, culture)} {results.Count(r => r.Dpia.Outcome == o)}"));
            var verdicts = string.Join(", ", Enum.GetValues<CouncilVerdict>().Select(v => $"{Labels.Get(v, culture)} {results.Count(r => r.Framework.Verdict == v)}"));
            var inferred = results.Sum(r => r.Inferred.Length);
            output.WriteLine(dutch
                ? $"{Path.GetFileName(file)}: {Plural(results.Length, "project", "projecten", culture)} tegen '{framework.Name}'."
                : $"{Path.GetFileName(file)}: {Plural(results.Length, "project", "projects", culture)} against '{framework.Name}'.");
            output.WriteLine(dutch ? $"Niveaus (bereik): {ranges}." : $"Levels (range): {ranges}.");
            output.WriteLine(dutch
                ? $"Niveau vastgesteld: {determined.Count} ({levels}); onbepaald: {results.Length - determined.Count}."
                : $"Level determined: {determined.Count} ({levels}); undetermined: {results.Length - determined.Count}.");
            output.WriteLine($"DPIA: {dpia}.");
            output.WriteLine(dutch
                ? $"Raad: {verdicts}; uitgesloten: {results.Count(r => r.Excluded)}; raadsbesluit nodig bij het hoogste niveau: {results.Count(r => r.CouncilDecisionRequired)}."
                : $"Council: {verdicts}; excluded: {results.Count(r => r.Excluded)}; council decision needed at the highest level: {results.Count(r => r.CouncilDecisionRequired)}.");
            output.WriteLine(dutch
                ? $"Afgeleide antwoorden: {inferred} in {Plural(results.Count(r => !r.Inferred.IsEmpty), "project", "projecten", culture)} (het afleiden kan in de opties van de beoordeling uit)."
                : $"Inferred answers: {inferred} in {Plural(results.Count(r => !r.Inferred.IsEmpty), "project", "projects", culture)} (switch off with RiskOptions.InferAnswers).");
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
            ? $"AI-verordening: {Labels.Get(result.AiAct.Class, culture)}; DPIA: {Labels.Get(result.Dpia.Outcome, culture)} (risicoscore {result.Dpia.RiskScore}); categorie {Letter(result.PublicationCategory.Category)}; impactniveau {result.Impact.Level} ({result.Impact.Score} van {result.Impact.MaxRawScore}, maatregelen {result.Impact.MitigationScore} van {result.Impact.MaxMitigationScore})."
            : $"AI Act: {Labels.Get(result.AiAct.Class, culture)}; DPIA: {Labels.Get(result.Dpia.Outcome, culture)} (risk score {result.Dpia.RiskScore}); category {Letter(result.PublicationCategory.Category)}; impact level {result.Impact.Level} ({result.Impact.Score} of {result.Impact.MaxRawScore}, mitigation {result.Impact.MitigationScore} of {result.Impact.MaxMitigationScore}).");
        output.WriteLine(dutch
            ? $"Niveau {obligations.Level}: goedkeuring door {Labels.Get(obligations.Approver, culture)}, {Plural(obligations.PeerReviewers, "externe beoordelaar", "externe beoordelaars", culture)}, menselijk eindbesluit {(obligations.HumanFinalDecision ? "ja" : "nee")}."
            : $"Level {obligations.Level}: approved by {Labels.Get(obligations.Approver, culture)}, {Plural(obligations.PeerReviewers, "peer reviewer", "peer reviewers", culture)}, human final decision {(obligations.HumanFinalDecision ? "yes" : "no")}.");
        if (!result.AiAct.Obligations.IsEmpty)
        {
            output.WriteLine((dutch ? "Verplichtingen AI-verordening als " : "AI Act obligations as ") + Labels.Get(result.AiAct.Role, culture) + ": " + string.Join(", ", result.AiAct.Obligations.Select(o => Labels.Get(o, culture))));
        }

        output.WriteLine(dutch
            ? $"Bereik: niveau {LevelText(result.Impact)}, DPIA {DpiaText(result.Dpia, culture)}, raad: {Labels.Get(result.Framework.Verdict, culture)}."
            : $"Range: level {LevelText(result.Impact)}, DPIA {DpiaText(result.Dpia, culture)}, council: {Labels.Get(result.Framework.Verdict, culture)}.");
        if (!result.NextQuestions.IsEmpty)
        {
            output.WriteLine(dutch ? "Volgende vragen (wat ze kunnen veranderen):" : "Next questions (what they can change):");
            foreach (var question in result.NextQuestions)
            {
                var points = dutch ? Plural(question.ImpactPoints, "risicopunt", "risicopunten", culture) : Plural(question.ImpactPoints, "risk point", "risk points", culture);
                output.WriteLine($"  {question.Pointer}: {Labels.Get(question.Changes, culture)}{(question.ImpactPoints > 0 ? ", " + points : "")}");
            }
        }

        foreach (var answer in result.Inferred)
        {
            output.WriteLine(dutch
                ? $"Afgeleid: {answer.Pointer} = '{answer.Value}' uit {answer.Field}: \u201c{answer.Quote}\u201d"
                : $"Inferred: {answer.Pointer} = {answer.Value} from {answer.Field}: \u201c{answer.Quote}\u201d");
        }

        output.WriteLine();
        WriteFindings(output, result.Explain(), culture);
    }


    private static string LevelText(ImpactResult impact) => impact.IsDetermined ? impact.Level.ToString() : $"{impact.LowestLevel}–{impact.Level}";

    private static string DpiaText(DpiaPrescanResult dpia, CultureInfo culture) => dpia.IsDetermined
        ? Labels.Get(dpia.Outcome, culture)
        : $"{Labels.Get(dpia.Outcome, culture)} ({Labels.Get(dpia.LowestOutcome, culture)}–{Labels.Get(dpia.HighestOutcome, culture)})";

    private static Func<RiskAssessment, object> RiskJson(CultureInfo culture, bool withReasons) => r => new
    {
        id = r.ProjectId,
        aiAct = new { @class = Camel(r.AiAct.Class), lowestClass = Camel(r.AiAct.LowestClass), highestClass = Camel(r.AiAct.HighestClass), determined = r.AiAct.IsDetermined, decidingAnswers = r.AiAct.DecidingAnswers, area = r.AiAct.Area is { } a ? Camel(a) : null, transparencyObligation = r.AiAct.TransparencyObligation, role = Camel(r.AiAct.Role), obligations = r.AiAct.Obligations.Select(Camel) },
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
            dtiaDetermined = r.Dpia.DtiaDetermined,
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



}
