using System;
using System.Collections.Generic;

namespace DataGrip.Core.Overlap;

/// <summary>
/// How rare every word, data source, supplier and other feature is in a corpus: the document frequencies behind
/// the TF-IDF and rarity weights. Made by <see cref="OverlapDetector.Rarity"/>; immutable.
/// </summary>
/// <remarks>
/// Pass one to <see cref="OverlapDetector.FindPairs(System.Collections.Generic.IReadOnlyList{DataGrip.Core.Model.DataProject}, OverlapRarity, System.IProgress{OverlapProgress}?, System.Threading.CancellationToken)"/>
/// to keep the weights fixed, for example to compare this year's corpus with last year's weights: with fixed
/// weights, adding a project never changes the scores of the other pairs.
/// </remarks>
public sealed class OverlapRarity
{
    private readonly Dictionary<FeatureKey, int> documentFrequency;

    internal OverlapRarity(int projectCount, Dictionary<FeatureKey, int> documentFrequency)
    {
        ProjectCount = projectCount;
        this.documentFrequency = documentFrequency;
    }

    /// <summary>How many projects the frequencies were counted in.</summary>
    public int ProjectCount { get; }

    /// <summary>How many distinct features were seen.</summary>
    public int FeatureCount => documentFrequency.Count;

    /// <summary>The largest inverse document frequency: that of a feature the counted projects never had (df 0).</summary>
    internal double MaxIdf => Idf(0);

    /// <summary>The inverse document frequency: ln((N + 1) / (df + 1)) + 1; a feature never seen counts as df 0.</summary>
    internal double Idf(FeatureKey key)
    {
        documentFrequency.TryGetValue(key, out var df);
        return Idf(df);
    }

    private double Idf(int df) => Math.Log((ProjectCount + 1.0) / (df + 1.0)) + 1.0;
}
