using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace DataGrip.Core.Overlap;

/// <summary>
/// The approximate join (<see cref="OverlapMode.Approximate"/>): MinHash-LSH banding (Broder 1997; Indyk and Motwani
/// 1998) in two families of bands — a project's text terms, and its rarer features of the other weighted signals —
/// then every candidate pair scored by
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
        var tables = new List<Bucket>();
        tables.AddRange(Buckets(Signatures(corpus, text: true, shape.TextBands * shape.TextRows, 1.0, cancellationToken), shape.TextBands, shape.TextRows, 0, cancellationToken));
        tables.AddRange(Buckets(Signatures(corpus, text: false, shape.OtherBands * shape.OtherRows, shape.OtherMaxShare, cancellationToken), shape.OtherBands, shape.OtherRows, shape.TextBands, cancellationToken));

        // Each project against the earlier projects it shares a bucket with, each such pair scored once; no list of
        // candidates is kept, so the memory stays linear in the corpus.
        var done = 0;
        var found = new List<(int, int, double)>();
        var cores = Math.Max(1, Math.Min(n, Environment.ProcessorCount));
        Parallel.For(0, cores, new ParallelOptions { CancellationToken = cancellationToken }, core =>
        {
            var seen = new int[n];
            var local = new List<(int, int, double)>();
            for (var b = core; b < n; b += cores)
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (var table in tables)
                {
                    var run = table.RunOf[b];
                    for (var m = run < 0 ? 0 : table.RunStart[run]; run >= 0 && m < table.RunStart[run + 1]; m++)
                    {
                        var a = table.Order[m];
                        if (a >= b)
                        {
                            break;
                        }

                        if (seen[a] != b + 1)
                        {
                            seen[a] = b + 1;
                            var score = corpus.Score(a, b);
                            if (score >= threshold)
                            {
                                local.Add((a, b, score));
                            }
                        }
                    }
                }

                OverlapJoin.Report(progress, ref done, n);
            }

            lock (found)
            {
                found.AddRange(local);
            }
        });
        found.Sort();
        return found;
    }

    /// <summary>
    /// Per band, the buckets: the projects sorted by the hash of their rows in the band, a run of equal hashes being
    /// a bucket; members of a bucket in ascending order, so that the result does not depend on the input order's ties.
    /// </summary>
    private static Bucket[] Buckets(ulong[]?[] signatures, int bands, int rows, int firstBand, CancellationToken cancellationToken)
    {
        var n = signatures.Length;
        var tables = new Bucket[bands];
        Parallel.For(0, bands, new ParallelOptions { CancellationToken = cancellationToken }, band =>
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

            Array.Sort(keys, order, 0, count);
            var runOf = new int[n];
            for (var i = 0; i < n; i++)
            {
                runOf[i] = -1;
            }

            // Only buckets of two or more projects are kept: a project alone in its bucket meets no one there.
            var runStart = new List<int>();
            var members = new List<int>();
            for (var start = 0; start < count;)
            {
                var end = start + 1;
                while (end < count && keys[end] == keys[start])
                {
                    end++;
                }

                if (end - start > 1)
                {
                    Array.Sort(order, start, end - start);
                    runStart.Add(members.Count);
                    for (var m = start; m < end; m++)
                    {
                        runOf[order[m]] = runStart.Count - 1;
                        members.Add(order[m]);
                    }
                }

                start = end;
            }

            runStart.Add(members.Count);
            tables[band] = new Bucket([.. members], [.. runStart], runOf);
        });
        return tables;
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

    /// <summary>One band's buckets: <see cref="Order"/>[<see cref="RunStart"/>[r] .. <see cref="RunStart"/>[r + 1]) are the projects of bucket r, ascending; <see cref="RunOf"/> is each project's bucket, −1 when it is alone.</summary>
    private sealed record Bucket(int[] Order, int[] RunStart, int[] RunOf);

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
