using System;
using System.Collections.Generic;
using DataGrip.Core.Completeness;
using DataGrip.Core.Overlap;
using DataGrip.Core.Risk;
using DataGrip.Core.Schema;

namespace DataGrip.Core;

/// <summary>The options of everything <see cref="DataGripServiceCollectionExtensions.AddDataGrip(Microsoft.Extensions.DependencyInjection.IServiceCollection)"/> registers.</summary>
public sealed record DataGripOptions
{
    /// <summary>The defaults.</summary>
    public static DataGripOptions Default { get; } = new();

    /// <summary>The options of the <see cref="ExportValidator"/>.</summary>
    /// <value>The default value is <see cref="ValidatorOptions.Default"/>.</value>
    public ValidatorOptions Validation { get; init; } = ValidatorOptions.Default;

    /// <summary>The options of the <see cref="CompletenessScorer"/>.</summary>
    /// <value>The default value is <see cref="CompletenessOptions.Default"/>.</value>
    public CompletenessOptions Completeness { get; init; } = CompletenessOptions.Default;

    /// <summary>The options of the <see cref="RiskAssessor"/>, with the council's risk framework.</summary>
    /// <value>The default value is <see cref="RiskOptions.Default"/>.</value>
    public RiskOptions Risk { get; init; } = RiskOptions.Default;

    /// <summary>The options of the <see cref="OverlapDetector"/>.</summary>
    /// <value>The default value is <see cref="OverlapOptions.Default"/>.</value>
    public OverlapOptions Overlap { get; init; } = OverlapOptions.Default;

    /// <summary>Checks all options.</summary>
    /// <exception cref="ArgumentException">An option is invalid; the message lists every problem.</exception>
    public void Validate()
    {
        var problems = new List<string>();
        Collect(problems, "Validation", Validation is null ? null : Validation.Validate);
        Collect(problems, "Completeness", Completeness is null ? null : Completeness.Validate);
        Collect(problems, "Risk", Risk is null ? null : Risk.Validate);
        Collect(problems, "Overlap", Overlap is null ? null : Overlap.Validate);
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid DataGripOptions: " + string.Join(" ", problems));
        }
    }

    private static void Collect(List<string> problems, string name, Action? validate)
    {
        if (validate is null)
        {
            problems.Add($"{name} must not be null.");
            return;
        }

        try
        {
            validate();
        }
        catch (ArgumentException ex)
        {
            problems.Add(ex.Message);
        }
    }
}
