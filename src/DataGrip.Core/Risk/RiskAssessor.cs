using System;
using System.Collections.Immutable;
using DataGrip.Core.Facts;
using DataGrip.Core.Model;
using DataGrip.Core.Internal;

namespace DataGrip.Core.Risk;

/// <summary>
/// Turns a project's registration into an explained risk picture: the Pre-scan DPIA v2.0, the EU AI Act class, the
/// Algoritmeregister publication category, the impact level (after Canada's AIA), the assessments that are missing,
/// and the verdict of the council's risk framework. Thread-safe; create one and share it.
/// </summary>
/// <remarks>An answer the registration does not give is never read as "no risk": it is listed, and counts as risky.</remarks>
public sealed class RiskAssessor
{
    /// <summary>Creates an assessor.</summary>
    /// <param name="options">The options; null for <see cref="RiskOptions.Default"/>.</param>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public RiskAssessor(RiskOptions? options = null)
    {
        Options = options ?? RiskOptions.Default;
        Options.Validate();
    }

    /// <summary>The options in use.</summary>
    public RiskOptions Options { get; }

    /// <summary>The risk factors (<c>DG-R1xx</c>) and mitigations (<c>DG-R2xx</c>) of the impact level, with their weights.</summary>
    public static ImmutableArray<ImpactFactor> Factors => ImpactFactors.All;

    /// <summary>Assesses one project.</summary>
    /// <param name="project">The project.</param>
    /// <returns>The assessment; its pointers are relative to the project.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="project"/> is null.</exception>
    public RiskAssessment Assess(DataProject project) => Assess(Guard.NotNull(project), "");

    /// <summary>Assesses every project of an export.</summary>
    /// <param name="export">The export.</param>
    /// <returns>One assessment per project, in order, with pointers such as <c>/projects/3/…</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="export"/> is null.</exception>
    public ImmutableArray<RiskAssessment> Assess(ProjectExport export)
    {
        Guard.NotNull(export);

        var results = ImmutableArray.CreateBuilder<RiskAssessment>(export.Projects.Length);
        for (var i = 0; i < export.Projects.Length; i++)
        {
            results.Add(Assess(export.Projects[i], DataGrip.Core.Internal.JsonPointer.Project(i)));
        }

        return results.MoveToImmutable();
    }

    private RiskAssessment Assess(DataProject project, string pointer) => Assess(project, pointer, FactsOf(project));

    /// <summary>The facts the rules read, with the answers inferred as the options say.</summary>
    internal ProjectFacts FactsOf(DataProject project) => new(project, AnswerInference.Infer(project, Options.InferAnswers));

    /// <summary>Assesses one project with facts made (and perhaps shared) by the caller; <paramref name="pointer"/> goes before every finding's pointer.</summary>
    internal RiskAssessment Assess(DataProject project, string pointer, ProjectFacts facts)
    {
        var inferred = facts.Inferred ?? throw new ArgumentException("The facts were made without inference.", nameof(facts));
        var reasons = new Reasons();
        foreach (var answer in inferred.Answers)
        {
            reasons.Info(RiskCodes.AnswerInferred, answer.Pointer, 0, answer.Value, answer.Field + ": \u201c" + answer.Quote + "\u201d");
        }

        var aiAct = AiActRules.Classify(facts, reasons);
        var category = PublicationCategoryRules.Derive(facts, aiAct, reasons);
        // The stricter of the registered and the derived category; an unknown counts as impactful here ("impactful when in doubt").
        var impactful = facts.Impactful != false;
        var dpia = DpiaPrescan.Assess(facts, impactful, aiAct, reasons);
        var impact = ImpactScoring.Score(facts, reasons);
        AssessmentGaps.Check(facts, dpia, aiAct, reasons);
        var (council, excluded, verdict) = FrameworkRules.Evaluate(facts, Options.Framework, impact, aiAct, reasons);
        var assessment = new RiskAssessment
        {
            ProjectId = project.Id,
            Pointer = pointer,
            Dpia = dpia,
            AiAct = aiAct,
            PublicationCategory = category,
            Impact = impact,
            CouncilDecisionRequired = council,
            Excluded = excluded || aiAct.Class == AiActClass.Prohibited,
            Framework = verdict,
            Inferred = inferred.Answers,
            Reasons = reasons.ToImmutable(),
        };
        return Options.Rules.IsEmpty ? assessment : assessment with { RuleFindings = RuleFindings(project, assessment, pointer) };
    }

    private ImmutableArray<Finding> RuleFindings(DataProject project, RiskAssessment assessment, string pointer)
    {
        var findings = ImmutableArray.CreateBuilder<Finding>();
        foreach (var rule in Options.Rules)
        {
            foreach (var finding in rule.Evaluate(project, assessment) ?? [])
            {
                findings.Add(finding is null
                    ? throw new InvalidOperationException($"The rule {rule.GetType().Name} returned a null finding.")
                    : pointer.Length == 0 ? finding : finding with { Pointer = pointer + finding.Pointer });
            }
        }

        return findings.ToImmutable();
    }

    /// <summary>The deciding answers of every outcome, ranked: most outcomes changed first, then most impact points, then by pointer.</summary>
    internal static ImmutableArray<NextQuestion> NextQuestions(ImpactResult impact, DpiaPrescanResult dpia, PublicationCategoryResult category, AiActResult aiAct, FrameworkVerdict verdict)
    {
        var unknownFactors = impact.UnknownFactors;
        var total = impact.DecidingAnswers.Length + dpia.DecidingAnswers.Length + category.DecidingAnswers.Length + aiAct.DecidingAnswers.Length + verdict.Questions.Length;
        if (total == 0)
        {
            return [];
        }

        var pointers = new string[total];
        var changes = new RiskOutcomes[total];
        var count = 0;
        Add(impact.DecidingAnswers, RiskOutcomes.ImpactLevel);
        Add(dpia.DecidingAnswers, RiskOutcomes.Dpia);
        Add(category.DecidingAnswers, RiskOutcomes.PublicationCategory);
        Add(aiAct.DecidingAnswers, RiskOutcomes.AiActClass);
        Add(verdict.Questions, RiskOutcomes.CouncilVerdict);

        var questions = new NextQuestion[count];
        for (var i = 0; i < count; i++)
        {
            questions[i] = new NextQuestion { Pointer = pointers[i], Changes = changes[i], ImpactPoints = ImpactScoring.PointsAt(pointers[i], unknownFactors) };
        }

        Array.Sort(questions, Compare);
        return ImmutableArray.Create(questions);

        void Add(ImmutableArray<string> deciding, RiskOutcomes outcome)
        {
            foreach (var pointer in deciding)
            {
                var index = Array.IndexOf(pointers, pointer, 0, count);
                if (index < 0)
                {
                    pointers[count] = pointer;
                    changes[count++] = outcome;
                }
                else
                {
                    changes[index] |= outcome;
                }
            }
        }
    }

    private static readonly Comparison<NextQuestion> Compare = static (a, b) =>
    {
        var byCount = Count(b.Changes).CompareTo(Count(a.Changes));
        if (byCount != 0)
        {
            return byCount;
        }

        var byPoints = b.ImpactPoints.CompareTo(a.ImpactPoints);
        return byPoints != 0 ? byPoints : string.CompareOrdinal(a.Pointer, b.Pointer);

        static int Count(RiskOutcomes changes)
        {
            var count = 0;
            for (var value = (int)changes; value != 0; value &= value - 1)
            {
                count++;
            }

            return count;
        }
    };
}
