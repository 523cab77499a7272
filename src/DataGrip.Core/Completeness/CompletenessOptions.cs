using System;
using System.Collections.Generic;
using DataGrip.Core.Reference;

namespace DataGrip.Core.Completeness;

/// <summary>Options of a <see cref="CompletenessScorer"/>.</summary>
public sealed record CompletenessOptions
{
    /// <summary>The defaults.</summary>
    public static CompletenessOptions Default { get; } = new();

    /// <summary>Which indicators count and how much.</summary>
    /// <value>The default value is <see cref="CompletenessProfile.Default"/>.</value>
    public CompletenessProfile Profile { get; init; } = CompletenessProfile.Default;

    /// <summary>After how many months without review a registration is stale and loses the points of DG-C048.</summary>
    /// <value>The default value is 12; allowed are 1 to 120.</value>
    public int StaleAfterMonths { get; init; } = 12;

    /// <summary>The date scores are computed on; null means the clock at the moment of scoring.</summary>
    /// <value>The default value is null. Set it to make scores reproducible.</value>
    public DateTimeOffset? ReferenceDate { get; init; }

    /// <summary>The municipalities whose codes are real (DG-C004).</summary>
    /// <value>The default value is <see cref="MunicipalityList.Default"/>.</value>
    public MunicipalityList Municipalities { get; init; } = MunicipalityList.Default;

    /// <summary>
    /// Whether answers the registration gives in words (a decision named in the goal, "BSN", "BRP", "zelflerend", an
    /// explicit "no personal data") count when deciding which indicators apply, exactly as
    /// <see cref="Risk.RiskOptions.InferAnswers"/> does for the risk assessment: both analyses read the same facts.
    /// </summary>
    /// <value>The default value is <see langword="true"/>, the same as the risk assessment's.</value>
    public bool InferAnswers { get; init; } = true;

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentException">An option is invalid; the message lists every problem.</exception>
    public void Validate()
    {
        var problems = new List<string>();
        if (Profile is null)
        {
            problems.Add("Profile must not be null.");
        }

        if (StaleAfterMonths is < 1 or > 120)
        {
            problems.Add($"StaleAfterMonths must be between 1 and 120, but is {StaleAfterMonths}.");
        }

        if (Municipalities is null)
        {
            problems.Add("Municipalities must not be null.");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid CompletenessOptions: " + string.Join(" ", problems));
        }
    }
}
