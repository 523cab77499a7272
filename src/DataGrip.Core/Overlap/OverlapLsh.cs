using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace DataGrip.Core.Overlap;

/// <summary>
/// The approximate join (<see cref="OverlapMode.Approximate"/>): MinHash-LSH banding (Broder 1997; Indyk and Motwani
/// 1998) over each project's features of every weighted signal, then every candidate pair scored by
/// <see cref="OverlapCorpus.Score"/>, the function the exact joins call. So every pair it returns is an exact pair
/// with its exact score; only pairs whose feature sets are too unlike to meet in a band are missed.
/// </summary>
/// <remarks>
/// A project's signature is, per hash function, the least hash of its feature numbers. The feature numbers follow the
/// ordinal order of the feature keys, and the hash functions are fixed (a seeded mix, no <see cref="Random"/>), so the
/// candidates — and the output — do not depend on the order of the projects or on the run. Two projects with Jaccard
/// similarity J of their feature sets become candidates with probability 1 − (1 − J^rows)^bands.
/// </remarks>
internal static class OverlapLsh
{
    /// <summary>The default banding, tuned on the synthetic benchmark corpus (see benchmarks/README.md).</summary>
    public static readonly Shape Default = new(32, 3, 16, 2, 0.02);

    private const ulong Seed = 0x9E3779B97F4A7C15UL;

    public static List<(int A, int B, double Score)> Candidates(
        OverlapCorpus corpus, double threshold, Shape shape, IProgress<OverlapProgress>? progress, CancellationToken cancellationToken)
    {
        var n = corpus.Count;
        var candidates = new List<long>();
        Buckets(Signatures(corpus, text: true, shape.TextBands * shape.TextRows, 1.0, cancellationToken), shape.TextBands, shape.TextRows, 0, candidates, cancellationToken);
        Buckets(Signatures(corpus, text: false, shape.OtherBands * shape.OtherRows, shape.OtherMaxShare, cancellationToken), shape.OtherBands, shape.OtherRows, shape.TextBands, candidates, cancellationToken);
        // Pairs met in several bands once, in place.
        candidates.Sort();
        var unique = 0;
        for (var c = 0; c < candidates.Count; c++)
        {
            if (unique == 0 || candidates[unique - 1] != candidates[c])
            {
                candidates[unique++] = candidates[c];
            }
        }

        candidates.RemoveRange(unique, candidates.Count - unique);
        var found = new List<(int, int, double)>();
        Parallel.For(
            0, candidates.Count, new ParallelOptions { CancellationToken = cancellationToken },
            () => new List<(int, int, double)>(),
            (c, _, local) =>
            {
                var a = (int)(candidates[c] / n);
                var b = (int)(candidates[c] % n);
                var score = corpus.Score(a, b);
                if (score >= threshold)
                {
                    local.Add((a, b, score));
                }

                return local;
            },
            local =>
            {
                lock (found)
                {
                    found.AddRange(local);
                }
            });
        found.Sort();
        // The work is done band by band, not project by project: progress is reported once, at the end.
        progress?.Report(new OverlapProgress(n, n));
        return found;
    }

    private static void Buckets(ulong[]?[] signatures, int bands, int rows, int firstBand, List<long> candidates, CancellationToken cancellationToken)
    {
        var n = signatures.Length;

        // Per band, the projects sorted by the hash of their rows; a run of equal hashes is a bucket, and every pair
        // in a bucket is a candidate (as a * n + b, a < b, so duplicates across bands sort together).
        Parallel.For(
            0, bands, new ParallelOptions { CancellationToken = cancellationToken },
            () => new List<long>(),
            (band, _, local) =>
            {
                var keys = new ulong[n];
                var order = new int[n];
                var count = 0;
                for (var i = 0; i < n; i++)
                {
                    if (signatures[i] is { } signature)
                    {
                        var key = Seed + (ulong)(firstBand + band);
                        for (var r = 0; r < rows; r++)
                        {
                            key = Mix(key ^ signature[(band * rows) + r]);
                        }

                        keys[count] = key;
                        order[count++] = i;
                    }
                }

                // Sorting by key and then by project keeps the buckets independent of the input order's ties.
                Array.Sort(keys, order, 0, count);
                for (var start = 0; start < count;)
                {
                    var end = start + 1;
                    while (end < count && keys[end] == keys[start])
                    {
                        end++;
                    }

                    for (var x = start; x < end; x++)
                    {
                        for (var y = x + 1; y < end; y++)
                        {
                            var (a, b) = order[x] < order[y] ? (order[x], order[y]) : (order[y], order[x]);
                            local.Add(((long)a * n) + b);
                        }
                    }

                    start = end;
                }

                return local;
            },
            local =>
            {
                lock (candidates)
                {
                    candidates.AddRange(local);
                }
            });

    }

    /// <summary>
    /// Each project's MinHash signature over its text features, or over its features of the other weighted signals
    /// that at most <paramref name="maxShare"/> of the projects have; null for a project without any.
    /// </summary>
    private static ulong[]?[] Signatures(OverlapCorpus corpus, bool text, int hashes, double maxShare, CancellationToken cancellationToken)
    {
        var n = corpus.Count;
        var signatures = new ulong[]?[n];
        var maxFrequency = Math.Max(2, maxShare * n);
        Parallel.For(0, n, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            ulong[]? signature = null;
            for (var s = text ? 0 : 1; s < (text ? 1 : OverlapSignals.Count); s++)
            {
                if (corpus.Weight((OverlapSignal)s) <= 0)
                {
                    continue;
                }

                var features = corpus.Features(i, s);
                for (var k = 0; k < features.Count; k++)
                {
                    if (corpus.CorpusFrequency[features.Array![features.Offset + k]] > maxFrequency)
                    {
                        continue;
                    }

                    if (signature is null)
                    {
                        signature = new ulong[hashes];
                        for (var j = 0; j < hashes; j++)
                        {
                            signature[j] = ulong.MaxValue;
                        }
                    }

                    // The k-th hash function of a feature: its own 64-bit hash mixed with the function's number.
                    var h = Mix(Seed ^ (ulong)features.Array![features.Offset + k]);
                    for (var j = 0; j < hashes; j++)
                    {
                        var value = Mix(unchecked(h + ((ulong)j * Seed)));
                        if (value < signature[j])
                        {
                            signature[j] = value;
                        }
                    }
                }
            }

            signatures[i] = signature;
        });
        return signatures;
    }

    /// <summary>
    /// How the signatures are banded: the text terms, and the features of the other signals (those that at most
    /// <paramref name="OtherMaxShare"/> of the projects have: a feature every tenth project has finds no one in particular).
    /// Two sets with Jaccard similarity J meet in a family's bands with probability 1 − (1 − J^rows)^bands.
    /// </summary>
    internal readonly record struct Shape(int TextBands, int TextRows, int OtherBands, int OtherRows, double OtherMaxShare);

    /// <summary>The SplitMix64 finaliser: a fixed, well-spread 64-bit mix.</summary>
    private static ulong Mix(ulong x)
    {
        unchecked
        {
            x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
            x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
            return x ^ (x >> 31);
        }
    }
}
