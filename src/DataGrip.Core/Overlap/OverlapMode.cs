namespace DataGrip.Core.Overlap;

/// <summary>How <see cref="OverlapDetector.FindPairs(System.Collections.Generic.IReadOnlyList{Model.DataProject}, System.IProgress{OverlapProgress}?, System.Threading.CancellationToken)"/> finds the pairs above the threshold.</summary>
public enum OverlapMode
{
    /// <summary>Exactly the pairs and scores that comparing every pair gives (an exact inverted-index join). The default.</summary>
    Exact = 0,

    /// <summary>
    /// Candidate pairs from MinHash-LSH banding over each project's features (seeded, deterministic), each scored with
    /// the same function as <see cref="Exact"/>: every pair it reports is an exact pair with the exact score, but some
    /// pairs above the threshold are missed (recall measured on the synthetic benchmark corpus is in the README).
    /// Much faster on large corpora. Not combined with <see cref="OverlapOptions.CompareAllPairs"/> or
    /// <see cref="OverlapOptions.TextSimilarity"/>.
    /// </summary>
    Approximate = 1,
}
