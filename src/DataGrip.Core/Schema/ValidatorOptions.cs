using System;
using DataGrip.Core.Reference;
using DataGrip.Core.Serialization;

namespace DataGrip.Core.Schema;

/// <summary>Options of an <see cref="ExportValidator"/>.</summary>
public sealed record ValidatorOptions
{
    /// <summary>The defaults.</summary>
    public static ValidatorOptions Default { get; } = new();

    /// <summary>Limits against hostile or broken input.</summary>
    /// <value>
    /// The default value is a depth of 64 and a document of at most 16 GiB: the validator streams, so its memory
    /// is bounded by the largest project whatever the size of the file (100,000 projects are about 800 MB).
    /// </value>
    public JsonReadOptions Limits { get; init; } = new() { MaxDocumentBytes = 16L * 1024 * 1024 * 1024 };

    /// <summary>The municipalities whose codes are valid.</summary>
    /// <value>The default value is <see cref="MunicipalityList.Default"/>, the embedded list of 342.</value>
    public MunicipalityList Municipalities { get; init; } = MunicipalityList.Default;

    /// <summary>The most findings one validation reports; past it a last finding says how many more there were.</summary>
    /// <value>The default value is 10,000; allowed are 1 to 1,000,000.</value>
    public int MaxFindings { get; init; } = 10_000;

    /// <summary>A municipality's or vendor's own checks of each project, run after the built-in semantic checks.</summary>
    /// <value>The default value is empty.</value>
    public System.Collections.Immutable.ImmutableArray<ProjectCheck> Checks { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentException">An option is invalid; the message lists every problem.</exception>
    public void Validate()
    {
        var problems = new System.Collections.Generic.List<string>();
        if (Limits is null)
        {
            problems.Add("Limits must not be null.");
        }
        else
        {
            try
            {
                Limits.Validate();
            }
            catch (ArgumentException ex)
            {
                problems.Add(ex.Message);
            }
        }

        if (Municipalities is null)
        {
            problems.Add("Municipalities must not be null.");
        }

        foreach (var check in Checks)
        {
            if (check is null)
            {
                problems.Add("Checks must not contain null.");
                break;
            }
        }

        if (MaxFindings is < 1 or > 1_000_000)
        {
            problems.Add($"MaxFindings must be between 1 and 1000000, but is {MaxFindings}.");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid ValidatorOptions: " + string.Join(" ", problems));
        }
    }
}
