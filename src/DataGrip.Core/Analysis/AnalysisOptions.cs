using System;
using System.Collections.Generic;

namespace DataGrip.Core.Analysis;

/// <summary>What a <see cref="ProjectAnalyzer"/> computes for each project.</summary>
/// <remarks>Null options mean <see cref="Default"/>, here as everywhere in the library.</remarks>
public sealed record AnalysisOptions
{
    /// <summary>The defaults: completeness, publishability, risk and the 5 nearest overlap neighbours; no validation.</summary>
    public static AnalysisOptions Default { get; } = new();

    /// <summary>Whether to score completeness (<see cref="ProjectAnalysis.Completeness"/>).</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool Completeness { get; init; } = true;

    /// <summary>Whether to check the Algoritmeregister's publishing gate (<see cref="ProjectAnalysis.Publishability"/>).</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool Publishability { get; init; } = true;

    /// <summary>Whether to assess the risk (<see cref="ProjectAnalysis.Risk"/>).</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool Risk { get; init; } = true;

    /// <summary>
    /// How many overlap neighbours to find per project (<see cref="ProjectAnalysis.Neighbours"/>); 0 finds none. In an
    /// export they are the pairs <see cref="Overlap.OverlapDetector.FindPairs(Model.ProjectExport, IProgress{Overlap.OverlapProgress}?, System.Threading.CancellationToken)"/>
    /// reports with this many as <see cref="Overlap.OverlapOptions.MaxPairsPerProject"/>; for one project against a
    /// corpus, those of <see cref="Overlap.OverlapDetector.FindSimilar(Model.DataProject, Model.ProjectExport, int, System.Threading.CancellationToken)"/>.
    /// </summary>
    /// <value>The default value is 5; allowed are 0 to 1,000.</value>
    public int OverlapNeighbours { get; init; } = 5;

    /// <summary>
    /// Whether to validate the projects as they are in memory (<see cref="Schema.ExportValidator.Validate(Model.ProjectExport)"/>):
    /// wire rules, semantic checks, your own <see cref="Schema.ValidatorOptions.Checks"/> and, in an export, unique ids
    /// and related projects. Off by default: an export that was read has passed the reader's checks.
    /// </summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool Validation { get; init; }

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentException">An option is invalid; the message lists every problem.</exception>
    public void Validate()
    {
        var problems = new List<string>();
        if (OverlapNeighbours is < 0 or > 1000)
        {
            problems.Add($"OverlapNeighbours must be between 0 and 1000, but is {OverlapNeighbours}.");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid AnalysisOptions: " + string.Join(" ", problems));
        }
    }
}
