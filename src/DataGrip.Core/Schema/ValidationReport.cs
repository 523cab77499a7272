using System.Collections.Immutable;
using System.Linq;

namespace DataGrip.Core.Schema;

/// <summary>What a validation found.</summary>
/// <remarks>Instances are immutable.</remarks>
public sealed class ValidationReport
{
    internal ValidationReport(ImmutableArray<Finding> findings, int projectCount)
    {
        Findings = findings;
        ProjectCount = projectCount;
        ErrorCount = findings.Count(f => f.Severity == Severity.Error);
        WarningCount = findings.Count(f => f.Severity == Severity.Warning);
    }

    /// <summary>True when there is no finding of severity <see cref="Severity.Error"/>.</summary>
    public bool IsValid => ErrorCount == 0;

    /// <summary>The findings, in document order (envelope first, then project by project, then checks across projects).</summary>
    public ImmutableArray<Finding> Findings { get; }

    /// <summary>The number of projects seen.</summary>
    public int ProjectCount { get; }

    /// <summary>The number of findings of severity <see cref="Severity.Error"/>.</summary>
    public int ErrorCount { get; }

    /// <summary>The number of findings of severity <see cref="Severity.Warning"/>.</summary>
    public int WarningCount { get; }
}
