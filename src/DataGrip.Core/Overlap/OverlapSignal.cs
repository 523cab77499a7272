namespace DataGrip.Core.Overlap;

/// <summary>A kind of evidence that two projects are alike; each gives a similarity in [0, 1].</summary>
public enum OverlapSignal
{
    /// <summary>Name, short description and goal: Dutch-aware TF-IDF cosine, or a plugged-in <see cref="ITextSimilarity"/>.</summary>
    Text,

    /// <summary>Shared data sources and base registries, weighted by rarity (a source half the projects use says little).</summary>
    Data,

    /// <summary>Shared suppliers, and the same product of a supplier.</summary>
    Supplier,

    /// <summary>Shared legal references.</summary>
    Legal,

    /// <summary>Shared register themes.</summary>
    Themes,

    /// <summary>The same algorithm type and use type.</summary>
    Technique,

    /// <summary>Shared data subject groups.</summary>
    Subjects,
}

/// <summary>What a pair of similar projects means for the people who read the report.</summary>
public enum OverlapKind
{
    /// <summary>The same organisation registered nearly the same project twice.</summary>
    Duplicate,

    /// <summary>The same organisation runs two related projects.</summary>
    Overlap,

    /// <summary>Two organisations do something similar: one may reuse what the other built.</summary>
    ReuseOpportunity,

    /// <summary>Two organisations use the same product of the same supplier.</summary>
    SharedSupplier,
}

internal static class OverlapSignals
{
    internal static readonly OverlapSignal[] All =
    [
        OverlapSignal.Text, OverlapSignal.Data, OverlapSignal.Supplier, OverlapSignal.Legal,
        OverlapSignal.Themes, OverlapSignal.Technique, OverlapSignal.Subjects,
    ];

    internal const int Count = 7;
}
