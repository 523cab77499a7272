using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
#if NET8_0_OR_GREATER
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
#endif

namespace DataGrip.Core.Overlap;

/// <summary>
/// The exact inverted index of <see cref="OverlapJoin.Indexed"/>: which earlier projects a project must be scored
/// with, so that no pair that reaches the threshold is missed (AllPairs, Bayardo et al. 2007; the algorithm step by
/// step is in docs/overlap.md, "How the exact join works").
/// </summary>
/// <remarks>
/// A pair reaches the threshold t exactly when Σ w_s (c_s − t) ≥ 0 over the signals s, with w_s the pair's weight of a
/// signal (<see cref="OverlapCorpus.PairWeight"/>) and c_s its cosine. Each project keeps its most common features of
/// the signals other than the text out of the index (its prefix) while their best case cannot make that sum reach 0;
/// a pair that shares no indexed feature therefore cannot reach the threshold. A touched pair is checked on the earlier
/// project's <see cref="Row"/> (one cache line), then exactly (in single precision, with <see cref="OverlapJoin.Slack"/>
/// to spare), and only then scored by <see cref="OverlapCorpus.Score"/>.
/// </remarks>
internal sealed class OverlapIndex
{
    /// <summary>The most features a project's index prefix holds.</summary>
    internal const int MaxPrefix = 16;

    /// <summary>
    /// A project's index prefix of a signal other than the text holds only features among that signal's this many most
    /// common ones, so that a bit mask per signal tells exactly which of them two projects share.
    /// </summary>
    internal const int MaskBits = 24;

    /// <summary>
    /// How many earlier projects a probe holds at a time: their rows (<see cref="Row.Width"/> numbers, 64 bytes each;
    /// 256 KiB in all) stay in a core's second-level cache, where the probes' scattered additions are cheap.
    /// </summary>
    internal const int BlockSize = 4096;

    private const int Signals = OverlapSignals.Count;

    /// <summary>Per project, this many numbers of <see cref="roots"/>: one per signal, padded.</summary>
    private const int Stride = 8;

    private readonly OverlapCorpus corpus;
    private readonly double threshold;

    /// <summary>
    /// Per project and signal √(weight × information), so that a pair's weight of a signal is the product of its two
    /// projects' numbers: 0 when a project lacks the signal; √weight for the text, which always counts.
    /// </summary>
    private readonly float[] roots;

    /// <summary>Per project its row (<see cref="Row.Width"/>) without dot products: what each probe starts from.</summary>
    private readonly float[] template;

    private readonly int[] signalOf;

    /// <summary>Each feature's rank among the features of its signal, 0 for the most common.</summary>
    private readonly int[] rankInSignal;
    private readonly int[] postingStart;
    private readonly int[] postingProject;

    /// <summary>
    /// Per posting its value; for a signal other than the text its value × the project's root on the signal, so that a
    /// probe adds that signal's product, weighted, to <see cref="Row.OtherSum"/>.
    /// </summary>
    private readonly float[] postingValue;

    public OverlapIndex(OverlapCorpus corpus, double threshold, CancellationToken cancellationToken)
    {
        this.corpus = corpus;
        this.threshold = threshold;
        var n = corpus.Count;
        if (n >= 1 << 24)
        {
            throw new NotSupportedException($"The exact overlap index handles up to {(1 << 24) - 1:N0} projects; this corpus has {n:N0}.");
        }

        var features = corpus.FeatureCount;
        roots = new float[n * Stride];
        template = new float[n * Row.Width];
        signalOf = new int[features];
        var rootMax = new double[Signals];
        for (var i = 0; i < n; i++)
        {
            for (var s = 0; s < Signals; s++)
            {
                if (corpus.Weight((OverlapSignal)s) is var weight and > 0)
                {
                    var root = s == 0 ? Math.Sqrt(weight) : corpus.Has(i, s) ? Math.Sqrt(weight * corpus.Information(i, s)) : 0.0;
                    roots[(i * Stride) + s] = (float)root;
                    rootMax[s] = Math.Max(rootMax[s], root);
                }

                foreach (var f in corpus.Features(i, s))
                {
                    signalOf[f] = s;
                }
            }
        }

        // Common features first: rank 0 is the feature most projects have.
        var byRank = new int[features];
        var frequency = new int[features];
        for (var f = 0; f < features; f++)
        {
            byRank[f] = f;
            frequency[f] = -corpus.CorpusFrequency[f];
        }

        Array.Sort(frequency, byRank);
        var rank = new int[features];
        rankInSignal = new int[features];
        var inSignal = new int[Signals];
        for (var r = 0; r < features; r++)
        {
            rank[byRank[r]] = r;
            rankInSignal[byRank[r]] = inSignal[signalOf[byRank[r]]]++;
        }

        var ranked = new Ranked(corpus, rank, cancellationToken);

        // The index prefixes, against the best value of each feature and the mass of all features.
        var (best, mass) = Extent(ranked, byRank, signalOf, cancellationToken);
        var indexCut = new int[n * Stride];
        var bounds = new float[n * Stride];
        var cuts = new Prefixes(this, ranked, rootMax);
        ForRanges(n, cancellationToken, (first, end) =>
        {
            for (var i = first; i < end; i++)
            {
                cuts.Cut(i, best, mass, indexCut, bounds);
            }
        });

        // The postings (projects ascending), and per row the mask of its prefix.
        postingStart = new int[features + 1];
        for (var i = 0; i < n; i++)
        {
            for (var k = ranked.Start[i]; k < ranked.Start[i + 1]; k++)
            {
                var f = ranked.Feature[k];
                if (rank[f] > indexCut[(i * Stride) + signalOf[f]])
                {
                    postingStart[f + 1]++;
                }
            }
        }

        for (var f = 0; f < features; f++)
        {
            postingStart[f + 1] += postingStart[f];
        }

        postingProject = new int[postingStart[features]];
        postingValue = new float[postingProject.Length];
        var fill = new int[features];
        Array.Copy(postingStart, fill, features);
        for (var i = 0; i < n; i++)
        {
            for (var k = ranked.Start[i]; k < ranked.Start[i + 1]; k++)
            {
                var f = ranked.Feature[k];
                if (rank[f] > indexCut[(i * Stride) + signalOf[f]])
                {
                    postingProject[fill[f]] = i;
                    postingValue[fill[f]++] = (float)(signalOf[f] == 0 ? ranked.Value[k] : roots[(i * Stride) + signalOf[f]] * ranked.Value[k]);
                }
                else
                {
                    if (signalOf[f] > 0)
                    {
                        var at = (i * Row.Width) + Row.Mask(signalOf[f]);
                        template[at] = (int)template[at] | (1 << rankInSignal[f]);
                    }
                }
            }
        }

        for (var i = 0; i < n; i++)
        {
            for (var s = 1; s < Signals; s++)
            {
                var at = i * Row.Width;
                template[at + Row.Reach(s)] = (float)(roots[(i * Stride) + s] * Math.Max(0.0, bounds[(i * Stride) + s] - threshold));
            }
        }
    }

    /// <summary>A new probe, for one thread, of <paramref name="blockSize"/> earlier projects at a time.</summary>
    /// <param name="blockSize">How many earlier projects it holds at a time.</param>
    /// <param name="vectors">Whether its quick check reads a row as two vectors where the machine has them (tests turn it off: the other way must give the same).</param>
    public Probe NewProbe(int blockSize, bool vectors = true) => new(this, blockSize, vectors);

    /// <summary>Runs <paramref name="body"/> on contiguous ranges of the projects, one per core.</summary>
    private static void ForRanges(int n, CancellationToken cancellationToken, Action<int, int> body)
    {
        var ranges = Math.Max(1, Math.Min(n, Environment.ProcessorCount));
        Parallel.For(0, ranges, new ParallelOptions { CancellationToken = cancellationToken }, range =>
            body((int)((long)n * range / ranges), (int)((long)n * (range + 1) / ranges)));
    }

    /// <summary>
    /// Per feature of a signal other than the text (the text keeps no prefix), its largest value in any project, and
    /// the mass: the most any project's unit vector of its signal weighs (its length) on the features of that signal
    /// ranked up to it.
    /// </summary>
    private static (double[] Best, double[] Mass) Extent(Ranked ranked, int[] byRank, int[] signalOf, CancellationToken cancellationToken)
    {
        var features = byRank.Length;
        var best = new double[features];
        var mass = new double[features];
        var parts = new List<(double[] Best, double[] Mass)>();
        ForRanges(ranked.Count, cancellationToken, (first, end) =>
        {
            var localBest = new double[features];
            var localMass = new double[features];
            var squares = new double[Signals];
            for (var i = first; i < end; i++)
            {
                Array.Clear(squares, 0, Signals);
                for (var k = ranked.Start[i]; k < ranked.Start[i + 1]; k++)
                {
                    var f = ranked.Feature[k];
                    var s = signalOf[f];
                    if (s == 0)
                    {
                        continue;
                    }

                    var v = ranked.Value[k];
                    localBest[f] = Math.Max(localBest[f], v);
                    squares[s] += v * v;
                    localMass[f] = Math.Max(localMass[f], Math.Sqrt(squares[s]));
                }
            }

            lock (parts)
            {
                parts.Add((localBest, localMass));
            }
        });

        foreach (var (localBest, localMass) in parts)
        {
            for (var f = 0; f < features; f++)
            {
                best[f] = Math.Max(best[f], localBest[f]);
                mass[f] = Math.Max(mass[f], localMass[f]);
            }
        }

        // A running maximum along the ranks, per signal: a prefix ending at f covers every feature ranked up to f.
        var running = new double[Signals];
        foreach (var f in byRank)
        {
            var s = signalOf[f];
            running[s] = Math.Max(running[s], Math.Min(1.0, mass[f]));
            mass[f] = running[s];
        }

        return (best, mass);
    }

    /// <summary>Each project's features of the signals that weigh, common ones first per signal.</summary>
    private sealed class Ranked
    {
        public Ranked(OverlapCorpus corpus, int[] rank, CancellationToken cancellationToken)
        {
            var n = corpus.Count;
            Count = n;
            Start = new int[n + 1];
            for (var i = 0; i < n; i++)
            {
                Start[i + 1] = Start[i];
                for (var s = 0; s < Signals; s++)
                {
                    Start[i + 1] += corpus.Weight((OverlapSignal)s) > 0 ? corpus.Features(i, s).Count : 0;
                }
            }

            Feature = new int[Start[n]];
            Value = new double[Feature.Length];
            Rank = new int[Feature.Length];
            ForRanges(n, cancellationToken, (first, end) =>
            {
                for (var i = first; i < end; i++)
                {
                    var k = Start[i];
                    for (var s = 0; s < Signals; s++)
                    {
                        if (corpus.Weight((OverlapSignal)s) <= 0)
                        {
                            continue;
                        }

                        var features = corpus.Features(i, s);
                        var values = corpus.Values(i, s);
                        for (var j = 0; j < features.Count; j++)
                        {
                            Rank[k + j] = rank[features.Array![features.Offset + j]];
                            Feature[k + j] = j;
                        }

                        Array.Sort(Rank, Feature, k, features.Count);
                        for (var j = k; j < k + features.Count; j++)
                        {
                            var at = Feature[j];
                            Feature[j] = features.Array![features.Offset + at];
                            Value[j] = values.Array![values.Offset + at];
                        }

                        k += features.Count;
                    }
                }
            });
        }

        public int Count { get; }

        /// <summary>Where each project's features start; a project's signals follow each other in signal order.</summary>
        public int[] Start { get; }

        public int[] Feature { get; }

        public double[] Value { get; }

        public int[] Rank { get; }
    }

    /// <summary>Chooses prefixes (greedily, see <see cref="Cut"/>).</summary>
    private sealed class Prefixes(OverlapIndex index, Ranked ranked, double[] rootMax)
    {
        /// <summary>
        /// Project <paramref name="i"/>'s index prefix: per signal other than the text its most common features, only
        /// those that fit the signal's mask; across signals the one that keeps the most postings away (its frequency)
        /// for the least cost, until no signal's next feature fits the budget or the prefix holds
        /// <see cref="MaxPrefix"/> features. Writes per signal the rank of the prefix's last feature (−1: none) to
        /// <paramref name="cuts"/>, and each signal's bound (the most its prefix can add to a cosine) to <paramref name="bounds"/>.
        /// </summary>
        public void Cut(int i, double[] best, double[] mass, int[] cuts, float[] bounds)
        {
            Span<int> head = stackalloc int[Signals];
            Span<int> end = stackalloc int[Signals];
            Span<double> sum = stackalloc double[Signals];
            Span<double> squares = stackalloc double[Signals];
            Span<double> cost = stackalloc double[Signals];
            var total = 0.0;
            var k = ranked.Start[i];
            for (var s = 0; s < Signals; s++)
            {
                head[s] = k;
                while (k < ranked.Start[i + 1] && index.signalOf[ranked.Feature[k]] == s)
                {
                    k++;
                }

                // The text keeps no prefix: every one of its terms is indexed. Its prefix would hold mid-frequency
                // words whose bound is loose (measured: it saved fewer postings than it cost in checks, docs/overlap.md);
                // the budget goes to the other signals, and the text's part of every check is exact.
                end[s] = s == 0 ? head[s] : k;
                sum[s] = squares[s] = 0;
                cost[s] = Cost(i, s, 0.0);
                total += cost[s];
                cuts[(i * Stride) + s] = -1;
            }

            for (var taken = 0; taken < MaxPrefix; taken++)
            {
                var pick = -1;
                var bestGain = double.NegativeInfinity;
                var pickCost = 0.0;
                for (var s = 0; s < Signals; s++)
                {
                    if (head[s] >= end[s])
                    {
                        continue;
                    }

                    var f = ranked.Feature[head[s]];
                    var v = ranked.Value[head[s]];
                    var after = Math.Min(1.0, Math.Min(sum[s] + (v * best[f]), Math.Sqrt(squares[s] + (v * v)) * mass[f]));
                    var afterCost = Cost(i, s, after);
                    if (total - cost[s] + afterCost > 0 || index.rankInSignal[f] >= MaskBits)
                    {
                        // This signal is closed: its remaining features stay out of the prefix.
                        end[s] = head[s];
                        continue;
                    }

                    var gain = index.corpus.CorpusFrequency[f] / (afterCost - cost[s] + 1e-12);
                    if (gain > bestGain)
                    {
                        (pick, bestGain, pickCost) = (s, gain, afterCost);
                    }
                }

                if (pick < 0)
                {
                    return;
                }

                var feature = ranked.Feature[head[pick]];
                var value = ranked.Value[head[pick]];
                sum[pick] += value * best[feature];
                squares[pick] += value * value;
                bounds[(i * Stride) + pick] = (float)Math.Min(1.0, Math.Min(sum[pick], Math.Sqrt(squares[pick]) * mass[feature]));

                total += pickCost - cost[pick];
                cost[pick] = pickCost;
                cuts[(i * Stride) + pick] = ranked.Rank[head[pick]];
                head[pick]++;
            }
        }

        /// <summary>
        /// The largest term w_s (pb − t) of project <paramref name="i"/>'s signal <paramref name="s"/> with any other
        /// project when its cosine is at most <paramref name="pb"/>: the text's weight is fixed; another signal's weight
        /// is at most its root × the largest root, and it counts only above t.
        /// </summary>
        private double Cost(int i, int s, double pb)
        {
            var t = index.threshold;
            var root = (double)index.roots[(i * Stride) + s];
            return s == 0 ? root * root * (pb - t) : root * rootMax[s] * Math.Max(0.0, pb - t);
        }
    }

    /// <summary>
    /// The layout of a project's row in a probe: <see cref="Width"/> single-precision numbers, one 64-byte line (a probe
    /// aligns its rows to lines), all that accumulating and the quick check of a touched pair read. s is a signal other
    /// than the text (1–6). The row is two halves of <see cref="Half"/> numbers, so that the quick check reads each
    /// half as one vector: the reaches in the first, their masks at the same places of the second.
    /// </summary>
    /// <remarks>
    /// <list type="table">
    /// <listheader><term>Numbers</term><description>What</description></listheader>
    /// <item><term>0</term><description><see cref="TextDot"/>: the text's dot product with the probing project, accumulated.</description></item>
    /// <item><term>1</term><description><see cref="Mark"/>: the probe (project + 1) that last touched the row.</description></item>
    /// <item><term>2–7</term><description><see cref="Reach"/>(s): root × (prefix bound − t) where the bound is above t, else 0: the most the prefix of s can add per unit of the other project's root.</description></item>
    /// <item><term>8</term><description><see cref="OtherSum"/>: Σ over the signals other than the text of both roots × the indexed part of the dot product, accumulated; 9 is spare.</description></item>
    /// <item><term>10–15</term><description><see cref="Mask"/>(s) = <see cref="Reach"/>(s) + <see cref="Half"/>: which of the signal's <see cref="MaskBits"/> most common features the prefix holds, one bit each.</description></item>
    /// </list>
    /// Marks and masks are whole numbers below 2^24, exact as single-precision numbers. The index's template holds
    /// every row with its sums at 0; a probe copies a block of them and clears what it accumulated.
    /// </remarks>
    internal static class Row
    {
        public const int Width = 16;

        public const int Half = 8;

        public const int TextDot = 0;

        public const int Mark = 1;

        public const int OtherSum = 8;

        public static int Reach(int signal) => 1 + signal;

        public static int Mask(int signal) => Reach(signal) + Half;
    }

    /// <summary>
    /// One thread's probe over one block of earlier projects at a time (<see cref="BlockSize"/>): their rows
    /// (<see cref="Row.Width"/>) stay in the core's cache while every later project probes them.
    /// </summary>
    internal sealed class Probe
    {
        private readonly OverlapIndex index;
        private readonly int blockSize;
        private readonly float[] rows;

        /// <summary>Where the first row starts in <see cref="rows"/>: at a 64-byte boundary, so that a row is one cache line.</summary>
        private readonly int rowBase;
        private readonly int[] touched;

        /// <summary>Per feature, its first posting in the block, and the posting after its last one in the block.</summary>
        private readonly int[] first;
        private readonly int[] stop;
        private readonly float[] probeValue;
        private readonly float[] probeRoot = new float[Signals];

        /// <summary>
        /// The probe's half of the quick check, laid out as a row's halves: per signal s other than the text, at
        /// <see cref="Row.Reach"/>(s) the probe's root where its mask of s is not empty (else 0), and at the same place
        /// of <see cref="maskLanes"/> that mask; 0 elsewhere.
        /// </summary>
        private readonly float[] rootLanes = new float[Row.Half];
        private readonly int[] maskLanes = new int[Row.Half];
        private readonly bool vectors;
        private readonly List<int> candidates = [];
        private int count;
        private int low;
        private int high;

        public Probe(OverlapIndex index, int blockSize, bool vectors)
        {
            this.index = index;
            this.blockSize = blockSize;
            this.vectors = vectors;
            (rows, rowBase) = AlignedRows((blockSize + 1) * Row.Width);
            touched = new int[blockSize + 1]; // + 1: every posting writes a slot, counted only when new
            first = new int[index.corpus.FeatureCount];
            stop = new int[index.corpus.FeatureCount];
            probeValue = new float[index.corpus.FeatureCount];
        }

        /// <summary>Probes the block of earlier projects from <paramref name="start"/> on from now on.</summary>
        public void Load(int start)
        {
            low = start;
            high = Math.Min(index.corpus.Count, start + blockSize);
            Array.Copy(index.template, low * Row.Width, rows, rowBase, (high - low) * Row.Width);
            for (var f = 0; f < first.Length; f++)
            {
                first[f] = Position(index.postingStart[f], index.postingStart[f + 1], low);
                stop[f] = Position(first[f], index.postingStart[f + 1], high);
            }
        }

        /// <summary>
        /// The projects of the block before project <paramref name="b"/> that it must be scored with: those whose exact
        /// terms (see <see cref="OverlapIndex"/>) can sum to at least 0. The list is reused by the next call.
        /// </summary>
        public List<int> Candidates(int b)
        {
            var corpus = index.corpus;
            candidates.Clear();
            count = 0;
            if (b <= low)
            {
                return candidates;
            }

            Array.Clear(rootLanes, 0, Row.Half);
            Array.Clear(maskLanes, 0, Row.Half);
            for (var s = 0; s < Signals; s++)
            {
                probeRoot[s] = index.roots[(b * Stride) + s];
                var mask = 0;
                var features = corpus.Features(b, s);
                var values = corpus.Values(b, s);
                for (var k = 0; k < features.Count; k++)
                {
                    var f = features.Array![features.Offset + k];
                    probeValue[f] = (float)values.Array![values.Offset + k];
                    if (index.rankInSignal[f] < MaskBits)
                    {
                        mask |= 1 << index.rankInSignal[f];
                    }
                }

                if (s > 0 && probeRoot[s] != 0 && mask != 0)
                {
                    rootLanes[Row.Reach(s)] = probeRoot[s];
                    maskLanes[Row.Reach(s)] = mask;
                }
            }

            var mark = (float)(b + 1);
            Accumulate(b, mark);
            Check();
            for (var s = 0; s < Signals; s++)
            {
                foreach (var f in corpus.Features(b, s))
                {
                    probeValue[f] = 0;
                }
            }

            return candidates;
        }

        /// <summary>Where <paramref name="project"/>'s posting is, or would be, among the postings from <paramref name="from"/> to <paramref name="to"/>.</summary>
        private int Position(int from, int to, int project)
        {
            var at = Array.BinarySearch(index.postingProject, from, to - from, project);
            return at >= 0 ? at : ~at;
        }

        /// <summary>
        /// The quick check on each touched row (it runs for every touched pair): the text's term with its exact
        /// cosine (all its terms are indexed); per other signal both roots × the indexed part of its dot product, plus
        /// at most its prefix's reach where the masks share a bit (a term w_s (c − t) is at most w_s × the indexed part
        /// + the reach; with c below t it is negative and left out). Then exactly (<see cref="Reaches"/>). Clears each
        /// row's sums for the next probe.
        /// </summary>
        private void Check()
        {
            unchecked
            {
                var rows = this.rows;
                var textWeight = (double)probeRoot[0] * probeRoot[0];
                var textFloor = textWeight * index.threshold;
#if NET8_0_OR_GREATER
                var vectors = this.vectors && Vector256.IsHardwareAccelerated;
                var roots = Vector256.Create<float>(rootLanes);
                var masks = Vector256.Create<int>(maskLanes);
#endif
                for (var k = 0; k < count; k++)
                {
                    var a = touched[k];
                    var row = rowBase + ((a - low) * Row.Width);
                    var excess = (textWeight * Math.Min(1.0, rows[row + Row.TextDot])) - textFloor + rows[row + Row.OtherSum];
#if NET8_0_OR_GREATER
                    if (vectors)
                    {
                        // Both halves of the row at once: where the masks share a bit, reach × the probe's root.
                        var shared = Vector256.ConvertToInt32(Vector256.LoadUnsafe(ref rows[0], (nuint)(row + Row.Half))) & masks;
                        var reach = Vector256.LoadUnsafe(ref rows[0], (nuint)row) * roots;
                        excess += Vector256.Sum(Vector256.AndNot(reach, Vector256.Equals(shared, Vector256<int>.Zero).AsSingle()));
                    }
                    else
#endif
                    {
                        var reach = 0f;
                        for (var lane = 0; lane < Row.Half; lane++)
                        {
                            reach += ((int)rows[row + Row.Half + lane] & maskLanes[lane]) != 0 ? rows[row + lane] * rootLanes[lane] : 0f;
                        }

                        excess += reach;
                    }

                    if (excess >= 0 && Reaches(a, rows[row + Row.TextDot]))
                    {
                        candidates.Add(a);
                    }

                    rows[row + Row.TextDot] = 0;
                    rows[row + Row.OtherSum] = 0;
                }
            }
        }

        /// <summary>
        /// Adds b's products to the rows of the block it shares an indexed feature with, and lists each row once in
        /// <see cref="touched"/>: the text's in its dot product, another signal's in its dot product and, weighted by
        /// both roots, in <see cref="Row.OtherSum"/>; the other signals' dot products themselves are only needed for the
        /// few rows that pass the quick check, and <see cref="Reaches"/> computes them.
        /// </summary>
        private void Accumulate(int b, float mark)
        {
            unchecked
            {
                var corpus = index.corpus;
                var end = Math.Min(b, high);
                var diagonal = b < high; // b is in the block: only the projects before it
                var rows = this.rows;
                var touched = this.touched;
                var first = this.first;
                var stop = this.stop;
                var postingProject = index.postingProject;
                var postingValue = index.postingValue;
                var count = 0;
                for (var s = 0; s < Signals; s++)
                {
                    if (probeRoot[s] == 0)
                    {
                        continue;
                    }

                    var features = corpus.Features(b, s);
                    var values = corpus.Values(b, s);
                    for (var k = 0; k < features.Count; k++)
                    {
                        var f = features.Array![features.Offset + k];
                        var v = (float)values.Array![values.Offset + k];
                        var factor = s == 0 ? v : v * probeRoot[s];
                        var slot = s == 0 ? Row.TextDot : Row.OtherSum;
                        var last = stop[f];
                        for (var p = first[f]; p < last; p++)
                        {
                            var a = postingProject[p];
                            if (diagonal && a >= end)
                            {
                                break;
                            }

                            // Listed once, without a branch on whether the project is new to this probe (its outcome is
                            // random here).
                            var row = rowBase + ((a - low) * Row.Width);
                            touched[count] = a;
                            count += rows[row + Row.Mark] == mark ? 0 : 1;
                            rows[row + Row.Mark] = mark;
                            rows[row + slot] += factor * postingValue[p];
                        }
                    }
                }

                this.count = count;
            }
        }

        /// <summary>
        /// Whether Σ w_s (c_s − t) ≥ 0 with the exact cosines: the text's accumulated (<paramref name="textDot"/>, every
        /// text term is indexed), the other signals' from a's vectors (prefix and indexed features alike).
        /// </summary>
        private bool Reaches(int a, float textDot)
        {
            unchecked
            {
                var corpus = index.corpus;
                var t = index.threshold;
                var features = corpus.FeatureAt;
                var values = corpus.ValueAt;
                var probeValue = this.probeValue;
                var excess = probeRoot[0] * probeRoot[0] * (Math.Min(1.0, textDot) - t);
                for (var s = 1; s < Signals; s++)
                {
                    var root = index.roots[(a * Stride) + s];
                    if (probeRoot[s] == 0 || root == 0)
                    {
                        continue;
                    }

                    var dot = 0f;
                    for (int k = corpus.Start(a, s), end = corpus.Start(a, s + 1); k < end; k++)
                    {
                        dot += (float)values[k] * probeValue[features[k]];
                    }

                    excess += root * probeRoot[s] * (Math.Min(1.0, dot) - t);
                }

                return excess >= 0;
            }
        }

        /// <summary>
        /// A new array of at least <paramref name="length"/> numbers and the position in it of a 64-byte boundary:
        /// pinned, so that the boundary stays one (where the runtime has no pinned heap, the position is 0).
        /// </summary>
        private static (float[] Rows, int Base) AlignedRows(int length)
        {
#if NET8_0_OR_GREATER
            var rows = GC.AllocateArray<float>(length + Row.Width, pinned: true);
            var address = (long)Marshal.UnsafeAddrOfPinnedArrayElement(rows, 0);
            return (rows, (int)((64 - (address % 64)) % 64) / sizeof(float));
#else
            return (new float[length], 0);
#endif
        }
    }
}
