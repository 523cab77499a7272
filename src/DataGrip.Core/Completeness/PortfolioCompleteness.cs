using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace DataGrip.Core.Completeness;

/// <summary>Completeness over a portfolio of projects: every project's result and figures over them.</summary>
/// <remarks>Instances are immutable.</remarks>
public sealed class PortfolioCompleteness
{
    internal PortfolioCompleteness(ImmutableArray<CompletenessResult> projects)
    {
        Projects = projects;

        // One pass over the projects for every figure: a portfolio's results are many objects spread over the heap.
        var perspectives = (Perspective[])Enum.GetValues(typeof(Perspective));
        var bands = new int[BandCount];
        var scores = new List<decimal>[perspectives.Length];
        for (var p = 0; p < scores.Length; p++)
        {
            scores[p] = new List<decimal>(projects.Length);
        }

        var missed = new Dictionary<string, int>(StringComparer.Ordinal);
        decimal sum = 0;
        foreach (var project in projects)
        {
            sum += project.Score;
            bands[(int)project.Band]++;
            for (var p = 0; p < perspectives.Length; p++)
            {
                if (project.ScoreOf(perspectives[p]) is { } score)
                {
                    scores[p].Add(score);
                }
            }

            foreach (var indicator in project.Indicators)
            {
                if (indicator.Missed)
                {
                    missed.TryGetValue(indicator.Code, out var count);
                    missed[indicator.Code] = count + 1;
                }
            }
        }

        MeanScore = projects.Length == 0 ? 0 : Math.Round(sum / projects.Length, 4);
        Bands = BandCounts(bands);
        Perspectives = perspectives.ToImmutableDictionary(p => p, p => PerspectiveFigures.Of(scores[(int)p]));
        MostOftenMissing = missed
            .Select(pair => new MissingIndicator { Code = pair.Key, Projects = pair.Value })
            .OrderByDescending(m => m.Projects).ThenBy(m => m.Code, StringComparer.Ordinal)
            .ToImmutableArray();
    }

    /// <summary>How many bands there are: the length of a count per band.</summary>
    internal static readonly int BandCount = Enum.GetValues(typeof(CompletenessBand)).Length;

    /// <summary>The count of every band, those without projects included.</summary>
    internal static ImmutableDictionary<CompletenessBand, int> BandCounts(int[] counts) =>
        Enum.GetValues(typeof(CompletenessBand)).Cast<CompletenessBand>().ToImmutableDictionary(b => b, b => counts[(int)b]);

    /// <summary>Every project's result, in the order given.</summary>
    public ImmutableArray<CompletenessResult> Projects { get; }

    /// <summary>The mean score (0 for no projects).</summary>
    public decimal MeanScore { get; }

    /// <summary>How many projects fall in each band.</summary>
    public ImmutableDictionary<CompletenessBand, int> Bands { get; }

    /// <summary>The figures of each perspective over the projects it applies to.</summary>
    public ImmutableDictionary<Perspective, PerspectiveFigures> Perspectives { get; }

    /// <summary>The indicators projects most often miss (fully or partly), most often first.</summary>
    public ImmutableArray<MissingIndicator> MostOftenMissing { get; }
}

/// <summary>How often an indicator is missed in a portfolio.</summary>
public sealed record MissingIndicator
{
    /// <summary>The indicator's code.</summary>
    public required string Code { get; init; }

    /// <summary>The number of projects that miss it fully or partly.</summary>
    public required int Projects { get; init; }
}

/// <summary>The distribution of one perspective's scores over a portfolio.</summary>
public sealed record PerspectiveFigures
{
    /// <summary>The number of projects with a score for this perspective.</summary>
    public int Count { get; init; }

    /// <summary>The mean score.</summary>
    public decimal Mean { get; init; }

    /// <summary>The lowest score.</summary>
    public decimal Min { get; init; }

    /// <summary>The median score.</summary>
    public decimal Median { get; init; }

    /// <summary>The highest score.</summary>
    public decimal Max { get; init; }

    /// <summary>How many of the scores fall in each band.</summary>
    public ImmutableDictionary<CompletenessBand, int> Bands { get; init; } = ImmutableDictionary<CompletenessBand, int>.Empty;

    internal static PerspectiveFigures Of(IEnumerable<decimal> scores)
    {
        var sorted = scores.OrderBy(s => s).ToArray();
        if (sorted.Length == 0)
        {
            return new PerspectiveFigures();
        }

        var bands = new int[PortfolioCompleteness.BandCount];
        decimal sum = 0;
        foreach (var score in sorted)
        {
            sum += score;
            bands[(int)CompletenessResult.BandOf(score)]++;
        }

        var middle = sorted.Length / 2;
        return new PerspectiveFigures
        {
            Count = sorted.Length,
            Mean = Math.Round(sum / sorted.Length, 4),
            Min = sorted[0],
            Median = sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2,
            Max = sorted[sorted.Length - 1],
            Bands = PortfolioCompleteness.BandCounts(bands),
        };
    }
}
