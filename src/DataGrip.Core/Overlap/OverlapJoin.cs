using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace DataGrip.Core.Overlap;

/// <summary>
/// Finds every pair whose score reaches the threshold, two ways with the same output: compare all pairs, or an
/// exact inverted-index join with prefix filtering (AllPairs, Bayardo et al. 2007).
/// </summary>
/// <remarks>
/// Features are ordered from common to rare. A project's common features whose best case cannot reach the
/// threshold together (its prefix) are left out of the index, so a pair that can reach the threshold always shares
/// an indexed feature of the earlier project. Probing with each project's features gives, per signal, the exact
/// dot product over the indexed features; with what the prefix can add at most, and the pair's real weights, that
/// bounds the score from above. Every candidate the bound cannot rule out is scored by
/// <see cref="OverlapCorpus.Score"/>, the same function the all-pairs comparison calls.
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
        const int Signals = OverlapSignals.Count;
        var n = corpus.Count;
        var (vectors, signalOf) = Vectors(corpus);

        // The largest value each feature takes in any project: the best case a probe can meet.
        var best = new double[corpus.FeatureCount];
        foreach (var vector in vectors)
        {
            foreach (var (f, v) in vector)
            {
                best[f] = Math.Max(best[f], v);
            }
        }

        // Common features first: rank 0 is the feature most projects have.
        var byRank = Enumerable.Range(0, corpus.FeatureCount).ToArray();
        Array.Sort(byRank, (x, y) => corpus.CorpusFrequency[x] != corpus.CorpusFrequency[y]
            ? corpus.CorpusFrequency[y].CompareTo(corpus.CorpusFrequency[x])
            : x.CompareTo(y));
        var rank = new int[corpus.FeatureCount];
        for (var r = 0; r < byRank.Length; r++)
        {
            rank[byRank[r]] = r;
        }

        // mass[f]: the most any project's unit vector of f's signal weighs (its length) on the features of that
        // signal ranked up to f. Common words make up only part of a text's vector, so the part of a cosine that
        // comes from them is at most (its own length there) × mass.
        var mass = new double[corpus.FeatureCount];
        var squares = new double[Signals];
        foreach (var vector in vectors)
        {
            Array.Sort(vector, (x, y) => rank[x.Feature].CompareTo(rank[y.Feature]));
            Array.Clear(squares, 0, Signals);
            foreach (var (f, v) in vector)
            {
                squares[signalOf[f]] += v * v;
                mass[f] = Math.Max(mass[f], Math.Sqrt(squares[signalOf[f]]));
            }
        }

        var running = new double[Signals];
        foreach (var f in byRank)
        {
            running[signalOf[f]] = Math.Max(running[signalOf[f]], Math.Min(1.0, mass[f]));
            mass[f] = running[signalOf[f]];
        }

        // A project's prefix — the common features whose best case cannot reach the threshold together — stays out
        // of the index; prefixBound keeps, per signal, what the prefix can add at most to that signal's cosine with
        // any other project.
        var prefixBound = new double[n * Signals];
        var suffixes = new (int Feature, double Value)[n][];
        var postingCount = new int[corpus.FeatureCount + 1];
        var sum = new double[Signals];
        var bySignal = Enumerable.Range(0, Signals).Select(_ => new List<(int Feature, double Value)>()).ToArray();
        var head = new int[Signals];
        var suffix = new List<(int, double)>();
        for (var i = 0; i < n; i++)
        {
            Array.Clear(sum, 0, Signals);
            Array.Clear(squares, 0, Signals);
            Array.Clear(head, 0, Signals);
            foreach (var list in bySignal)
            {
                list.Clear();
            }

            foreach (var entry in vectors[i])
            {
                bySignal[signalOf[entry.Feature]].Add(entry);
            }

            // Per signal the prefix is its most common features; across signals, greedily the one that saves the
            // most postings (its frequency) for the least bound, until no signal's next feature fits the budget.
            var bound = 0.0;
            while (true)
            {
                var pick = -1;
                var bestGain = double.NegativeInfinity;
                for (var s = 0; s < Signals; s++)
                {
                    if (head[s] < bySignal[s].Count)
                    {
                        var (f, v) = bySignal[s][head[s]];
                        var gain = corpus.CorpusFrequency[f] / ((Reach(corpus, i, s) * v * best[f]) + 1e-12);
                        if (gain > bestGain)
                        {
                            (pick, bestGain) = (s, gain);
                        }
                    }
                }

                if (pick < 0)
                {
                    break;
                }

                // What the prefix adds to a signal's cosine is at most Σ value × best, and at most the length of its
                // part of the unit vector times the other's mass on features ranked up to here (Cauchy–Schwarz).
                var (feature, value) = bySignal[pick][head[pick]];
                var before = prefixBound[(i * Signals) + pick];
                var after = Math.Min(sum[pick] + (value * best[feature]), Math.Sqrt(squares[pick] + (value * value)) * mass[feature]);
                var next = bound + (Reach(corpus, i, pick) * (after - before));
                if (next >= threshold - Slack)
                {
                    // This signal is closed: its remaining features are all indexed.
                    suffix.AddRange(bySignal[pick].Skip(head[pick]));
                    head[pick] = bySignal[pick].Count;
                    continue;
                }

                bound = next;
                sum[pick] += value * best[feature];
                squares[pick] += value * value;
                prefixBound[(i * Signals) + pick] = after;
                head[pick]++;
            }

            suffixes[i] = [.. suffix];
            suffix.Clear();
            foreach (var (f, _) in suffixes[i])
            {
                postingCount[f + 1]++;
            }
        }

        // Postings as one array per feature, projects ascending.
        for (var f = 0; f < corpus.FeatureCount; f++)
        {
            postingCount[f + 1] += postingCount[f];
        }

        var postingStart = postingCount;
        var postingProject = new int[postingCount[corpus.FeatureCount]];
        var postingValue = new float[postingProject.Length];
        var fill = (int[])postingCount.Clone();
        for (var i = 0; i < n; i++)
        {
            foreach (var (f, v) in suffixes[i])
            {
                postingProject[fill[f]] = i;
                postingValue[fill[f]++] = (float)v;
            }
        }

        var done = 0;
        var found = new List<(int, int, double)>();
        // One probe state per core (its arrays are as long as the corpus), each taking every so-many-th project so
        // that the cores share the later, costlier probes evenly.
        var cores = Math.Max(1, Math.Min(n, Environment.ProcessorCount));
        Parallel.For(0, cores, new ParallelOptions { CancellationToken = cancellationToken }, core =>
        {
            var local = new Probe(n);
            for (var b = core; b < n; b += cores)
            {
                cancellationToken.ThrowIfCancellationRequested();
                // Each earlier project that shares an indexed feature with b: the exact dot product over its
                // indexed features, per signal.
                foreach (var (f, v) in vectors[b])
                {
                    var signal = signalOf[f];
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

                        local.Dot[(signal * n) + a] += (float)(v * postingValue[p]);
                    }
                }

                foreach (var a in local.Touched)
                {
                    // The score with every cosine at its upper bound (indexed part + what a's prefix can add) and
                    // the pair's real weights; only a pair that can reach the threshold is scored.
                    var numerator = 0.0;
                    var denominator = 0.0;
                    for (var s = 0; s < Signals; s++)
                    {
                        var weight = corpus.PairWeight(a, b, s);
                        denominator += weight;
                        numerator += weight * Math.Min(1.0, local.Dot[(s * n) + a] + prefixBound[(a * Signals) + s]);
                        local.Dot[(s * n) + a] = 0;
                    }

                    if (denominator > 0 && numerator / denominator >= threshold - Slack)
                    {
                        var score = corpus.Score(a, b);
                        if (score >= threshold)
                        {
                            local.Found.Add((a, b, score));
                        }
                    }
                }

                local.Touched.Clear();
                Report(progress, ref done, n);
            }

            lock (found)
            {
                found.AddRange(local.Found);
            }
        });
        found.Sort();
        return found;
    }

    /// <summary>
    /// The most one unit of signal <paramref name="signal"/>'s cosine can add to the score of project
    /// <paramref name="project"/> with any other: the signal's pair weight over the pair's total weight, which is at
    /// most 1 for the text, and for another signal at most weight / (text weight + weight) and at most
    /// weight × √information / text weight (the other project's information is at most 1).
    /// </summary>
    private static double Reach(OverlapCorpus corpus, int project, int signal)
    {
        var text = corpus.Weight(OverlapSignal.Text);
        var weight = corpus.Weight((OverlapSignal)signal);
        if (signal == 0 || text == 0)
        {
            return weight > 0 ? 1.0 : 0.0;
        }

        return Math.Min(weight / (text + weight), weight * Math.Sqrt(corpus.Information(project, signal)) / text);
    }

    /// <summary>Each project's features of every signal with weight, as (feature, unit-vector value), and the signal of each feature.</summary>
    private static ((int Feature, double Value)[][] Vectors, int[] SignalOf) Vectors(OverlapCorpus corpus)
    {
        var signalOf = new int[corpus.FeatureCount];
        var vectors = new (int, double)[corpus.Count][];
        var entries = new List<(int, double)>();
        for (var i = 0; i < corpus.Count; i++)
        {
            entries.Clear();
            for (var s = 0; s < OverlapSignals.Count; s++)
            {
                var features = corpus.Features(i, s);
                var values = corpus.Values(i, s);
                for (var k = 0; k < features.Count && corpus.Weight((OverlapSignal)s) > 0; k++)
                {
                    var f = features.Array![features.Offset + k];
                    signalOf[f] = s;
                    entries.Add((f, values.Array![values.Offset + k]));
                }
            }

            vectors[i] = [.. entries];
        }

        return (vectors, signalOf);
    }

    private sealed class Probe(int count)
    {
        public readonly List<(int, int, double)> Found = [];
        /// <summary>Per signal and earlier project (signal-major, so the text's accumulators, which most postings
        /// hit, lie together), the dot product over indexed features; float, because the arrays are as long as the
        /// corpus and only feed a bound with <see cref="Slack"/> to spare.</summary>
        public readonly float[] Dot = new float[count * OverlapSignals.Count];
        public readonly int[] Seen = new int[count];
        public readonly List<int> Touched = [];
    }

    internal static void Report(IProgress<OverlapProgress>? progress, ref int done, int total)
    {
        var now = Interlocked.Increment(ref done);
        if (progress is not null && (now % ProgressEvery == 0 || now == total))
        {
            progress.Report(new OverlapProgress(now, total));
        }
    }
}
