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
        MeanScore = projects.Length == 0 ? 0 : Math.Round(projects.Average(p => p.Score), 4);
        Bands = Enum.GetValues(typeof(CompletenessBand)).Cast<CompletenessBand>()
            .ToImmutableDictionary(b => b, b => projects.Count(p => p.Band == b));
        Perspectives = Enum.GetValues(typeof(Perspective)).Cast<Perspective>()
            .ToImmutableDictionary(p => p, p => PerspectiveFigures.Of(projects.Select(r => r.ScoreOf(p)).Where(s => s is not null).Select(s => s!.Value)));
        MostOftenMissing = projects
            .SelectMany(p => p.Indicators.Where(i => i.Applies && i.PointsEarned < i.PointsPossible).Select(i => i.Code))
            .GroupBy(code => code, StringComparer.Ordinal)
            .Select(g => new MissingIndicator { Code = g.Key, Projects = g.Count() })
            .OrderByDescending(m => m.Projects).ThenBy(m => m.Code, StringComparer.Ordinal)
            .ToImmutableArray();
    }

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

        var middle = sorted.Length / 2;
        return new PerspectiveFigures
        {
            Count = sorted.Length,
            Mean = Math.Round(sorted.Average(), 4),
            Min = sorted[0],
            Median = sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2,
            Max = sorted[sorted.Length - 1],
            Bands = Enum.GetValues(typeof(CompletenessBand)).Cast<CompletenessBand>()
                .ToImmutableDictionary(b => b, b => sorted.Count(s => CompletenessResult.BandOf(s) == b)),
        };
    }
}
