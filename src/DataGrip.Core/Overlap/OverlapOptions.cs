using System;
using System.Collections.Generic;

namespace DataGrip.Core.Overlap;

/// <summary>Options of an <see cref="OverlapDetector"/>.</summary>
public sealed record OverlapOptions
{
    /// <summary>The defaults.</summary>
    public static OverlapOptions Default { get; } = new();

    /// <summary>How much each signal counts in the combined score.</summary>
    /// <value>The default value is <see cref="OverlapWeights.Default"/>.</value>
    public OverlapWeights Weights { get; init; } = OverlapWeights.Default;

    /// <summary>
    /// The combined score from which a pair is reported when it is among the best <see cref="MaxPairsPerProject"/> of
    /// either project (and from which pairs form <see cref="OverlapResult.Groups"/>).
    /// </summary>
    /// <value>The default value is 0.16 (chosen on the tuning half of the labelled real registrations, see docs/overlap.md); allowed are 0.01 to 1.</value>
    public double Threshold { get; init; } = 0.16;

    /// <summary>
    /// The score from which two projects of the same organisation are a <see cref="OverlapKind.Duplicate"/> rather than an
    /// <see cref="OverlapKind.Overlap"/> (two projects with the same name are a duplicate and two of one department an
    /// overlap, whatever the score; docs/overlap.md, "Kinds").
    /// </summary>
    /// <value>The default value is 0.30 (chosen on the tuning half of the labelled kinds, see docs/overlap.md); allowed are 0.01 to 1.</value>
    public double DuplicateThreshold { get; init; } = 0.30;

    /// <summary>
    /// The most pairs reported for one project's sake at <see cref="Threshold"/>: a pair is reported when it is among the
    /// best <c>MaxPairsPerProject</c> of either of its projects (groups still use every pair above the threshold).
    /// </summary>
    /// <value>The default value is 5; allowed are 1 to 1,000.</value>
    public int MaxPairsPerProject { get; init; } = 5;

    /// <summary>
    /// A pair below <see cref="Threshold"/> is still reported when it scores at least this and is among the best
    /// <see cref="NeighboursPerProject"/> of either project, so that <see cref="OverlapDetector.FindPairs(System.Collections.Generic.IReadOnlyList{Model.DataProject}, System.IProgress{OverlapProgress}?, System.Threading.CancellationToken)"/>
    /// keeps each project's nearest neighbours, the top of its <see cref="OverlapDetector.FindSimilar(Model.DataProject, System.Collections.Generic.IReadOnlyList{Model.DataProject}, int, System.Threading.CancellationToken)"/>
    /// list, while the threshold keeps weak pairs out; 0 turns it off (only pairs from the threshold are reported).
    /// It finds more of the labelled pairs (0.10 with 5 neighbours: recall@5 0.772 to 0.810 on the validation half) but
    /// the join then runs from the lower score: about 2.5 times slower at 100,000 projects (docs/overlap.md).
    /// </summary>
    /// <value>The default value is 0 (off); allowed are 0 and 0.01 to 1.</value>
    public double NeighbourThreshold { get; init; }

    /// <summary>How many of a project's best pairs from <see cref="NeighbourThreshold"/> on are reported.</summary>
    /// <value>The default value is 5; allowed are 1 to 1,000.</value>
    public int NeighboursPerProject { get; init; } = 5;

    /// <summary>
    /// Replaces the built-in TF-IDF text similarity, for example with sentence embeddings. With it set, pairs are found by
    /// comparing every pair (the index cannot bound an unknown similarity), so it suits corpora up to a few thousand projects.
    /// </summary>
    /// <value>The default value is null: Dutch-aware TF-IDF cosine of name, short description, goal, long description, methods and the data in words, each field weighted.</value>
    public ITextSimilarity? TextSimilarity { get; init; }

    /// <summary>Compare every pair instead of using the index. Same output, much slower; for checks and benchmarks.</summary>
    /// <value>The default value is false.</value>
    public bool CompareAllPairs { get; init; }

    /// <summary>What is read of a project and how (internal: fixed defaults; the evaluation turns levers off to measure them).</summary>
    internal OverlapReading Reading { get; init; } = OverlapReading.Default;

    /// <summary>
    /// A project with fewer analysed text terms than this is short (a registration that is little more than a name): it
    /// keeps its best <see cref="ShortNeighbours"/> pairs from <see cref="ShortThreshold"/> on, because few terms give a low
    /// cosine even for a true match (internal, 0 = off: measured in docs/overlap.md, "Short registrations").
    /// </summary>
    internal int ShortTextTerms { get; init; }

    /// <summary>The score from which a short project's best pairs are reported (with <see cref="ShortTextTerms"/> on).</summary>
    internal double ShortThreshold { get; init; } = 0.10;

    /// <summary>How many of a short project's best pairs from <see cref="ShortThreshold"/> on are reported.</summary>
    internal int ShortNeighbours { get; init; } = 3;

    /// <summary>
    /// With this above 0, a pair's threshold is <see cref="Threshold"/> × (the fewer text terms of its two projects / this),
    /// held between <see cref="ScaleLow"/> and <see cref="ScaleHigh"/> times the threshold: a pair with little text needs
    /// less, one with full texts more (internal, 0 = off: measured in docs/overlap.md, "Short registrations").
    /// </summary>
    internal int ScaleTextTerms { get; init; }

    /// <summary>The least factor of the scaled threshold (with <see cref="ScaleTextTerms"/> on).</summary>
    internal double ScaleLow { get; init; } = 0.6;

    /// <summary>The greatest factor of the scaled threshold (with <see cref="ScaleTextTerms"/> on).</summary>
    internal double ScaleHigh { get; init; } = 1;

    /// <summary>The threshold of a pair whose projects have <paramref name="fewerTerms"/> text terms at the fewest.</summary>
    internal double PairThreshold(int fewerTerms) =>
        ScaleTextTerms > 0 ? Threshold * Math.Min(Math.Max((double)fewerTerms / ScaleTextTerms, ScaleLow), ScaleHigh) : Threshold;

    /// <summary>The score from which the join finds pairs: the lowest of the threshold, the neighbour threshold and the short projects' threshold.</summary>
    internal double JoinThreshold => Math.Min(
        NeighbourThreshold > 0 ? Math.Min(NeighbourThreshold, Threshold) : Threshold,
        Math.Min(ShortTextTerms > 0 ? ShortThreshold : double.MaxValue, ScaleTextTerms > 0 ? Threshold * Math.Min(ScaleLow, 1) : double.MaxValue));

    /// <summary>Report a pair only when it is among the best of both its projects (the rule before issue 14; internal, to measure it).</summary>
    internal bool BestOfBoth { get; init; }

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentException">An option is invalid; the message lists every problem.</exception>
    public void Validate()
    {
        var problems = new List<string>();
        if (Weights is null)
        {
            problems.Add("Weights must not be null.");
        }
        else
        {
            Weights.Check(problems);
        }

        if (!(Threshold >= 0.01 && Threshold <= 1))
        {
            problems.Add($"Threshold must be between 0.01 and 1, but is {Threshold}.");
        }

        if (!(DuplicateThreshold >= 0.01 && DuplicateThreshold <= 1))
        {
            problems.Add($"DuplicateThreshold must be between 0.01 and 1, but is {DuplicateThreshold}.");
        }

        if (MaxPairsPerProject is < 1 or > 1000)
        {
            problems.Add($"MaxPairsPerProject must be between 1 and 1000, but is {MaxPairsPerProject}.");
        }

        if (!(NeighbourThreshold == 0 || (NeighbourThreshold >= 0.01 && NeighbourThreshold <= 1)))
        {
            problems.Add($"NeighbourThreshold must be 0 or between 0.01 and 1, but is {NeighbourThreshold}.");
        }

        if (NeighboursPerProject is < 1 or > 1000)
        {
            problems.Add($"NeighboursPerProject must be between 1 and 1000, but is {NeighboursPerProject}.");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid OverlapOptions: " + string.Join(" ", problems));
        }
    }
}

/// <summary>
/// The weight of each signal in the combined score. The score of a pair is the weighted mean of the text similarity
/// and the similarities of the other signals that both projects fill in; the weight of such a signal is scaled by
/// how rare the features are (sharing only a source that half the projects use weighs little).
/// </summary>
public sealed record OverlapWeights
{
    /// <summary>The defaults: text 0.55, data 0.15, legal 0.10, supplier 0.05, themes 0.05, technique 0.05, subjects 0.05.</summary>
    public static OverlapWeights Default { get; } = new();

    /// <summary>Name, short description and goal.</summary>
    /// <value>The default value is 0.55.</value>
    public double Text { get; init; } = 0.55;

    /// <summary>Data sources and base registries, weighted by rarity.</summary>
    /// <value>The default value is 0.15.</value>
    public double Data { get; init; } = 0.15;

    /// <summary>Supplier and product.</summary>
    /// <value>The default value is 0.05.</value>
    public double Supplier { get; init; } = 0.05;

    /// <summary>Legal references.</summary>
    /// <value>The default value is 0.10.</value>
    public double Legal { get; init; } = 0.10;

    /// <summary>Register themes.</summary>
    /// <value>The default value is 0.05.</value>
    public double Themes { get; init; } = 0.05;

    /// <summary>Algorithm type and use type.</summary>
    /// <value>The default value is 0.05.</value>
    public double Technique { get; init; } = 0.05;

    /// <summary>Data subject groups.</summary>
    /// <value>The default value is 0.05.</value>
    public double Subjects { get; init; } = 0.05;

    /// <summary>The weight of one signal.</summary>
    /// <param name="signal">The signal.</param>
    /// <returns>Its weight.</returns>
    public double Of(OverlapSignal signal) => signal switch
    {
        OverlapSignal.Text => Text,
        OverlapSignal.Data => Data,
        OverlapSignal.Supplier => Supplier,
        OverlapSignal.Legal => Legal,
        OverlapSignal.Themes => Themes,
        OverlapSignal.Technique => Technique,
        OverlapSignal.Subjects => Subjects,
        _ => throw new ArgumentOutOfRangeException(nameof(signal), signal, "Unknown signal."),
    };

    internal void Check(List<string> problems)
    {
        var sum = 0.0;
        foreach (var signal in OverlapSignals.All)
        {
            var weight = Of(signal);
            if (!(weight >= 0 && weight <= 100))
            {
                problems.Add($"The weight of {signal} must be between 0 and 100, but is {weight}.");
            }
            else
            {
                sum += weight;
            }
        }

        if (!(sum > 0))
        {
            problems.Add("At least one weight must be above 0.");
        }
    }
}
