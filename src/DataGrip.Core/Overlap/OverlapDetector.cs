using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DataGrip.Core.Model;
using DataGrip.Core.Internal;

namespace DataGrip.Core.Overlap;

/// <summary>
/// Finds projects that do the same thing — within one organisation or across organisations — and explains why,
/// from their text, data sources, suppliers, legal references, themes, technique and data subjects.
/// </summary>
/// <remarks>
/// Immutable and thread-safe: one instance can serve every request. Bad input (null entries, projects without
/// text, duplicate ids, a corpus of one) gives findings in the result, never an exception.
/// </remarks>
public sealed class OverlapDetector
{
    /// <summary>Makes a detector.</summary>
    /// <param name="options">The options; <see cref="OverlapOptions.Default"/> when null. They are checked here.</param>
    /// <exception cref="ArgumentException">An option is invalid; the message lists every problem.</exception>
    public OverlapDetector(OverlapOptions? options = null)
    {
        Options = options ?? OverlapOptions.Default;
        Options.Validate();
    }

    /// <summary>The options.</summary>
    public OverlapOptions Options { get; }

    /// <summary>Counts how rare every feature of a corpus is, to fix the weights for later calls.</summary>
    /// <param name="projects">The corpus; null entries are ignored.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The rarity of every feature.</returns>
    public OverlapRarity Rarity(IReadOnlyList<DataProject> projects, CancellationToken cancellationToken = default)
    {
        OverlapCorpus.Build(Require(projects), null, Options, [], out var rarity, cancellationToken);
        return rarity;
    }

    /// <summary>
    /// Every pair of projects whose score reaches <see cref="OverlapOptions.Threshold"/>, at most
    /// <see cref="OverlapOptions.MaxPairsPerProject"/> per project, and each project's best
    /// <see cref="OverlapOptions.NeighboursPerProject"/> from <see cref="OverlapOptions.NeighbourThreshold"/> on, with
    /// groups and findings. The rarity weights come from the projects themselves.
    /// </summary>
    /// <param name="projects">The projects to compare.</param>
    /// <param name="progress">Receives how many projects have been compared, about every thousand.</param>
    /// <param name="cancellationToken">Stops the work with an <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pairs, groups and findings.</returns>
    public OverlapResult FindPairs(IReadOnlyList<DataProject> projects, IProgress<OverlapProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Find(Require(projects), null, progress, cancellationToken);

    /// <summary>
    /// Every pair of projects of an export whose score reaches the threshold, as
    /// <see cref="FindPairs(IReadOnlyList{DataProject}, IProgress{OverlapProgress}?, CancellationToken)"/>; the indices are
    /// positions in the export, so <see cref="OverlapPair.FirstPointer"/> and every finding's pointer point into it.
    /// </summary>
    /// <param name="export">The export.</param>
    /// <param name="progress">Receives how many projects have been compared, about every thousand.</param>
    /// <param name="cancellationToken">Stops the work with an <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pairs, groups and findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="export"/> is null.</exception>
    public OverlapResult FindPairs(ProjectExport export, IProgress<OverlapProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Find(Guard.NotNull(export).Projects, null, progress, cancellationToken);

    /// <summary>As <see cref="FindPairs(IReadOnlyList{DataProject}, IProgress{OverlapProgress}?, CancellationToken)"/>, with fixed rarity weights.</summary>
    /// <param name="projects">The projects to compare.</param>
    /// <param name="rarity">The rarity weights, from <see cref="Rarity"/>; features it has not seen count as unique.</param>
    /// <param name="progress">Receives how many projects have been compared, about every thousand.</param>
    /// <param name="cancellationToken">Stops the work with an <see cref="OperationCanceledException"/>.</param>
    /// <returns>The pairs, groups and findings.</returns>
    public OverlapResult FindPairs(IReadOnlyList<DataProject> projects, OverlapRarity rarity, IProgress<OverlapProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Find(Require(projects), Guard.NotNull(rarity), progress, cancellationToken);

    /// <summary>
    /// The <paramref name="count"/> projects of a corpus most similar to one project, new or existing (corpus entries
    /// with the same id are skipped), whatever their score, best first; projects with nothing in common are left out.
    /// </summary>
    /// <param name="project">The project to match; it is <see cref="OverlapPair.FirstId"/> of every pair, with <see cref="OverlapPair.FirstIndex"/> −1.</param>
    /// <param name="corpus">The projects to match against; the rarity weights come from them.</param>
    /// <param name="count">How many to return, at least 1.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The most similar projects, with <see cref="OverlapPair.SecondIndex"/> their position in the corpus.</returns>
    public ImmutableArray<OverlapPair> FindSimilar(DataProject project, IReadOnlyList<DataProject> corpus, int count = 5, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(project);

        if (count < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "Ask for at least one project.");
        }

        var rarity = Rarity(corpus, cancellationToken);
        var all = new List<DataProject?>(corpus) { project };
        var vectors = OverlapCorpus.Build(all, rarity, Options, [], out _, cancellationToken);
        var query = corpus.Count;
        var scored = new List<(double Score, string Id, int Index)>();
        for (var i = 0; i < corpus.Count; i++)
        {
            if (corpus[i] is { } other && other.Id != project.Id && vectors.Score(query, i) is var score and > 0)
            {
                scored.Add((score, other.Id ?? string.Empty, i));
            }
        }

        return [.. scored
            .OrderByDescending(s => s.Score).ThenBy(s => s.Id, StringComparer.Ordinal).ThenBy(s => s.Index)
            .Take(count)
            .Select(s => vectors.Pair(query, s.Index, s.Score, Options, keepOrder: true) with { FirstIndex = -1 })];
    }

    /// <summary>
    /// The <paramref name="count"/> projects of an export most similar to one project, as
    /// <see cref="FindSimilar(DataProject, IReadOnlyList{DataProject}, int, CancellationToken)"/>: a vendor's "does
    /// something like this exist already?" while a registration is being written.
    /// </summary>
    /// <param name="project">The project to match, new or one of the export's (then skipped by its id).</param>
    /// <param name="corpus">The export to match against; <see cref="OverlapPair.SecondPointer"/> points into it.</param>
    /// <param name="count">How many to return, at least 1.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The most similar projects, best first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="project"/> or <paramref name="corpus"/> is null.</exception>
    public ImmutableArray<OverlapPair> FindSimilar(DataProject project, ProjectExport corpus, int count = 5, CancellationToken cancellationToken = default) =>
        FindSimilar(project, Guard.NotNull(corpus).Projects, count, cancellationToken);

    /// <summary>The score of two projects with every signal's contribution, whatever the threshold.</summary>
    /// <param name="first">One project.</param>
    /// <param name="second">The other project.</param>
    /// <param name="rarity">Fixed rarity weights; null counts them in the two projects alone.</param>
    /// <returns>The pair, with indices 0 and 1.</returns>
    public OverlapPair Compare(DataProject first, DataProject second, OverlapRarity? rarity = null)
    {
        Guard.NotNull(first);

        Guard.NotNull(second);

        var corpus = OverlapCorpus.Build([first, second], rarity, Options, [], out _, CancellationToken.None);
        return corpus.Pair(0, 1, corpus.Score(0, 1), Options, keepOrder: false);
    }

    private static IReadOnlyList<DataProject> Require(IReadOnlyList<DataProject> projects) =>
        Guard.NotNull(projects);

    private OverlapResult Find(IReadOnlyList<DataProject?> projects, OverlapRarity? rarity, IProgress<OverlapProgress>? progress, CancellationToken cancellationToken)
    {
        var findings = new List<Finding>();
        var corpus = OverlapCorpus.Build(projects, rarity, Options, findings, out _, cancellationToken);
        var floor = Options.JoinThreshold;
        var joined = Options.CompareAllPairs || corpus.HasEmbeddings
            ? OverlapJoin.AllPairs(corpus, floor, progress, cancellationToken)
            : OverlapJoin.Indexed(corpus, floor, progress, cancellationToken);

        // The join's pairs from a score on: the join ran from the lowest threshold any rule below uses.
        List<(int A, int B, double Score)> From(double threshold) => floor < threshold ? joined.Where(p => p.Score >= threshold).ToList() : joined;
        var above = Options.ScaleTextTerms > 0
            ? joined.Where(p => p.Score >= Options.PairThreshold(Math.Min(corpus.TextTerms(p.A), corpus.TextTerms(p.B)))).ToList()
            : From(Options.Threshold);
        var best = Best(corpus, above, Options.MaxPairsPerProject, Options.BestOfBoth);
        if (Options.NeighbourThreshold > 0 && Options.NeighbourThreshold < Options.Threshold)
        {
            // Each project's nearest neighbours, down to the neighbour threshold: the top of its FindSimilar list.
            best = best.Union(Best(corpus, From(Options.NeighbourThreshold), Options.NeighboursPerProject, both: false));
        }

        if (Options.ShortTextTerms > 0 && Options.ShortThreshold < Options.Threshold)
        {
            // A short project's best pairs from a lower score: few terms make a low cosine even for a true match.
            best = best.Union(Best(corpus, From(Options.ShortThreshold), Options.ShortNeighbours, both: false, only: i => corpus.TextTerms(i) < Options.ShortTextTerms));
        }

        var pairs = Explain(corpus, [.. best], cancellationToken)
            .OrderByDescending(p => p.Score)
            .ThenBy(p => p.FirstId, StringComparer.Ordinal)
            .ThenBy(p => p.SecondId, StringComparer.Ordinal)
            .ThenBy(p => p.FirstIndex)
            .ThenBy(p => p.SecondIndex)
            .ToImmutableArray();
        return new OverlapResult
        {
            Pairs = pairs,
            Groups = Groups(corpus, above),
            Findings = [.. findings],
            PairsAboveThreshold = above.Count,
            ProjectCount = projects.Count,
        };
    }

    /// <summary>The reported pairs with their contributions and what they share, on every core (each pair on its own, so in any order the same).</summary>
    private OverlapPair[] Explain(OverlapCorpus corpus, (int A, int B, double Score)[] chosen, CancellationToken cancellationToken)
    {
        var pairs = new OverlapPair[chosen.Length];
        Parallel.For(0, chosen.Length, new ParallelOptions { CancellationToken = cancellationToken }, k =>
            pairs[k] = corpus.Pair(chosen[k].A, chosen[k].B, chosen[k].Score, Options, keepOrder: false));
        return pairs;
    }

    /// <summary>
    /// The pairs that are among the best <paramref name="k"/> of either of their projects (by score, then the other's
    /// id): so every project's <see cref="FindSimilar(DataProject, IReadOnlyList{DataProject}, int, CancellationToken)"/> top k above the threshold is reported. <paramref name="both"/>
    /// (the rule before issue 14, kept to measure it) asks for both; <paramref name="only"/> says which projects' best count.
    /// </summary>
    private static IEnumerable<(int A, int B, double Score)> Best(OverlapCorpus corpus, List<(int A, int B, double Score)> above, int k, bool both, Func<int, bool>? only = null)
    {
        var perProject = new List<int>?[corpus.Count];
        for (var p = 0; p < above.Count; p++)
        {
            (perProject[above[p].A] ??= []).Add(p);
            (perProject[above[p].B] ??= []).Add(p);
        }

        var kept = new int[above.Count];
        for (var i = 0; i < corpus.Count; i++)
        {
            if (perProject[i] is not { } mine || (only is not null && !only(i)))
            {
                continue;
            }

            int Other(int p) => above[p].A == i ? above[p].B : above[p].A;
            foreach (var p in mine
                .OrderByDescending(p => above[p].Score)
                .ThenBy(p => corpus.Ids[Other(p)], StringComparer.Ordinal)
                .ThenBy(Other)
                .Take(k))
            {
                kept[p]++;
            }
        }

        return above.Where((_, p) => kept[p] >= (both ? 2 : 1));
    }

    /// <summary>Connected clusters over every pair above the threshold, largest first, then by first position.</summary>
    private static ImmutableArray<OverlapGroup> Groups(OverlapCorpus corpus, List<(int A, int B, double Score)> above)
    {
        var parent = Enumerable.Range(0, corpus.Count).ToArray();
        int Root(int x)
        {
            while (parent[x] != x)
            {
                x = parent[x] = parent[parent[x]];
            }

            return x;
        }

        var best = new Dictionary<int, double>();
        foreach (var (a, b, _) in above)
        {
            var (ra, rb) = (Root(a), Root(b));
            if (ra != rb)
            {
                parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
            }
        }

        foreach (var (a, _, score) in above)
        {
            var root = Root(a);
            best[root] = best.TryGetValue(root, out var known) ? Math.Max(known, score) : score;
        }

        return [.. Enumerable.Range(0, corpus.Count)
            .Where(i => best.ContainsKey(Root(i)))
            .GroupBy(Root)
            .Select(g => new OverlapGroup
            {
                Indices = [.. g.OrderBy(i => i)],
                ProjectIds = [.. g.OrderBy(i => i).Select(i => corpus.Ids[i] ?? string.Empty)],
                MaxScore = best[g.Key],
            })
            .OrderByDescending(g => g.Indices.Length)
            .ThenBy(g => g.Indices[0])];
    }
}
