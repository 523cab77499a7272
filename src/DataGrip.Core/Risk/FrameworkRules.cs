using System.Collections.Immutable;
using DataGrip.Core.Facts;
using DataGrip.Core.Model;

namespace DataGrip.Core.Risk;

/// <summary>
/// Evaluates a project against a council's <see cref="RiskFramework"/>. What the framework reserves for the council
/// is an Error without a council decision and an Info with one; what it excludes is always an Error; a clause that
/// cannot be checked for lack of an answer is a Warning. Every finding names its clause as a JSON Pointer into the
/// framework file.
/// </summary>
internal static class FrameworkRules
{
    private static readonly ImmutableArray<string> DataSources = ["/data/sources"];
    private static readonly ImmutableArray<string> AlgorithmTypeQuestion = ["/technique/algorithmType"];
    private static readonly FrameworkVerdict NotNeeded = new() { Verdict = CouncilVerdict.NotNeeded };

    private static FrameworkVerdict Verdicts(CouncilVerdict verdict, ImmutableArray<string> clauses, ImmutableArray<string> questions) =>
        verdict == CouncilVerdict.NotNeeded && clauses.IsEmpty ? NotNeeded : new FrameworkVerdict { Verdict = verdict, Clauses = clauses, Questions = questions };

    public static (bool CouncilDecisionRequired, bool Excluded, FrameworkVerdict Verdict) Evaluate(ProjectFacts facts, RiskFramework framework, ImpactResult impact, AiActResult aiAct, Reasons reasons)
    {
        var project = facts.Project;
        var decision = project.CouncilDecision;
        var council = false;
        var excluded = false;

        // What the given answers settle (must) and what the missing ones could still bring (clauses and questions).
        var must = false;
        ImmutableArray<string>.Builder? clauses = null;
        ImmutableArray<string>.Builder? questions = null;

        if (impact.Level > framework.MaxLevelWithoutCouncilDecision)
        {
            Council(RiskCodes.CouncilDecisionRequired, "", Wire.Name(impact.Level), "/maxImpactLevelWithoutCouncilDecision", Wire.Name(framework.MaxLevelWithoutCouncilDecision));
            Settle(impact.LowestLevel > framework.MaxLevelWithoutCouncilDecision, "/maxImpactLevelWithoutCouncilDecision", impact.DecidingAnswers);
        }

        if (framework.Excluded.AiActClasses.Contains(aiAct.Class))
        {
            Exclude(RiskCodes.AiActClassExcluded, "/risk/aiAct", Wire.Name(aiAct.Class), "/excluded/aiActClasses");
        }

        if (framework.CouncilDecision.AiActClasses.Contains(aiAct.Class))
        {
            Council(RiskCodes.AiActClassNeedsCouncil, "/risk/aiAct", Wire.Name(aiAct.Class), "/councilDecision/aiActClasses");
        }

        {
            // Every class the missing answers allow needs the council (must), or some do (depends).
            var all = true;
            var some = false;
            for (var c = aiAct.LowestClass; c <= aiAct.HighestClass; c++)
            {
                var needs = framework.CouncilDecision.AiActClasses.Contains(c);
                all &= needs;
                some |= needs;
            }

            if (some)
            {
                // The transparency obligation only moves a class between minimal and transparency.
                var open = framework.CouncilDecision.AiActClasses.Contains(AiActClass.Minimal) != framework.CouncilDecision.AiActClasses.Contains(AiActClass.Transparency)
                    ? aiAct.DecidingAnswers
                    : aiAct.DecidingAnswers.Remove(AiActRules.TransparencyPointer);
                Settle(all, "/councilDecision/aiActClasses", open);
            }
        }

        Data(framework.Excluded, "/excluded", exclude: true);
        Data(framework.CouncilDecision, "/councilDecision", exclude: false);
        Technique(framework.Excluded, "/excluded/techniques", exclude: true);
        Technique(framework.CouncilDecision, "/councilDecision/techniques", exclude: false);

        if (framework.RequiredAssessments.TryGetValue(impact.Level, out var required))
        {
            var clause = "/requiredAssessments/" + Wire.Name(impact.Level);
            foreach (var type in required)
            {
                if (!AssessmentGaps.IsDone(project, type, type == AssessmentType.Fria ? AssessmentType.Iama : null))
                {
                    reasons.Add(RiskCodes.FrameworkAssessmentMissing, AssessmentGaps.ByPhase(project), "/risk/assessments", 0, Wire.Name(type), clause);
                }
            }
        }

        if (!framework.NoPredictiveProfilingThemes.IsEmpty)
        {
            ProfilingThemes();
        }

        if (framework.HumanFinalDecisionFromLevel is { } from && impact.Level >= from)
        {
            const string clause = "/humanFinalDecisionFromLevel";
            switch (project.Oversight?.AutomationLevel)
            {
                case null:
                    reasons.Add(RiskCodes.FrameworkClauseUnknown, Severity.Warning, "/oversight/automationLevel", 0, "automationLevel", clause);
                    break;
                case AutomationLevel.Partial or AutomationLevel.Full:
                    reasons.Add(RiskCodes.HumanFinalDecisionRequired, AssessmentGaps.ByPhase(project), "/oversight/automationLevel", 0, Wire.Name(project.Oversight.AutomationLevel.Value), clause);
                    break;
            }
        }

        var verdict = must ? CouncilVerdict.MustDecide : clauses is { Count: > 0 } ? CouncilVerdict.DependsOnAnswers : CouncilVerdict.NotNeeded;
        var asked = verdict == CouncilVerdict.DependsOnAnswers && questions is not null ? questions.ToImmutable() : [];
        var named = clauses is null ? [] : clauses.ToImmutable();
        reasons.Info(RiskCodes.FrameworkVerdictDerived, "", asked.Length, Wire.Name(verdict), named.Length switch { 0 => "", 1 => named[0], _ => string.Join(" ", named) });
        return (council, excluded, Verdicts(verdict, named, asked));

        void Settle(bool settled, string clause, ImmutableArray<string> open)
        {
            clauses ??= ImmutableArray.CreateBuilder<string>();
            if (settled && !must)
            {
                must = true;
                clauses.Clear();
            }

            if ((settled || !must) && !clauses.Contains(clause))
            {
                clauses.Add(clause);
            }

            if (!settled)
            {
                questions ??= ImmutableArray.CreateBuilder<string>();
                foreach (var question in open)
                {
                    if (!questions.Contains(question))
                    {
                        questions.Add(question);
                    }
                }
            }
        }

        void Council(string code, string pointer, string subject, string clause, string limit = "")
        {
            council = true;
            if (decision is null)
            {
                reasons.Add(code, Severity.Error, pointer, 0, subject, limit.Length > 0 ? limit : clause);
            }
            else
            {
                reasons.Info(RiskCodes.CoveredByCouncilDecision, "/councilDecision", 0, decision.Reference, clause);
            }
        }

        void Exclude(string code, string pointer, string subject, string clause)
        {
            excluded = true;
            reasons.Add(code, Severity.Error, pointer, 0, subject, clause);
        }

        void Data(FrameworkLimits limits, string clause, bool exclude)
        {
            var code = exclude ? RiskCodes.DataCategoryExcluded : RiskCodes.DataCategoryNeedsCouncil;
            foreach (var category in limits.SpecialCategories)
            {
                if (facts.HasSpecial(category))
                {
                    Hit(Wire.Name(category), clause + "/specialCategories");
                }
            }

            foreach (var category in limits.SensitiveCategories)
            {
                if (facts.HasSensitive(category))
                {
                    Hit(Wire.Name(category), clause + "/sensitiveCategories");
                }
            }

            if (limits.CriminalData && facts.Criminal == true)
            {
                Hit("criminal", clause + "/criminalData");
            }

            var asksData = !limits.SpecialCategories.IsEmpty || !limits.SensitiveCategories.IsEmpty || (limits.CriminalData && facts.Criminal is null);
            if (asksData && (!facts.CategoriesKnown || (limits.CriminalData && facts.Criminal is null)))
            {
                reasons.Add(RiskCodes.FrameworkClauseUnknown, Severity.Warning, "/data/sources", 0, "categories", clause);
                if (!exclude)
                {
                    Settle(false, clause, DataSources);
                }
            }

            void Hit(string subject, string at)
            {
                if (exclude)
                {
                    Exclude(code, "/data/sources", subject, at);
                }
                else
                {
                    Council(code, "/data/sources", subject, at);
                    Settle(true, at, []);
                }
            }
        }

        void Technique(FrameworkLimits limits, string clause, bool exclude)
        {
            if (limits.Techniques.IsEmpty)
            {
                return;
            }

            if (facts.AlgorithmType is not { } type)
            {
                reasons.Add(RiskCodes.FrameworkClauseUnknown, Severity.Warning, "/technique/algorithmType", 0, "algorithmType", clause);
                if (!exclude)
                {
                    Settle(false, clause, AlgorithmTypeQuestion);
                }

                return;
            }

            if (!limits.Techniques.Contains(type))
            {
                return;
            }

            if (exclude)
            {
                Exclude(RiskCodes.TechniqueExcluded, "/technique/algorithmType", Wire.Name(type), clause);
            }
            else
            {
                Council(RiskCodes.TechniqueNeedsCouncil, "/technique/algorithmType", Wire.Name(type), clause);
                Settle(true, clause, []);
            }
        }

        void ProfilingThemes()
        {
            const string clause = "/noPredictiveProfilingThemes";
            foreach (var theme in project.Themes)
            {
                if (!framework.NoPredictiveProfilingThemes.Contains(theme))
                {
                    continue;
                }

                var useType = project.Technique?.UseType;
                var predictive = useType is null ? (bool?)null : useType is UseType.Predictive or UseType.Prescriptive;
                var profiling = facts.Profiling;
                if (profiling == true && predictive == true)
                {
                    Exclude(RiskCodes.PredictiveProfilingExcluded, "/themes", Wire.Name(theme), clause);
                }
                else if (profiling != false && predictive != false)
                {
                    reasons.Add(RiskCodes.FrameworkClauseUnknown, Severity.Warning, profiling is null ? "/risk/factors/profiling" : "/technique/useType", 0, profiling is null ? "profiling" : "useType", clause);
                }
            }
        }
    }
}
