using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DataGrip.Core.Model;

namespace DataGrip.Core.Completeness;

/// <summary>
/// Scores how complete a project's registration is, MQA-style: every applicable indicator gives points in proportion
/// to its weight and to how far it is fulfilled; the points add up to a score from 0 to 100.
/// </summary>
/// <remarks>
/// <para>Points: the weights of the applicable indicators are scaled to 100 (in units of 0.0001, rounded so that they add
/// up to exactly 100), and an indicator earns its points times its fulfilment (rounded down to 0.0001). The score is the
/// sum of the points earned; a perspective's score is its points earned over its points possible, times 100.</para>
/// <para>Instances are immutable and thread-safe; make one and reuse it.</para>
/// </remarks>
public sealed class CompletenessScorer
{
    private const long Units = 1_000_000; // 100.0000 points in units of 0.0001
    private static readonly int PerspectiveCount = Enum.GetValues(typeof(Perspective)).Length;

    private readonly CompletenessOptions options;
    private readonly CompletenessIndicator[] indicators;
    private readonly decimal[] weights;

    /// <summary>Creates a scorer.</summary>
    /// <param name="options">The options; <see cref="CompletenessOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentException">The options are invalid; the message lists every problem.</exception>
    public CompletenessScorer(CompletenessOptions? options = null)
    {
        this.options = options ?? CompletenessOptions.Default;
        this.options.Validate();
        indicators = this.options.Profile.Indicators.ToArray();
        weights = indicators.Select(i => Math.Max(0, this.options.Profile.Weights[i.Code])).ToArray();
    }

    /// <summary>The options this scorer uses.</summary>
    public CompletenessOptions Options => options;

    /// <summary>Scores one project.</summary>
    /// <param name="project">The project.</param>
    /// <returns>The score, its band, the sub-scores and every indicator's result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="project"/> is null.</exception>
    public CompletenessResult Score(DataProject project)
    {
        if (project is null)
        {
            throw new ArgumentNullException(nameof(project));
        }

        return Score(project, CreateContext());
    }

    /// <summary>Scores every project of an export and adds the portfolio figures.</summary>
    /// <param name="export">The export.</param>
    /// <returns>The results in the export's order, and the figures over them.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="export"/> is null.</exception>
    public PortfolioCompleteness Score(ProjectExport export)
    {
        if (export is null)
        {
            throw new ArgumentNullException(nameof(export));
        }

        return ScoreAll(export.Projects);
    }

    /// <summary>Scores projects and adds the portfolio figures.</summary>
    /// <param name="projects">The projects.</param>
    /// <returns>The results in the given order, and the figures over them.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="projects"/> is null.</exception>
    public PortfolioCompleteness ScoreAll(IEnumerable<DataProject> projects)
    {
        if (projects is null)
        {
            throw new ArgumentNullException(nameof(projects));
        }

        var context = CreateContext();
        var results = ImmutableArray.CreateBuilder<CompletenessResult>();
        foreach (var project in projects)
        {
            results.Add(Score(project ?? throw new ArgumentException("The projects contain null.", nameof(projects)), context));
        }

        return new PortfolioCompleteness(results.ToImmutable());
    }

    private IndicatorContext CreateContext() =>
        new(options.ReferenceDate ?? DateTimeOffset.UtcNow, options.StaleAfterMonths, options.Municipalities);

    private CompletenessResult Score(DataProject project, IndicatorContext context)
    {
        var count = indicators.Length;
        var outcomes = new IndicatorOutcome[count];
        decimal total = 0;
        for (var i = 0; i < count; i++)
        {
            outcomes[i] = indicators[i].Evaluate(project, context);
            if (outcomes[i].Applies)
            {
                total += weights[i];
            }
        }

        var results = ImmutableArray.CreateBuilder<IndicatorResult>(count);
        var earnedPer = new long[PerspectiveCount];
        var possiblePer = new long[PerspectiveCount];
        long earnedUnits = 0;
        decimal cumulative = 0;
        long allocated = 0;
        for (var i = 0; i < count; i++)
        {
            var outcome = outcomes[i];
            if (!outcome.Applies || total == 0)
            {
                results.Add(new IndicatorResult(indicators[i], outcome.Applies, 0, 0, null));
                continue;
            }

            // Cumulative rounding: the possible points of the applicable indicators add up to exactly 100.
            cumulative += weights[i];
            var upTo = (long)Math.Round(Units * cumulative / total, MidpointRounding.AwayFromZero);
            var possible = upTo - allocated;
            allocated = upTo;
            var fulfilment = Math.Min(1m, Math.Max(0m, outcome.Fulfilment));
            var earned = (long)Math.Floor(possible * fulfilment);
            earnedUnits += earned;
            var perspective = (int)indicators[i].Perspective;
            earnedPer[perspective] += earned;
            possiblePer[perspective] += possible;
            var finding = earned < possible && outcome.MessageEnglish is not null
                ? new Finding
                {
                    Code = indicators[i].Code,
                    Severity = Severity.Warning,
                    Pointer = outcome.Pointer,
                    MessageEnglish = outcome.MessageEnglish,
                    MessageDutch = outcome.MessageDutch ?? outcome.MessageEnglish,
                }
                : null;
            results.Add(new IndicatorResult(indicators[i], true, ToPoints(possible), ToPoints(earned), finding));
        }

        var perspectives = new decimal?[PerspectiveCount];
        for (var p = 0; p < PerspectiveCount; p++)
        {
            perspectives[p] = possiblePer[p] == 0 ? null : Math.Round(100m * earnedPer[p] / possiblePer[p], 4);
        }

        return new CompletenessResult(project.Id, ToPoints(earnedUnits), perspectives, results.MoveToImmutable());
    }

    private static decimal ToPoints(long units) => units / 10_000m;
}
