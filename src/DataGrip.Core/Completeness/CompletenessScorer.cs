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
    private readonly long[] weights; // in units of 0.0001 of a weight
    private readonly Finding?[] lastFindings; // one reused finding per indicator: most messages are constant
    private readonly IndicatorContext? fixedContext;

    /// <summary>Creates a scorer.</summary>
    /// <param name="options">The options; <see cref="CompletenessOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentException">The options are invalid; the message lists every problem.</exception>
    public CompletenessScorer(CompletenessOptions? options = null)
    {
        this.options = options ?? CompletenessOptions.Default;
        this.options.Validate();
        indicators = this.options.Profile.Indicators.ToArray();
        weights = indicators.Select(i => (long)Math.Round(Math.Max(0, this.options.Profile.Weights[i.Code]) * 10_000m)).ToArray();
        lastFindings = new Finding?[indicators.Length];
        fixedContext = this.options.ReferenceDate is null ? null : CreateContext();
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
        fixedContext ?? new(options.ReferenceDate ?? DateTimeOffset.UtcNow, options.StaleAfterMonths, options.Municipalities);

    private CompletenessResult Score(DataProject project, IndicatorContext context)
    {
        var count = indicators.Length;
        var outcomes = System.Buffers.ArrayPool<IndicatorOutcome>.Shared.Rent(count);
        long total = 0;
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
        long cumulative = 0;
        long allocated = 0;
        for (var i = 0; i < count; i++)
        {
            var outcome = outcomes[i];
            if (!outcome.Applies || total == 0)
            {
                results.Add(new IndicatorResult(indicators[i], outcome.Applies, 0, 0, null));
                continue;
            }

            // Cumulative rounding (half up): the possible points of the applicable indicators add up to exactly 100.
            cumulative += weights[i];
            var upTo = ((Units * cumulative) + (total / 2)) / total;
            var possible = upTo - allocated;
            allocated = upTo;
            var earned = outcome.Fulfilment >= 1 ? possible
                : outcome.Fulfilment <= 0 ? 0
                : (long)Math.Floor(possible * outcome.Fulfilment);
            earnedUnits += earned;
            var perspective = (int)indicators[i].Perspective;
            earnedPer[perspective] += earned;
            possiblePer[perspective] += possible;
            var finding = earned < possible && outcome.HasMessage ? FindingFor(i, outcome) : null;
            results.Add(new IndicatorResult(indicators[i], true, possible, earned, finding));
        }

        System.Buffers.ArrayPool<IndicatorOutcome>.Shared.Return(outcomes, clearArray: true);
        return new CompletenessResult(project.Id, ToPoints(earnedUnits), earnedPer, possiblePer, results.MoveToImmutable());
    }

    /// <summary>The finding of an indicator's outcome; the last one is reused when the outcome says the same.</summary>
    private Finding FindingFor(int index, IndicatorOutcome outcome)
    {
        var last = lastFindings[index];
        if (last is not null && string.Equals(last.Pointer, outcome.Pointer, StringComparison.Ordinal)
            && (outcome.Key is { } key
                ? string.Equals(last.MessageKey, key, StringComparison.Ordinal) && SameArguments(last.Arguments, outcome.Arguments!)
                : ReferenceEquals(last.MessageEnglish, outcome.MessageEnglish) && ReferenceEquals(last.MessageDutch, outcome.MessageDutch)))
        {
            return last;
        }

        var code = indicators[index].Code;
        var finding = outcome.Key is { } own
            ? Messages.CreateFrom(CompletenessMessages.Templates[own], code, own, outcome.Pointer, outcome.Arguments!)
            : new Finding
            {
                Code = code,
                Severity = Severity.Warning,
                Pointer = outcome.Pointer,
                MessageEnglish = outcome.MessageEnglish!,
                MessageDutch = outcome.MessageDutch ?? outcome.MessageEnglish!,
            };
        lastFindings[index] = finding; // a benign race: any finding stored here is a correct one
        return finding;
    }

    private static bool SameArguments(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        foreach (var pair in b)
        {
            if (!a.TryGetValue(pair.Key, out var value) || !string.Equals(value, pair.Value, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Units of 0.0001 as points: built from the digits and the scale, because decimal division is slow.</summary>
    internal static decimal ToPoints(long units) => new((int)units, 0, 0, isNegative: false, scale: 4);
}
