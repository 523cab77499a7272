using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace DataGrip.Core.Completeness;

/// <summary>The result of one indicator for one project.</summary>
public readonly struct IndicatorResult
{
    // Units of 0.0001 point fit an int (at most 1,000,000); a portfolio keeps tens of these per project, so they are small.
    private readonly int possibleUnits;
    private readonly int earnedUnits;
    private readonly Finding? relative; // pointer relative to the project, shared by the projects that lack the same
    private readonly string projectPointer;

    internal IndicatorResult(CompletenessIndicator indicator, bool applies, long possibleUnits, long earnedUnits, Finding? relative, string projectPointer)
    {
        Indicator = indicator;
        Applies = applies;
        this.possibleUnits = (int)possibleUnits;
        this.earnedUnits = (int)earnedUnits;
        this.relative = relative;
        this.projectPointer = projectPointer;
    }

    /// <summary>The indicator.</summary>
    public CompletenessIndicator Indicator { get; }

    /// <summary>The indicator's code.</summary>
    public string Code => Indicator.Code;

    /// <summary>The indicator's perspective.</summary>
    public Perspective Perspective => Indicator.Perspective;

    /// <summary>Whether the indicator applies to the project; when not, it has no points.</summary>
    public bool Applies { get; }

    /// <summary>The points the indicator can give, out of 100 for the whole project (a multiple of 0.0001).</summary>
    public decimal PointsPossible => CompletenessScorer.ToPoints(possibleUnits);

    /// <summary>The points the project earned on it (a multiple of 0.0001).</summary>
    public decimal PointsEarned => CompletenessScorer.ToPoints(earnedUnits);

    /// <summary>What is missing and where; null when the indicator gave all its points or does not apply.</summary>
    /// <remarks>Inside an export the finding is made when read, with its absolute pointer: most are counted, not read.</remarks>
    public Finding? Finding => relative is null || projectPointer.Length == 0 ? relative : relative with { Pointer = projectPointer + relative.Pointer };

    /// <summary>Whether the indicator lost points: it applies and earned less than it can give.</summary>
    internal bool Missed => Applies && earnedUnits < possibleUnits;
}

/// <summary>How complete one project's registration is.</summary>
/// <remarks>Instances are immutable.</remarks>
public sealed class CompletenessResult
{
    private readonly long[] earnedPerPerspective;
    private readonly long[] possiblePerPerspective;

    private readonly Finding? note;

    internal CompletenessResult(string projectId, string pointer, decimal score, long[] earnedPerPerspective, long[] possiblePerPerspective, ImmutableArray<IndicatorResult> indicators, Finding? note)
    {
        ProjectId = projectId;
        Pointer = pointer;
        this.note = note;
        Score = score;
        this.earnedPerPerspective = earnedPerPerspective;
        this.possiblePerPerspective = possiblePerPerspective;
        Indicators = indicators;
        Band = BandOf(score);
    }

    /// <summary>The project's id.</summary>
    public string ProjectId { get; }

    /// <summary>The project's JSON Pointer in its export (such as <c>/projects/3</c>), or empty for a project scored on its own; every finding's pointer starts with it.</summary>
    public string Pointer { get; }

    /// <summary>The score from 0 to 100: the sum of <see cref="IndicatorResult.PointsEarned"/> over all indicators.</summary>
    public decimal Score { get; }

    /// <summary>The band of the score.</summary>
    public CompletenessBand Band { get; }

    /// <summary>The result of every indicator of the profile, ordered by code, the inapplicable ones included.</summary>
    public ImmutableArray<IndicatorResult> Indicators { get; }

    /// <summary>
    /// What is missing, in the order of the indicators, then DG-C090 when the registered publication category C is
    /// milder than the derived one (so the indicators of impactful projects apply).
    /// </summary>
    public IEnumerable<Finding> Findings
    {
        get
        {
            var missing = Indicators.Select(i => i.Finding).Where(f => f is not null).Select(f => f!); // each made once
            return note is null ? missing : missing.Append(note);
        }
    }

    /// <summary>
    /// The score of one perspective from 0 to 100 (rounded to 4 decimals): its points earned over its points possible;
    /// null when none of its indicators applies.
    /// </summary>
    /// <param name="perspective">The perspective.</param>
    /// <returns>The sub-score.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="perspective"/> is not a defined perspective.</exception>
    public decimal? ScoreOf(Perspective perspective)
    {
        var index = (int)perspective;
        if (index < 0 || index >= possiblePerPerspective.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(perspective), perspective, "Not a defined perspective.");
        }

        // Computed on demand: decimal division is the slowest step of scoring, and most callers read the total only.
        return possiblePerPerspective[index] == 0 ? null : Math.Round(100m * earnedPerPerspective[index] / possiblePerPerspective[index], 4);
    }

    /// <summary>The band of a score: Excellent from 86.7, Good from 54.6, Sufficient from 29.9 (the MQA proportions).</summary>
    /// <param name="score">A score from 0 to 100.</param>
    /// <returns>The band.</returns>
    public static CompletenessBand BandOf(decimal score) => score switch
    {
        >= 86.7m => CompletenessBand.Excellent,
        >= 54.6m => CompletenessBand.Good,
        >= 29.9m => CompletenessBand.Sufficient,
        _ => CompletenessBand.Insufficient,
    };
}
