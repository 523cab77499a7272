using System.Collections.Generic;
using DataGrip.Core.Model;

namespace DataGrip.Core.Schema;

/// <summary>
/// A municipality's or vendor's own check of one project, added to the validator through
/// <see cref="ValidatorOptions.Checks"/> the way a <see cref="Completeness.CompletenessIndicator"/> is added to a
/// completeness profile. It runs after the built-in semantic checks, on every project that reads into the model, in
/// <see cref="ExportValidator.Validate(System.IO.Stream, System.Threading.CancellationToken)"/> and
/// <see cref="ExportValidator.Validate(ProjectExport)"/> alike.
/// </summary>
/// <remarks>
/// Implementations must be thread-safe and deterministic. Use your own code prefix (such as <c>GM0344-V01</c>), never
/// <c>DG-</c>. Give pointers relative to the project (<c>/contact</c>); inside an export the validator puts the
/// project's pointer before them and adds the line. An exception thrown here is a bug in the check and is not caught.
/// </remarks>
public abstract class ProjectCheck
{
    /// <summary>Checks one project.</summary>
    /// <param name="project">The project, as read.</param>
    /// <returns>What the check found; empty when all is well.</returns>
    public abstract IEnumerable<Finding> Check(DataProject project);
}
