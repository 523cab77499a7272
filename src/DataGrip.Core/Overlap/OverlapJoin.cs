using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace DataGrip.Core.Overlap;

/// <summary>
/// Finds every pair whose score reaches the threshold, two ways with the same output: compare all pairs, or an
/// exact inverted-index join (<see cref="OverlapIndex"/>).
/// </summary>
/// <remarks>
/// Both ways decide with <see cref="OverlapCorpus.Score"/>, so both give the same pairs with the same scores, bit
/// for bit. The index only decides which pairs need not be scored: those that cannot reach the threshold.
/// </remarks>
internal static class OverlapJoin
{
    /// <summary>Slack for floating-point rounding in the index's check: the check only lets more candidates through.</summary>
    internal const double Slack = 1e-4;

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

    /// <param name="corpus">The projects.</param>
    /// <param name="threshold">The least score of a pair.</param>
    /// <param name="progress">Told how far the join is.</param>
    /// <param name="cancellationToken">Stops the join.</param>
    /// <param name="blockSize">How many earlier projects a probe holds at a time (smaller in tests, to cross blocks).</param>
    /// <param name="vectors">Whether the probes' quick check uses vectors where the machine has them (off in tests, to check the other way).</param>
    public static List<(int A, int B, double Score)> Indexed(
        OverlapCorpus corpus, double threshold, IProgress<OverlapProgress>? progress, CancellationToken cancellationToken,
        int blockSize = OverlapIndex.BlockSize, bool vectors = true)
    {
        var n = corpus.Count;
        var index = new OverlapIndex(corpus, threshold - Slack, cancellationToken);
        var found = new List<(int, int, double)>();

        // The earlier projects in blocks, each probed by every later project; the cores take the next block in turn,
        // the largest (first) ones first. Progress counts the projects' probes, scaled to the projects.
        var blocks = (n + blockSize - 1) / blockSize;
        var work = 0L;
        for (var block = 0; block < blocks; block++)
        {
            work += n - (block * blockSize);
        }

        var next = -1;
        var done = 0L;
        var reported = 0;
        var gate = new object();
        var cores = Math.Max(1, Math.Min(blocks, Environment.ProcessorCount));
        Parallel.For(0, cores, new ParallelOptions { CancellationToken = cancellationToken }, _ =>
        {
            var probe = index.NewProbe(blockSize, vectors);
            var local = new List<(int, int, double)>();
            int block;
            while ((block = Interlocked.Increment(ref next)) < blocks)
            {
                var start = block * blockSize;
                probe.Load(start);
                for (var b = start; b < n; b++)
                {
                    if ((b - start) % ProgressEvery == 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        Advance(progress, gate, ref done, ref reported, Math.Min(ProgressEvery, n - b), work, n);
                    }

                    foreach (var a in probe.Candidates(b))
                    {
                        var score = corpus.Score(a, b);
                        if (score >= threshold)
                        {
                            local.Add((a, b, score));
                        }
                    }
                }
            }

            lock (found)
            {
                found.AddRange(local);
            }
        });
        found.Sort();
        return found;
    }

    /// <summary>Adds <paramref name="probes"/> of <paramref name="work"/> probes done, and reports them as a share of the <paramref name="total"/> projects, never going back (under <paramref name="gate"/>).</summary>
    private static void Advance(IProgress<OverlapProgress>? progress, object gate, ref long done, ref int reported, int probes, long work, int total)
    {
        var now = (int)(Interlocked.Add(ref done, probes) * total / work);
        if (progress is null)
        {
            return;
        }

        lock (gate)
        {
            if (now > reported)
            {
                reported = now;
                progress.Report(new OverlapProgress(now, total));
            }
        }
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
