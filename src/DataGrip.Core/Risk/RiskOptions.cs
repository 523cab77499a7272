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

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentException">An option is invalid; the message lists every problem.</exception>
    public void Validate()
    {
        if (Framework is null)
        {
            throw new ArgumentException("Invalid RiskOptions: Framework must not be null (use RiskFramework.Default).");
        }
    }
}
