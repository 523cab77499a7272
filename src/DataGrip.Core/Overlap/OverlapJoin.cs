using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace DataGrip.Core.Overlap;

/// <summary>
/// Finds every pair whose score reaches the threshold, two ways with the same output: compare all pairs, or an
/// exact inverted-index join with prefix filtering (AllPairs, Bayardo et al. 2007).
/// </summary>
/// <remarks>
/// The index works on one vector per project that joins its signals, each scaled so that the dot product of two
/// projects bounds their score from above (see <c>Vectors</c>), so a pair that the bound rules out can never
/// reach the threshold. Features are ordered from common to rare; a
/// project's common features whose best case cannot reach the threshold on their own (its prefix) are left out
/// of the index. Every candidate that survives the bound is scored by <see cref="OverlapCorpus.Score"/>, the
/// same function the all-pairs comparison calls.
/// </remarks>
internal static class OverlapJoin
{
    /// <summary>Slack for floating-point rounding in the bound: the bound only lets more candidates through.</summary>
    private const double Slack = 1e-4;

    private const int ProgressEvery = 1000;

    public static List<(int A, int B, double Score)> AllPairs(OverlapCorpus corpus, double threshold, IProgress<OverlapProgress>? progress, CancellationToken cancellationToken)
    {
        var n = corpus.Count;
        var done = 0;
        var found = new List<(int, int, double)>();
        Parallel.For(
            0, n, new ParallelOptions { CancellationToken = cancellationToken },
            () => new List<(int, int, double)>(),
            (b, _, local) =>
            {
                for (var a = 0; a < b; a++)
                {
                    var score = corpus.Score(a, b);
                    if (score >= threshold)
                    {
                        local.Add((a, b, score));
                    }
                }

                Report(progress, ref done, n);
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
        return found;
    }

    public static List<(int A, int B, double Score)> Indexed(OverlapCorpus corpus, double threshold, IProgress<OverlapProgress>? progress, CancellationToken cancellationToken)
    {
        var n = corpus.Count;
        var vectors = Vectors(corpus);

        // The largest value each feature takes in any project: the best case a probe can meet.
        var best = new double[corpus.FeatureCount];
        foreach (var vector in vectors)
        {
            foreach (var (f, v) in vector)
            {
                best[f] = Math.Max(best[f], v);
            }
        }

        // Common features first; the prefix of each project is left out of the index.
        var prefixBound = new double[n];
        var suffixStart = new int[n];
        var postingCount = new int[corpus.FeatureCount + 1];
        for (var i = 0; i < n; i++)
        {
            var vector = vectors[i];
            Array.Sort(vector, (x, y) => corpus.CorpusFrequency[x.Feature] != corpus.CorpusFrequency[y.Feature]
                ? corpus.CorpusFrequency[y.Feature].CompareTo(corpus.CorpusFrequency[x.Feature])
                : x.Feature.CompareTo(y.Feature));
            var bound = 0.0;
            var k = 0;
            for (; k < vector.Length; k++)
            {
                var next = bound + (vector[k].Value * best[vector[k].Feature]);
                if (next >= threshold - Slack)
                {
                    break;
                }

                bound = next;
            }

            prefixBound[i] = bound;
            suffixStart[i] = k;
            for (; k < vector.Length; k++)
            {
                postingCount[vector[k].Feature + 1]++;
            }
        }

        // Postings as one array per feature, projects ascending.
        for (var f = 0; f < corpus.FeatureCount; f++)
        {
            postingCount[f + 1] += postingCount[f];
        }

        var postingStart = (int[])postingCount.Clone();
        var postingProject = new int[postingCount[corpus.FeatureCount]];
        var postingValue = new double[postingProject.Length];
        var fill = (int[])postingCount.Clone();
        for (var i = 0; i < n; i++)
        {
            for (var k = suffixStart[i]; k < vectors[i].Length; k++)
            {
                var (f, v) = vectors[i][k];
                postingProject[fill[f]] = i;
                postingValue[fill[f]++] = v;
            }
        }

        var done = 0;
        var found = new List<(int, int, double)>();
        Parallel.For(
            0, n, new ParallelOptions { CancellationToken = cancellationToken },
            () => (Found: new List<(int, int, double)>(), Sum: new double[n], Seen: new int[n], Touched: new List<int>()),
            (b, _, local) =>
            {
                foreach (var (f, v) in vectors[b])
                {
                    for (var p = postingStart[f]; p < postingStart[f + 1]; p++)
                    {
                        var a = postingProject[p];
                        if (a >= b)
                        {
                            break;
                        }

                        if (local.Seen[a] != b + 1)
                        {
                            local.Seen[a] = b + 1;
                            local.Touched.Add(a);
                        }

                        local.Sum[a] += v * postingValue[p];
                    }
                }

                foreach (var a in local.Touched)
                {
                    if (local.Sum[a] + prefixBound[a] >= threshold - Slack)
                    {
                        var score = corpus.Score(a, b);
                        if (score >= threshold)
                        {
                            local.Found.Add((a, b, score));
                        }
                    }

                    local.Sum[a] = 0;
                }

                local.Touched.Clear();
                Report(progress, ref done, n);
                return local;
            },
            local =>
            {
                lock (found)
                {
                    found.AddRange(local.Found);
                }
            });
        found.Sort();
        return found;
    }

    /// <summary>Each project's joined, scaled vector (see the remarks of the class).</summary>
    private static (int Feature, double Value)[][] Vectors(OverlapCorpus corpus)
    {
        // A signal's term in the score is w × similarity / D, where w ≤ the signal's weight is its pair weight and D
        // (the pair weights that count) is at least the text weight plus w. As w / (text + w) grows with w, scaling
        // each signal's unit vector by √(weight / (text weight + weight)) makes the dot product of two projects
        // bound their score from above.
        var text = corpus.Weight(OverlapSignal.Text);
        var scale = new double[OverlapSignals.Count];
        for (var s = 0; s < OverlapSignals.Count; s++)
        {
            var weight = corpus.Weight((OverlapSignal)s);
            scale[s] = weight == 0 ? 0 : Math.Sqrt(s == 0 ? 1.0 : weight / (text + weight));
        }

        var vectors = new (int, double)[corpus.Count][];
        var entries = new List<(int, double)>();
        for (var i = 0; i < corpus.Count; i++)
        {
            entries.Clear();
            for (var s = 0; s < OverlapSignals.Count; s++)
            {
                var features = corpus.Features(i, s);
                var values = corpus.Values(i, s);
                for (var k = 0; k < features.Count && scale[s] > 0; k++)
                {
                    entries.Add((features.Array![features.Offset + k], scale[s] * values.Array![values.Offset + k]));
                }
            }

            vectors[i] = [.. entries];
        }

        return vectors;
    }

    private static void Report(IProgress<OverlapProgress>? progress, ref int done, int total)
    {
        var now = Interlocked.Increment(ref done);
        if (progress is not null && (now % ProgressEvery == 0 || now == total))
        {
            progress.Report(new OverlapProgress(now, total));
        }
    }
}
