using System;
using System.Collections.Immutable;
using System.IO;
using DataGrip.Core.Model;
using DataGrip.Core.Internal;
using DataGrip.Core.Serialization;

namespace DataGrip.Core.Risk;

/// <summary>
/// A council's risk framework (kaderstelling): the risk a municipality is willing to take. Load one from a JSON file
/// (schema <c>schema/v1/datagrip-risk-framework.schema.json</c>) with <see cref="Load(string)"/>, or build one in
/// code; <see cref="Default"/> is the conservative framework that ships with the library.
/// </summary>
public sealed record RiskFramework
{
    /// <summary>The framework version this library reads.</summary>
    public const string CurrentVersion = "1.0";

    private static readonly Lazy<RiskFramework> DefaultFramework = new(LoadEmbedded);

    /// <summary>
    /// The conservative default: level III and above need a council decision; prohibited AI is excluded; high-risk
    /// AI, special categories of personal data and criminal data need a council decision; a DPIA pre-scan from level
    /// II, a DPIA and an IAMA from level III; no predictive profiling in social security; a human final decision from
    /// level III.
    /// </summary>
    public static RiskFramework Default => DefaultFramework.Value;

    /// <summary>A name for the framework, such as "Kader datagedreven werken gemeente Utrecht 2026".</summary>
    public string Name { get; init; } = "";

    /// <summary>The highest impact level a project may have without a council decision.</summary>
    /// <value>The default value is <see cref="ImpactLevel.II"/>.</value>
    public ImpactLevel MaxLevelWithoutCouncilDecision { get; init; } = ImpactLevel.II;

    /// <summary>What the municipality does not do at all.</summary>
    public FrameworkLimits Excluded { get; init; } = new();

    /// <summary>What the municipality does only after a council decision.</summary>
    public FrameworkLimits CouncilDecision { get; init; } = new();

    /// <summary>The assessments that must be done at each impact level (a level's list is not inherited by higher levels).</summary>
    public ImmutableDictionary<ImpactLevel, ImmutableArray<AssessmentType>> RequiredAssessments { get; init => field = value ?? ImmutableDictionary<ImpactLevel, ImmutableArray<AssessmentType>>.Empty; } =
        ImmutableDictionary<ImpactLevel, ImmutableArray<AssessmentType>>.Empty;

    /// <summary>The themes in which predictive profiling of people is not allowed.</summary>
    public ImmutableArray<Theme> NoPredictiveProfilingThemes { get; init => field = value.OrEmpty(); } = [];

    /// <summary>From this impact level on, a person must take the final decision; null when the framework does not say.</summary>
    public ImpactLevel? HumanFinalDecisionFromLevel { get; init; }

    /// <summary>Reads a framework from its JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The framework.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="InvalidDataException">The file is not a valid framework; the message lists every problem with its JSON Pointer.</exception>
    public static RiskFramework Load(string json) => OrThrow(Read(json));

    /// <summary>Reads a framework from a UTF-8 JSON stream.</summary>
    /// <param name="utf8Json">The stream; it is not closed.</param>
    /// <returns>The framework.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="InvalidDataException">The file is not a valid framework; the message lists every problem with its JSON Pointer.</exception>
    public static RiskFramework Load(Stream utf8Json) => OrThrow(Read(utf8Json));

    /// <summary>
    /// Reads a framework from its JSON text, as a result: the framework, or findings (schema codes <c>DG-S</c>, each
    /// with its JSON Pointer and a message in Dutch and English) that say every problem of the file.
    /// </summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The framework, or the findings that say why there is none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static ReadResult<RiskFramework> Read(string json) => new FrameworkReader().Read(Guard.NotNull(json));

    /// <summary>Reads a framework from a UTF-8 JSON stream, as a result (see <see cref="Read(string)"/>).</summary>
    /// <param name="utf8Json">The stream; it is not closed.</param>
    /// <returns>The framework, or the findings that say why there is none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    public static ReadResult<RiskFramework> Read(Stream utf8Json) => new FrameworkReader().Read(Guard.NotNull(utf8Json));

    private static RiskFramework OrThrow(ReadResult<RiskFramework> read) => read.Value ?? throw FrameworkReader.Invalid("risk framework", read.Findings);

    private static RiskFramework LoadEmbedded()
    {
        using var stream = typeof(RiskFramework).Assembly.GetManifestResourceStream("DataGrip.Core.Risk.default-risk-framework.json")
            ?? throw new InvalidOperationException("The default risk framework is missing from the assembly.");
        return Load(stream);
    }
}

/// <summary>A set of AI Act classes, data categories and techniques that a framework excludes or reserves for the council.</summary>
public sealed record FrameworkLimits
{
    /// <summary>AI Act classes.</summary>
    public ImmutableArray<AiActClass> AiActClasses { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Special categories of personal data (GDPR Art. 9).</summary>
    public ImmutableArray<SpecialCategory> SpecialCategories { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Sensitive personal data (BSN, financial, location…).</summary>
    public ImmutableArray<SensitiveCategory> SensitiveCategories { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Whether criminal offence data are covered.</summary>
    public bool CriminalData { get; init; }

    /// <summary>Algorithm types.</summary>
    public ImmutableArray<AlgorithmType> Techniques { get; init => field = value.OrEmpty(); } = [];

    internal bool IsEmpty => AiActClasses.IsEmpty && SpecialCategories.IsEmpty && SensitiveCategories.IsEmpty && !CriminalData && Techniques.IsEmpty;
}
