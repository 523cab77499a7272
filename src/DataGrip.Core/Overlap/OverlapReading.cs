namespace DataGrip.Core.Overlap;

/// <summary>
/// What the detector reads of a project and how (internal: the defaults are chosen on the tuning half of the
/// labelled registrations, docs/overlap.md; the evaluation switches levers off to measure them).
/// </summary>
internal sealed record OverlapReading
{
    public static OverlapReading Default { get; } = new();

    /// <summary>How the detector read before issue 14: name (twice), short description, goal and tags; light stemmer; no signals from prose.</summary>
    public static OverlapReading Before { get; } = new()
    {
        Description = 0, Methods = 0, DataText = 0, Department = 0, Snowball = false, Compounds = false, ProseSignals = false,
        ConceptGroups = false,
    };

    /// <summary>How much one occurrence of a word in each field counts in the text's term frequencies.</summary>
    public double Name { get; init; } = 2;

    public double ShortDescription { get; init; } = 1;

    public double Goal { get; init; } = 1;

    public double Tags { get; init; } = 1;

    /// <summary>The long description (<c>description</c>).</summary>
    public double Description { get; init; } = 0.5;

    /// <summary>The methods and models (<c>technique.methodsAndModels</c>).</summary>
    public double Methods { get; init; } = 0.25;

    /// <summary>The data described in words (<c>data.description</c>).</summary>
    public double DataText { get; init; } = 0.25;

    /// <summary>The department's name.</summary>
    public double Department { get; init; }

    public bool Snowball { get; init; } = true;

    /// <summary>
    /// How many of its highest-weighted terms describe a project's text. 32 did better on the tuning half but not on the
    /// validation half, and made the join slower (docs/overlap.md).
    /// </summary>
    public int TextTerms { get; init; } = 24;

    /// <summary>
    /// Split compounds with the word list. Off by default: it added little on the labelled registrations and made the
    /// index join much slower (docs/overlap.md), so a few known parts are split instead.
    /// </summary>
    public bool Compounds { get; init; }

    /// <summary>Concept groups of the municipal domain (toezicht/controle/handhaving, detectie/herkenning, …) map to one concept.</summary>
    public bool ConceptGroups { get; init; } = true;

    /// <summary>A second set of concept groups listed from knowledge of municipal work (sanctions, identity documents, income support, waste, climate, product names, …).</summary>
    public bool DomainVocabulary { get; init; }

    /// <summary>Base registries and suppliers named in the prose count as data sources and suppliers.</summary>
    public bool ProseSignals { get; init; } = true;

    /// <summary>BM25's term-frequency saturation k1 for the text; 0 (the default) keeps 1 + ln(count).</summary>
    public double TfK1 { get; init; }

    /// <summary>BM25's length normalisation b (0 none, 1 full), with <see cref="TfK1"/> set.</summary>
    public double LengthB { get; init; }

    /// <summary>The text length (field-weighted words) that counts as average for <see cref="LengthB"/>.</summary>
    public double LengthPivot { get; init; } = 40;
}
