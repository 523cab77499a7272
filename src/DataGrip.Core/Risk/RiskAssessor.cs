using System;
using System.Collections.Immutable;
using DataGrip.Core.Model;

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
    public RiskAssessment Assess(DataProject project) => Assess(project ?? throw new ArgumentNullException(nameof(project)), "");

    /// <summary>Assesses every project of an export.</summary>
    /// <param name="export">The export.</param>
    /// <returns>One assessment per project, in order, with pointers such as <c>/projects/3/…</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="export"/> is null.</exception>
    public ImmutableArray<RiskAssessment> Assess(ProjectExport export)
    {
        if (export is null)
        {
            throw new ArgumentNullException(nameof(export));
        }

        var results = ImmutableArray.CreateBuilder<RiskAssessment>(export.Projects.Length);
        for (var i = 0; i < export.Projects.Length; i++)
        {
            results.Add(Assess(export.Projects[i], "/projects/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return results.MoveToImmutable();
    }

    private RiskAssessment Assess(DataProject project, string pointer)
    {
        var facts = new ProjectFacts(project);
        var reasons = new Reasons();
        var aiAct = AiActRules.Classify(facts, reasons);
        var category = PublicationCategoryRules.Derive(facts, aiAct, reasons);
        var impactful = category.Category != PublicationCategory.OtherAlgorithm;
        var dpia = DpiaPrescan.Assess(facts, impactful, aiAct, reasons);
        var impact = ImpactScoring.Score(facts, reasons);
        AssessmentGaps.Check(facts, dpia, aiAct, reasons);
        var (council, excluded) = FrameworkRules.Evaluate(facts, Options.Framework, impact, aiAct, reasons);
        return new RiskAssessment
        {
            ProjectId = project.Id,
            Pointer = pointer,
            Dpia = dpia,
            AiAct = aiAct,
            PublicationCategory = category,
            Impact = impact,
            CouncilDecisionRequired = council,
            Excluded = excluded || aiAct.Class == AiActClass.Prohibited,
            Reasons = reasons.ToImmutable(),
        };
    }
}
