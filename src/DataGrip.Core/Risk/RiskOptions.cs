using System;

namespace DataGrip.Core.Risk;

/// <summary>The options of the <see cref="RiskAssessor"/>.</summary>
public sealed record RiskOptions
{
    /// <summary>The defaults.</summary>
    public static RiskOptions Default { get; } = new();

    /// <summary>The council's risk framework that projects are checked against.</summary>
    /// <value>The default value is <see cref="RiskFramework.Default"/>.</value>
    public RiskFramework Framework { get; init; } = RiskFramework.Default;

    /// <summary>
    /// Whether answers the registration gives in words (such as "er worden geen persoonsgegevens verwerkt", a source
    /// "BRP", "BSN", "zelflerend", a "beschikking" in the goal) fill the fields that are empty. Each is listed in
    /// <see cref="RiskAssessment.Inferred"/> with its evidence; a stated answer always wins.
    /// </summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool InferAnswers { get; init; } = true;

    /// <summary>A municipality's own rules or framework clauses, evaluated after the built-in ones on every project.</summary>
    /// <value>The default value is empty.</value>
    public System.Collections.Immutable.ImmutableArray<RiskRule> Rules { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentException">An option is invalid; the message lists every problem.</exception>
    public void Validate()
    {
        var problems = new System.Collections.Generic.List<string>();
        if (Framework is null)
        {
            problems.Add("Framework must not be null (use RiskFramework.Default).");
        }

        if (Rules.Contains(null!))
        {
            problems.Add("Rules must not contain null.");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid RiskOptions: " + string.Join(" ", problems));
        }
    }
}
