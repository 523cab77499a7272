using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DataGrip.Core.Facts;
using DataGrip.Core.Model;
using DataGrip.Core.Serialization;
using DataGrip.Core.Internal;

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

    /// <summary>Scores one project on its own.</summary>
    /// <param name="project">The project.</param>
    /// <returns>The score, its band, the sub-scores and every indicator's result; pointers are relative to the project (<see cref="CompletenessResult.Pointer"/> is empty).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="project"/> is null.</exception>
    public CompletenessResult Score(DataProject project)
    {
        Guard.NotNull(project);

        var context = CreateContext();
        return Score(project, string.Empty, context, FactsOf(project, context));
    }

    /// <summary>Scores every project of an export and adds the portfolio figures.</summary>
    /// <param name="export">The export.</param>
    /// <returns>The results in the export's order, each with its pointer (<c>/projects/3</c>) and absolute finding pointers, and the figures over them.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="export"/> is null.</exception>
    public PortfolioCompleteness Score(ProjectExport export)
    {
        Guard.NotNull(export);

        var context = CreateContext();
        var results = ImmutableArray.CreateBuilder<CompletenessResult>(export.Projects.Length);
        for (var i = 0; i < export.Projects.Length; i++)
        {
            var project = export.Projects[i] ?? throw new ArgumentException("The export's projects contain null.", nameof(export));
            results.Add(Score(project, JsonPointer.Project(i), context, FactsOf(project, context)));
        }

        return new PortfolioCompleteness(results.MoveToImmutable());
    }

    /// <summary>The context of one scoring run: the reference date is read once, so every project of a run has the same "today".</summary>
    internal IndicatorContext CreateContext() =>
        fixedContext ?? new(options.ReferenceDate ?? DateTimeOffset.UtcNow, options.StaleAfterMonths, options.Municipalities, options.InferAnswers);

    /// <summary>The facts the indicators read, with the answers inferred as the options say.</summary>
    internal static ProjectFacts FactsOf(DataProject project, IndicatorContext context) =>
        new(project, AnswerInference.Infer(project, context.InferAnswers));

    /// <summary>Scores one project with facts made (and perhaps shared) by the caller; <paramref name="pointer"/> goes before every finding's pointer.</summary>
    internal CompletenessResult Score(DataProject project, string pointer, IndicatorContext context, ProjectFacts facts)
    {
        var count = indicators.Length;
        var outcomes = System.Buffers.ArrayPool<IndicatorOutcome>.Shared.Rent(count);
        long total = 0;
        for (var i = 0; i < count; i++)
        {
            outcomes[i] = indicators[i].Evaluate(project, context, facts);
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
                results.Add(new IndicatorResult(indicators[i], outcome.Applies, 0, 0, null, pointer));
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
            results.Add(new IndicatorResult(indicators[i], true, possible, earned, finding, pointer));
        }

        System.Buffers.ArrayPool<IndicatorOutcome>.Shared.Return(outcomes, clearArray: true);
        return new CompletenessResult(project.Id, pointer, ToPoints(earnedUnits), earnedPer, possiblePer, results.MoveToImmutable(), CategoryNote(facts, pointer));
    }

    /// <summary>
    /// The note that the registered category C is milder than the derived A or B, so the indicators of impactful
    /// projects apply (the stricter of the two counts); null otherwise, or when the category was not derived (a
    /// registered A or B, or a profile without those indicators).
    /// </summary>
    private static Finding? CategoryNote(ProjectFacts facts, string pointer)
    {
        if (facts.RegisteredCategory != PublicationCategory.OtherAlgorithm || facts.DerivedCategory is not { } derived || derived == PublicationCategory.OtherAlgorithm)
        {
            return null;
        }

        var letter = derived == PublicationCategory.HighRiskAiSystem ? "A" : "B";
        return Messages.Create(CompletenessMessages.Templates[CompletenessCodes.RegisteredCategoryMilder], CompletenessCodes.RegisteredCategoryMilder, pointer + "/risk/publicationCategory", null, null, ("Registered", "C"), ("Derived", letter));
    }

    /// <summary>
    /// The finding of an indicator's outcome, its pointer relative to the project (the result adds the project's when
    /// read); the last one is reused when the outcome says the same, as most messages are constant.
    /// </summary>
    private Finding FindingFor(int index, IndicatorOutcome outcome)
    {
        var last = lastFindings[index];
        if (last is not null && string.Equals(last.Pointer, outcome.Pointer, StringComparison.Ordinal)
            && (outcome.Key is { } key
                ? string.Equals(last.MessageKey, key, StringComparison.Ordinal) && FindingArguments.Same(last.Arguments, outcome.Arguments!)
                : ReferenceEquals(last.MessageEnglish, outcome.MessageEnglish) && ReferenceEquals(last.MessageDutch, outcome.MessageDutch)))
        {
            return last;
        }

        var finding = NewFinding(index, outcome);
        lastFindings[index] = finding; // a benign race: any finding stored here is a correct one
        return finding;
    }

    private Finding NewFinding(int index, IndicatorOutcome outcome)
    {
        var code = indicators[index].Code;
        var pointer = outcome.Pointer;
        return outcome.Key is { } own
            ? Messages.CreateFrom(CompletenessMessages.Templates[own], code, own, pointer, outcome.Arguments!)
            : new Finding
            {
                Code = code,
                Severity = Severity.Warning,
                Pointer = pointer,
                MessageEnglish = outcome.MessageEnglish!,
                MessageDutch = outcome.MessageDutch ?? outcome.MessageEnglish!,
            };
    }

    /// <summary>Units of 0.0001 as points: built from the digits and the scale, because decimal division is slow.</summary>
    internal static decimal ToPoints(long units) => new((int)units, 0, 0, isNegative: false, scale: 4);
}
