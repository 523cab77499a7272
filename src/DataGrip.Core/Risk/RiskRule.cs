using System.Collections.Generic;
using DataGrip.Core.Model;

namespace DataGrip.Core.Risk;

/// <summary>
/// A municipality's own risk rule or framework clause, added through <see cref="RiskOptions.Rules"/> the way a
/// <see cref="Completeness.CompletenessIndicator"/> is added to a completeness profile: it reads the project and the
/// built-in assessment (impact level, AI Act class, category, DPIA, framework verdict) and reports what it finds, such
/// as "a level III project in the social domain needs the ethics committee".
/// </summary>
/// <remarks>
/// Implementations must be thread-safe and deterministic. Use your own code prefix (such as <c>GM0344-R01</c>),
/// never <c>DG-</c>. Give pointers relative to the project (<c>/risk/assessments</c>); the assessor puts the project's
/// pointer before them. The findings are in <see cref="RiskAssessment.RuleFindings"/>, and those of severity Warning
/// and Error also in <see cref="RiskAssessment.Findings"/>. An exception thrown here is a bug in the rule and is not caught.
/// </remarks>
public abstract class RiskRule
{
    /// <summary>Evaluates the rule for one project.</summary>
    /// <param name="project">The project.</param>
    /// <param name="assessment">The built-in assessment of the project (its <see cref="RiskAssessment.RuleFindings"/> still empty).</param>
    /// <returns>What the rule found; empty when it does not apply or is met.</returns>
    public abstract IEnumerable<Finding> Evaluate(DataProject project, RiskAssessment assessment);
}
