using System.Collections.Immutable;
using System.Linq;

namespace DataGrip.Core.Interop;

/// <summary>
/// One project as the body of the register's submission API v1.0 (<c>AlgorithmIn</c>, for
/// <c>POST /aanleverapi/v1_0/organizations/{org}/algorithms</c>), with the findings met while making it.
/// </summary>
public sealed record RegisterPayload
{
    /// <summary>The id of the DataGrip project the payload was made from.</summary>
    public required string ProjectId { get; init; }

    /// <summary>The <c>AlgorithmIn</c> JSON object: the register's field names, Dutch labels, "YYYY-MM" dates, allowed HTML only.</summary>
    public required string Json { get; init; }

    /// <summary>
    /// The findings: required fields that are empty (DG-I201), texts cut to the register's maximum (DG-I202), a
    /// language the register does not accept (DG-I204), markup in a plain-text field rewritten (DG-I205), an
    /// organisation name longer than the register's configured maximum (DG-I206). Pointers point into <see cref="Json"/>.
    /// </summary>
    public ImmutableArray<Finding> Findings { get; init => field = Model.ImmutableArrayExtensions.OrEmpty(value); } = [];

    /// <summary>True when no finding is an error: the register will take the payload.</summary>
    public bool IsSubmittable => !Findings.Any(f => f.Severity == Severity.Error);
}
