using System.Collections.Immutable;
using DataGrip.Core.Completeness;
using DataGrip.Core.Overlap;
using DataGrip.Core.Risk;

namespace DataGrip.Core.Analysis;

/// <summary>
/// Every analysis of one project: completeness, publishability, risk, overlap neighbours and validation findings
/// (those the <see cref="AnalysisOptions"/> asked for), and all their findings in one list.
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class ProjectAnalysis
{
    private ImmutableArray<Finding> findings;

    internal ProjectAnalysis(
        string projectId,
        string pointer,
        CompletenessResult? completeness,
        PublishabilityResult? publishability,
        RiskAssessment? risk,
        ImmutableArray<OverlapPair> neighbours,
        ImmutableArray<Finding> validation,
        ImmutableArray<Finding> overlapFindings)
    {
        ProjectId = projectId;
        Pointer = pointer;
        Completeness = completeness;
        Publishability = publishability;
        Risk = risk;
        Neighbours = neighbours.IsDefault ? [] : neighbours;
        Validation = validation.IsDefault ? [] : validation;
        OverlapFindings = overlapFindings.IsDefault ? [] : overlapFindings;
    }

    /// <summary>The project's id.</summary>
    public string ProjectId { get; }

    /// <summary>The project's JSON Pointer in its export (such as <c>/projects/3</c>), or empty for a project analysed on its own; every finding's pointer starts with it.</summary>
    public string Pointer { get; }

    /// <summary>How complete the registration is; null when not asked for.</summary>
    public CompletenessResult? Completeness { get; }

    /// <summary>Whether the project can be published in the Algoritmeregister; null when not asked for.</summary>
    public PublishabilityResult? Publishability { get; }

    /// <summary>The risk assessment; null when not asked for.</summary>
    public RiskAssessment? Risk { get; }

    /// <summary>
    /// The most similar projects, best first: in an export the reported pairs this project is part of (as
    /// <see cref="OverlapPair.FirstId"/> or <see cref="OverlapPair.SecondId"/>); for a project against a corpus the pairs
    /// with it as the first. Empty when not asked for.
    /// </summary>
    public ImmutableArray<OverlapPair> Neighbours { get; }

    /// <summary>What the validator found in this project (empty when not asked for, or when all is well).</summary>
    public ImmutableArray<Finding> Validation { get; }

    /// <summary>What the overlap detector could only partly compare in this project (such as a duplicate id or no text).</summary>
    public ImmutableArray<Finding> OverlapFindings { get; }

    /// <summary>
    /// Every finding of every part, in one list: validation, publishability, completeness, risk (Warning and Error, with
    /// the risk rules' own), overlap. Each has a pointer that starts with <see cref="Pointer"/> and its message in
    /// English and Dutch (<c>Finding.GetMessage(culture)</c>).
    /// </summary>
    /// <remarks>Made on first use and kept: the risk messages are written only when someone reads them.</remarks>
    public ImmutableArray<Finding> Findings
    {
        get
        {
            if (findings.IsDefault)
            {
                // A benign race: two threads make the same list and either one is kept.
                findings = Collect();
            }

            return findings;
        }
    }

    private ImmutableArray<Finding> Collect()
    {
        var all = ImmutableArray.CreateBuilder<Finding>();
        all.AddRange(Validation);
        if (Publishability is not null)
        {
            all.AddRange(Publishability.Findings);
        }

        if (Completeness is not null)
        {
            all.AddRange(Completeness.Findings);
        }

        if (Risk is not null)
        {
            all.AddRange(Risk.Findings);
        }

        all.AddRange(OverlapFindings);
        return all.ToImmutable();
    }
}
