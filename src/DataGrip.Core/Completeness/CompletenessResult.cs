using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace DataGrip.Core.Completeness;

/// <summary>The result of one indicator for one project.</summary>
public readonly struct IndicatorResult
{
    internal IndicatorResult(CompletenessIndicator indicator, bool applies, decimal possible, decimal earned, Finding? finding)
    {
        Indicator = indicator;
        Applies = applies;
        PointsPossible = possible;
        PointsEarned = earned;
        Finding = finding;
    }

    /// <summary>The indicator.</summary>
    public CompletenessIndicator Indicator { get; }

    /// <summary>The indicator's code.</summary>
    public string Code => Indicator.Code;

    /// <summary>The indicator's perspective.</summary>
    public Perspective Perspective => Indicator.Perspective;

    /// <summary>Whether the indicator applies to the project; when not, it has no points.</summary>
    public bool Applies { get; }

    /// <summary>The points the indicator can give, out of 100 for the whole project.</summary>
    public decimal PointsPossible { get; }

    /// <summary>The points the project earned on it.</summary>
    public decimal PointsEarned { get; }

    /// <summary>What is missing and where; null when the indicator gave all its points or does not apply.</summary>
    public Finding? Finding { get; }
}

/// <summary>How complete one project's registration is.</summary>
/// <remarks>Instances are immutable.</remarks>
public sealed class CompletenessResult
{
    private readonly decimal?[] perspectives;

    internal CompletenessResult(string projectId, decimal score, decimal?[] perspectives, ImmutableArray<IndicatorResult> indicators)
    {
        ProjectId = projectId;
        Score = score;
        this.perspectives = perspectives;
        Indicators = indicators;
        Band = BandOf(score);
    }

    /// <summary>The project's id.</summary>
    public string ProjectId { get; }

    /// <summary>The score from 0 to 100: the sum of <see cref="IndicatorResult.PointsEarned"/> over all indicators.</summary>
    public decimal Score { get; }

    /// <summary>The band of the score.</summary>
    public CompletenessBand Band { get; }

    /// <summary>The result of every indicator of the profile, ordered by code, the inapplicable ones included.</summary>
    public ImmutableArray<IndicatorResult> Indicators { get; }

    /// <summary>What is missing, in the order of the indicators.</summary>
    public IEnumerable<Finding> Findings => Indicators.Where(i => i.Finding is not null).Select(i => i.Finding!);

    /// <summary>The score of one perspective from 0 to 100, or null when none of its indicators applies.</summary>
    /// <param name="perspective">The perspective.</param>
    /// <returns>The sub-score.</returns>
    public decimal? ScoreOf(Perspective perspective) => perspectives[(int)perspective];

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
