using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using DataGrip.Core.Completeness;
using DataGrip.Core.Overlap;
using DataGrip.Core.Schema;
using DataGrip.Core.Internal;

namespace DataGrip.Core.Analysis;

/// <summary>
/// Every analysis of every project of an export, in the export's order, with what concerns the export as a whole:
/// the portfolio's completeness figures, the overlap pairs and groups, and the validation findings about the envelope.
/// What a portfolio report consumes.
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class ExportAnalysis
{
    private Dictionary<string, int>? byId;

    internal ExportAnalysis(ImmutableArray<ProjectAnalysis> projects, PortfolioCompleteness? completeness, OverlapResult? overlap, ValidationReport? validation, ImmutableArray<Finding> exportFindings)
    {
        Projects = projects;
        Completeness = completeness;
        Overlap = overlap;
        Validation = validation;
        ExportFindings = exportFindings.IsDefault ? [] : exportFindings;
    }

    /// <summary>One analysis per project, in the export's order: <c>Projects[3].Pointer</c> is <c>/projects/3</c>.</summary>
    public ImmutableArray<ProjectAnalysis> Projects { get; }

    /// <summary>The completeness figures over the portfolio (mean, bands, perspectives, most often missing); null when completeness was not asked for.</summary>
    public PortfolioCompleteness? Completeness { get; }

    /// <summary>The overlap pairs, groups and findings over the whole export; null when no neighbours were asked for.</summary>
    public OverlapResult? Overlap { get; }

    /// <summary>The whole validation report, envelope and every project; null when validation was not asked for.</summary>
    public ValidationReport? Validation { get; }

    /// <summary>The findings about the export rather than one project (the envelope's validation findings, the count of findings left out).</summary>
    public ImmutableArray<Finding> ExportFindings { get; }

    /// <summary>The analysis of the project with an id; with a duplicate id, the first such project.</summary>
    /// <param name="projectId">The id.</param>
    /// <returns>The analysis, or null when no project has the id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="projectId"/> is null.</exception>
    /// <remarks>The index by id is made on first use (a benign race: two threads make the same one).</remarks>
    public ProjectAnalysis? Find(string projectId) =>
        (byId ??= Index(Projects)).TryGetValue(Guard.NotNull(projectId), out var index) ? Projects[index] : null;

    private static Dictionary<string, int> Index(ImmutableArray<ProjectAnalysis> projects)
    {
        var index = new Dictionary<string, int>(projects.Length, StringComparer.Ordinal);
        for (var i = projects.Length - 1; i >= 0; i--)
        {
            // Walked backwards so that with a duplicate id the first project wins.
            index[projects[i].ProjectId ?? string.Empty] = i;
        }

        return index;
    }
}
