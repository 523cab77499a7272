using System;
using DataGrip.Core.Model;
using DataGrip.Core.Reference;

namespace DataGrip.Core.Completeness;

/// <summary>
/// One thing a registration should tell, and how well a project tells it. Derive from this class to add a
/// municipality's own indicator to a <see cref="CompletenessProfile"/>.
/// </summary>
/// <remarks>Implementations must be thread-safe and deterministic: the same project and context give the same outcome.</remarks>
public abstract class CompletenessIndicator
{
    /// <summary>The stable code, such as <c>DG-C011</c>; a municipality's own indicators use their own prefix, such as <c>GM0344-001</c>.</summary>
    public abstract string Code { get; }

    /// <summary>The perspective the indicator serves.</summary>
    public abstract Perspective Perspective { get; }

    /// <summary>The weight in the default profile.</summary>
    public abstract decimal DefaultWeight { get; }

    /// <summary>When the indicator applies and what earns its points, in a sentence (English).</summary>
    public abstract string Rule { get; }

    /// <summary>Evaluates the indicator for one project.</summary>
    /// <param name="project">The project.</param>
    /// <param name="context">What the evaluation may use besides the project.</param>
    /// <returns>Whether it applies, how much of it is fulfilled, and what is missing.</returns>
    public abstract IndicatorOutcome Evaluate(DataProject project, IndicatorContext context);

    /// <summary>Evaluates the indicator with the project's facts, made once per project and shared (the built-in indicators read them).</summary>
    internal virtual IndicatorOutcome Evaluate(DataProject project, IndicatorContext context, Facts.ProjectFacts facts) => Evaluate(project, context);
}

/// <summary>What an indicator may use besides the project.</summary>
public sealed class IndicatorContext
{
    internal IndicatorContext(DateTimeOffset referenceDate, int staleAfterMonths, MunicipalityList municipalities, bool inferAnswers)
    {
        InferAnswers = inferAnswers;
        ReferenceDate = referenceDate;
        StaleAfterMonths = staleAfterMonths;
        Municipalities = municipalities;
        StaleBefore = referenceDate.UtcDateTime.Date.AddMonths(-staleAfterMonths);
    }

    /// <summary>Whether the facts are read with inferred answers (<see cref="CompletenessOptions.InferAnswers"/>).</summary>
    internal bool InferAnswers { get; }

    /// <summary>A review before this day is stale.</summary>
    internal DateTime StaleBefore { get; }

    /// <summary>The date scores are computed on ("today").</summary>
    public DateTimeOffset ReferenceDate { get; }

    /// <summary>After how many months without review a registration is stale.</summary>
    public int StaleAfterMonths { get; }

    /// <summary>The municipalities whose codes are real.</summary>
    public MunicipalityList Municipalities { get; }
}

/// <summary>The outcome of one indicator for one project.</summary>
public readonly struct IndicatorOutcome
{
    private readonly string? english;
    private readonly string? dutch;

    private IndicatorOutcome(bool applies, decimal fulfilment, string pointer, string? english, string? dutch)
    {
        Applies = applies;
        Fulfilment = fulfilment;
        Pointer = pointer;
        this.english = english;
        this.dutch = dutch;
        Key = null;
        Arguments = null;
    }

    private IndicatorOutcome(decimal fulfilment, string pointer, string key, FindingArguments arguments)
    {
        Applies = true;
        Fulfilment = fulfilment;
        Pointer = pointer;
        english = null;
        dutch = null;
        Key = key;
        Arguments = arguments;
    }

    /// <summary>The key of a built-in indicator's message in the template table (its code or a variant); null for a custom indicator's own words.</summary>
    internal string? Key { get; }

    /// <summary>The values of the built-in message's placeholders.</summary>
    internal FindingArguments? Arguments { get; }

    /// <summary>Whether there is a message, that is, something is missing.</summary>
    internal bool HasMessage => Key is not null || english is not null;

    /// <summary>The indicator does not apply to this project: it earns nothing and its maximum is taken off.</summary>
    public static IndicatorOutcome NotApplicable { get; } = new(false, 0, string.Empty, null, null);

    /// <summary>Whether the indicator applies.</summary>
    public bool Applies { get; }

    /// <summary>How much of the indicator is fulfilled, from 0 to 1.</summary>
    public decimal Fulfilment { get; }

    /// <summary>The JSON Pointer of what the indicator looks at.</summary>
    public string Pointer { get; }

    /// <summary>What is missing, in English; null when fulfilled.</summary>
    public string? MessageEnglish => Key is null ? english : Messages.English(CompletenessMessages.Templates[Key].English, Arguments!);

    /// <summary>What is missing, in Dutch; null when fulfilled.</summary>
    public string? MessageDutch => Key is null ? dutch : Messages.Dutch(CompletenessMessages.Templates[Key].Dutch, Arguments!);

    /// <summary>Fully fulfilled.</summary>
    /// <param name="pointer">The JSON Pointer of what was looked at.</param>
    /// <returns>The outcome.</returns>
    public static IndicatorOutcome Met(string pointer) => new(true, 1, pointer, null, null);

    /// <summary>Applies and earns nothing.</summary>
    /// <param name="pointer">The JSON Pointer of what is missing.</param>
    /// <param name="english">What is missing, in English.</param>
    /// <param name="dutch">What is missing, in Dutch.</param>
    /// <returns>The outcome.</returns>
    public static IndicatorOutcome Missing(string pointer, string english, string dutch) => new(true, 0, pointer, english, dutch);

    /// <summary>A built-in indicator's outcome that earns nothing, with its message from the template table.</summary>
    internal static IndicatorOutcome Lacks(string pointer, string key, params (string Name, object? Value)[] arguments) =>
        new(0, pointer, key, Messages.Arguments(arguments));

    /// <summary>A built-in indicator's outcome that is partly fulfilled, with its message from the template table.</summary>
    internal static IndicatorOutcome PartlyLacks(decimal fulfilment, string pointer, string key) =>
        fulfilment >= 1 ? Met(pointer) : new(fulfilment, pointer, key, FindingArguments.Empty);

    /// <summary>Partly fulfilled.</summary>
    /// <param name="fulfilment">The share fulfilled, from 0 to 1.</param>
    /// <param name="pointer">The JSON Pointer of what is incomplete.</param>
    /// <param name="english">What is missing, in English.</param>
    /// <param name="dutch">What is missing, in Dutch.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fulfilment"/> is not within 0 and 1.</exception>
    public static IndicatorOutcome Partial(decimal fulfilment, string pointer, string english, string dutch) =>
        fulfilment is < 0 or > 1
            ? throw new ArgumentOutOfRangeException(nameof(fulfilment), fulfilment, "The fulfilment must be between 0 and 1.")
            : fulfilment == 1 ? Met(pointer) : new(true, fulfilment, pointer, english, dutch);
}
