using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using DataGrip.Core.Interop;
using DataGrip.Core.Model;
using DataGrip.Core.Overlap;
using DataGrip.Core.Serialization;

namespace DataGrip.Core.OverlapQuality;

/// <summary>
/// The overlap evaluation on labelled real registrations (overlap-labels.json beside this file; docs/overlap.md): the
/// corpus as a vendor reads it (the 2022 register export and the 27 supplier templates through
/// <see cref="AlgoritmeregisterImporter"/>, the sample export through <see cref="DataGripJson"/>), and recall@5, precision,
/// recall and F1 per half of the labels, for the detector and for two peers computed the same way. Shared by the
/// quality test and the benchmarks' <c>overlap-eval</c> command.
/// </summary>
internal static class OverlapEvaluation
{
    public const int TopK = 5;

    /// <summary>The corpus, or null when ../shared/data/algoritmeregister is not on this machine.</summary>
    public static IReadOnlyList<DataProject>? LoadCorpus(string root)
    {
        var folder = Path.GetFullPath(Path.Combine(root, "..", "shared", "data", "algoritmeregister"));
        if (!Directory.Exists(folder))
        {
            return null;
        }

        var importer = new AlgoritmeregisterImporter();
        var projects = new List<DataProject>();
        var files = new List<string> { Path.Combine(folder, "register-export-2022-12-08.json") };
        files.AddRange(Directory.GetFiles(Path.Combine(folder, "templates-v1.0"), "*.json").OrderBy(f => f, StringComparer.Ordinal));
        foreach (var file in files)
        {
            using var stream = File.OpenRead(file);
            projects.AddRange(importer.Import(stream).Export.Projects);
        }

        using (var sample = File.OpenRead(Path.Combine(root, "samples", "data", "gemeenten-export.json")))
        {
            projects.AddRange(DataGripJson.ReadExport(sample).GetValueOrThrow().Projects);
        }

        return projects;
    }

    public static Labels LoadLabels(string root)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(root, "tests", "DataGrip.Core.Tests", "Overlap", "Labels", "overlap-labels.json")));
        var pairs = new List<Label>();
        var family = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var f in document.RootElement.GetProperty("families").EnumerateArray())
        {
            var members = f.GetProperty("members").EnumerateArray().Select(m => m.GetString()!).ToArray();
            var half = f.GetProperty("half").GetString()!;
            foreach (var m in members)
            {
                family[m] = f.GetProperty("id").GetString()!;
            }

            var kind = f.TryGetProperty("kind", out var k) ? Enum.Parse<OverlapKind>(k.GetString()!) : (OverlapKind?)null;
            var exceptions = f.TryGetProperty("kindExceptions", out var e)
                ? e.EnumerateArray().ToDictionary(x => Key(x.GetProperty("first").GetString()!, x.GetProperty("second").GetString()!), x => Enum.Parse<OverlapKind>(x.GetProperty("kind").GetString()!))
                : [];
            for (var i = 0; i < members.Length; i++)
            {
                for (var j = i + 1; j < members.Length; j++)
                {
                    pairs.Add(new Label(members[i], members[j], true, half) { Kind = exceptions.TryGetValue(Key(members[i], members[j]), out var x) ? x : kind });
                }
            }
        }

        foreach (var n in document.RootElement.GetProperty("negatives").EnumerateArray())
        {
            pairs.Add(new Label(n.GetProperty("first").GetString()!, n.GetProperty("second").GetString()!, false, n.GetProperty("half").GetString()!));
        }

        return new Labels(pairs, family);
    }

    /// <summary>
    /// One method's figures on one half. Recall@5 counts each positive pair in both directions: a hit when the other
    /// project is among the query's five most similar, or when those five are all the query's family (a family of
    /// more than six cannot have every member in a top 5).
    /// </summary>
    public static Figures Measure(Labels labels, string half, IReadOnlyList<DataProject> corpus, Func<Label, bool> predicted, Func<string, IReadOnlyList<string>> topFive, Func<Label, bool>? subset = null)
    {
        var organization = corpus.ToDictionary(p => p.Id, OrganizationOf, StringComparer.Ordinal);
        var chosen = labels.Pairs.Where(l => l.Half == half && (subset?.Invoke(l) ?? true)).ToList();
        var positives = chosen.Where(l => l.Same).ToList();
        var tp = chosen.Count(l => l.Same && predicted(l));
        var fp = chosen.Count(l => !l.Same && predicted(l));
        var precision = tp + fp == 0 ? 0 : tp / (double)(tp + fp);
        var recall = positives.Count == 0 ? 0 : tp / (double)positives.Count;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        var tops = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        IReadOnlyList<string> Top(string id) => tops.TryGetValue(id, out var t) ? t : tops[id] = topFive(id);
        bool Hit(string query, string other)
        {
            var top = Top(query);
            return top.Contains(other) || top.Count(t => labels.SameFamily(query, t)) >= TopK;
        }

        double RecallAt5(IEnumerable<Label> pairs)
        {
            var list = pairs.ToList();
            return list.Count == 0 ? double.NaN : list.Sum(l => (Hit(l.First, l.Second) ? 1 : 0) + (Hit(l.Second, l.First) ? 1 : 0)) / (2.0 * list.Count);
        }

        var across = positives.Where(l => organization[l.First] != organization[l.Second]).ToList();
        return new Figures(RecallAt5(positives), RecallAt5(across), precision, recall, f1, positives.Count, across.Count, chosen.Count - positives.Count);
    }

    /// <summary>Whose registration it is: a supplier template (no organisation yet) is its supplier's.</summary>
    public static string OrganizationOf(DataProject p) =>
        p.Organization.Code is { Length: > 0 } code ? code
        : p.Organization.Name.StartsWith("(", StringComparison.Ordinal) && p.Suppliers.FirstOrDefault() is { } s ? "supplier:" + s.Name
        : p.Organization.Name;

    /// <summary>Whether a label is between two real registrations (neither from the generated sample export).</summary>
    public static bool Real(Label l, IReadOnlyDictionary<string, DataProject> byId) => !IsSample(byId[l.First]) && !IsSample(byId[l.Second]);

    private static bool IsSample(DataProject p) => !p.Id.StartsWith("ar-", StringComparison.Ordinal) && p.Organization.Code is { Length: > 0 };

    /// <summary>The detector's figures: FindPairs at its options, and FindSimilar's top 5 at the same threshold.</summary>
    /// <remarks>
    /// With <paramref name="quick"/>, FindSimilar's top 5 is read from one FindPairs call at threshold 0.01 (every
    /// project's five best pairs from 0.01 on, in FindSimilar's order, with the same scores): the same lists but
    /// for pairs scoring below 0.01, in one call instead of one per project.
    /// </remarks>
    public static (Figures Pairs, Figures Similar) Detector(OverlapDetector detector, IReadOnlyList<DataProject> corpus, Labels labels, string half, Func<Label, bool>? subset = null, bool quick = false)
    {
        var found = detector.FindPairs(corpus).Pairs;
        var reported = found.Select(p => Key(p.FirstId, p.SecondId)).ToHashSet();
        var wide = quick ? new OverlapDetector(detector.Options with { Threshold = 0.01, MaxPairsPerProject = TopK }).FindPairs(corpus).Pairs : [];
        var similar = corpus.ToDictionary(
            p => p.Id,
            p => quick
                ? [.. wide.Where(k => k.FirstId == p.Id || k.SecondId == p.Id).Take(TopK).Select(k => k.FirstId == p.Id ? k : k with { FirstId = k.SecondId, SecondId = k.FirstId })]
                : detector.FindSimilar(p, corpus, TopK),
            StringComparer.Ordinal);
        var pairsTop = PairsTop(corpus, found);
        var fromPairs = Measure(labels, half, corpus, l => reported.Contains(Key(l.First, l.Second)), id => pairsTop[id], subset);
        bool SimilarAbove(string a, string b) => similar[a].Any(p => p.SecondId == b && p.Score >= detector.Options.Threshold);
        var fromSimilar = Measure(labels, half, corpus, l => SimilarAbove(l.First, l.Second) || SimilarAbove(l.Second, l.First), id => [.. similar[id].Select(p => p.SecondId)], subset);
        return (fromPairs, fromSimilar);
    }

    /// <summary>A peer's figures: its top 5 by similarity, and its pairs at the threshold that gives the best F1 on the tuning half.</summary>
    public static (Figures Figures, double Threshold) Peer(Func<string, string, double> similarity, IReadOnlyList<DataProject> corpus, Labels labels, string half, Func<Label, bool>? subset = null)
    {
        var ids = corpus.Select(p => p.Id).ToArray();
        var top = ids.ToDictionary(
            id => id,
            id => (IReadOnlyList<string>)[.. ids.Where(o => o != id).Select(o => (Id: o, Score: similarity(id, o))).Where(s => s.Score > 0)
                .OrderByDescending(s => s.Score).ThenBy(s => s.Id, StringComparer.Ordinal).Take(TopK).Select(s => s.Id)],
            StringComparer.Ordinal);
        var threshold = Enumerable.Range(1, 99).Select(i => i / 100.0)
            .Select(t => (T: t, F1: Measure(labels, "tuning", corpus, l => similarity(l.First, l.Second) >= t, id => top[id]).F1))
            .OrderByDescending(x => x.F1).ThenBy(x => x.T).First().T;
        return (Measure(labels, half, corpus, l => similarity(l.First, l.Second) >= threshold, id => top[id], subset), threshold);
    }

    /// <summary>Each project's five best reported partners (FindPairs's pairs are sorted best first).</summary>
    private static Dictionary<string, IReadOnlyList<string>> PairsTop(IReadOnlyList<DataProject> corpus, IReadOnlyList<OverlapPair> reported) =>
        corpus.ToDictionary(
            p => p.Id,
            p => (IReadOnlyList<string>)[.. reported.Where(k => k.FirstId == p.Id || k.SecondId == p.Id).Select(k => k.FirstId == p.Id ? k.SecondId : k.FirstId).Take(TopK)],
            StringComparer.Ordinal);

    /// <summary>Word-Jaccard of name and short description (lower case, letters and digits).</summary>
    public static Func<string, string, double> WordJaccard(IReadOnlyList<DataProject> corpus)
    {
        var words = corpus.ToDictionary(p => p.Id, p => Words(p.Name + " " + p.ShortDescription).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        return (a, b) => words[a].Count + words[b].Count == 0 ? 0 : words[a].Intersect(words[b]).Count() / (double)words[a].Union(words[b]).Count();
    }

    /// <summary>Plain TF-IDF cosine of name and short description: lower-case words, no stop words, no stemming; idf ln(N/df).</summary>
    public static Func<string, string, double> TfIdfCosine(IReadOnlyList<DataProject> corpus)
    {
        var tf = corpus.ToDictionary(p => p.Id, p => Words(p.Name + " " + p.ShortDescription).GroupBy(w => w, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal), StringComparer.Ordinal);
        var df = tf.Values.SelectMany(t => t.Keys).GroupBy(w => w, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var vectors = tf.ToDictionary(
            e => e.Key,
            e =>
            {
                var v = e.Value.ToDictionary(w => w.Key, w => w.Value * Math.Log(corpus.Count / (double)df[w.Key]), StringComparer.Ordinal);
                var norm = Math.Sqrt(v.Values.Sum(x => x * x));
                return norm > 0 ? v.ToDictionary(x => x.Key, x => x.Value / norm, StringComparer.Ordinal) : v;
            },
            StringComparer.Ordinal);
        return (a, b) => vectors[a].Sum(x => vectors[b].TryGetValue(x.Key, out var y) ? x.Value * y : 0);
    }

    public static IEnumerable<string> Words(string? text) =>
        (text ?? string.Empty).ToLowerInvariant().Split([.. (text ?? string.Empty).Where(c => !char.IsLetterOrDigit(c)).Distinct()], StringSplitOptions.RemoveEmptyEntries);

    public static (string, string) Key(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);

    /// <summary>The kinds in the order of the kind tables.</summary>
    public static readonly OverlapKind[] Kinds = [OverlapKind.Duplicate, OverlapKind.Overlap, OverlapKind.ReuseOpportunity, OverlapKind.SharedSupplier];

    /// <summary>
    /// How well the detector's kind agrees with the labelled kind, over every labelled positive pair of the half (reported
    /// or not: the kind says what a pair means once it is found). Each pair is compared with the rarity of the whole
    /// corpus, so its score is the one <see cref="OverlapDetector.FindPairs(IReadOnlyList{DataProject}, IProgress{OverlapProgress}?, System.Threading.CancellationToken)"/> gives it.
    /// </summary>
    public static KindFigures MeasureKinds(OverlapDetector detector, IReadOnlyList<DataProject> corpus, Labels labels, string half, Func<Label, bool>? subset = null)
    {
        var byId = corpus.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var rarity = detector.Rarity(corpus);
        var counts = new int[Kinds.Length, Kinds.Length];
        var wrong = new List<(Label, OverlapPair)>();
        var negativeDuplicates = 0;
        foreach (var label in labels.Pairs.Where(l => l.Half == half && (l.Kind is not null || !l.Same) && (subset?.Invoke(l) ?? true)))
        {
            var pair = detector.Compare(byId[label.First], byId[label.Second], rarity);
            if (!label.Same)
            {
                negativeDuplicates += pair.Kind == OverlapKind.Duplicate ? 1 : 0;
                continue;
            }

            counts[Array.IndexOf(Kinds, label.Kind!.Value), Array.IndexOf(Kinds, pair.Kind)]++;
            if (pair.Kind != label.Kind)
            {
                wrong.Add((label, pair));
            }
        }

        return new KindFigures(counts, wrong) { NegativeDuplicates = negativeDuplicates };
    }

    /// <summary>The kind figures as Markdown: accuracy, balanced accuracy, negatives called duplicates and the confusion table (labelled kind by row).</summary>
    public static IEnumerable<string> KindTable(KindFigures f)
    {
        yield return string.Create(CultureInfo.InvariantCulture, $"Accuracy {f.Accuracy:0.000} ({f.Correct} of {f.Total}); balanced accuracy (mean recall of the labelled kinds) {f.BalancedAccuracy:0.000}; labelled negatives that would be called a duplicate: {f.NegativeDuplicates}.");
        yield return string.Empty;
        yield return "| Labelled \\ detected | " + string.Join(" | ", Kinds) + " | Recall |";
        yield return "|---|" + string.Concat(Kinds.Select(_ => "---:|")) + "---:|";
        for (var i = 0; i < Kinds.Length; i++)
        {
            var row = Enumerable.Range(0, Kinds.Length).Select(j => f.Counts[i, j].ToString(CultureInfo.InvariantCulture));
            var recall = f.Recall(Kinds[i]) is var r && double.IsNaN(r) ? "–" : r.ToString("0.000", CultureInfo.InvariantCulture);
            yield return $"| {Kinds[i]} | {string.Join(" | ", row)} | {recall} |";
        }
    }

    /// <summary>A table row: name and figures, with a decimal point.</summary>
    public static string Row(string method, Figures f) => string.Create(
        CultureInfo.InvariantCulture,
        $"| {method} | {f.RecallAt5:0.000} | {f.RecallAt5Across:0.000} | {f.Precision:0.000} / {f.Recall:0.000} / {f.F1:0.000} |");

    internal sealed record Label(string First, string Second, bool Same, string Half)
    {
        /// <summary>The labelled kind of a positive pair; null for a negative (or labels without kinds).</summary>
        public OverlapKind? Kind { get; init; }
    }

    internal sealed record Labels(List<Label> Pairs, Dictionary<string, string> Family)
    {
        public bool SameFamily(string a, string b) => Family.TryGetValue(a, out var x) && Family.TryGetValue(b, out var y) && x == y;
    }

    /// <summary>The kind confusion table (labelled kind by row, detected by column, in <see cref="Kinds"/> order) and the pairs whose kind differs.</summary>
    internal sealed record KindFigures(int[,] Counts, IReadOnlyList<(Label Label, OverlapPair Pair)> Wrong)
    {
        /// <summary>How many labelled negatives (not the same thing) the detector would call a duplicate, were they reported.</summary>
        public int NegativeDuplicates { get; init; }

        public int Total => Enumerable.Range(0, Kinds.Length).Sum(i => Enumerable.Range(0, Kinds.Length).Sum(j => Counts[i, j]));

        public int Correct => Enumerable.Range(0, Kinds.Length).Sum(i => Counts[i, i]);

        public double Accuracy => Total == 0 ? double.NaN : Correct / (double)Total;

        /// <summary>The share of the pairs labelled <paramref name="kind"/> that the detector gives that kind; NaN when none is labelled so.</summary>
        public double Recall(OverlapKind kind)
        {
            var i = Array.IndexOf(Kinds, kind);
            var labelled = Enumerable.Range(0, Kinds.Length).Sum(j => Counts[i, j]);
            return labelled == 0 ? double.NaN : Counts[i, i] / (double)labelled;
        }

        /// <summary>The mean of <see cref="Recall"/> over the kinds that are labelled at least once: every kind counts alike, however rare.</summary>
        public double BalancedAccuracy => Kinds.Select(Recall).Where(r => !double.IsNaN(r)).DefaultIfEmpty(double.NaN).Average();
    }

    internal sealed record Figures(double RecallAt5, double RecallAt5Across, double Precision, double Recall, double F1, int Positives, int PositivesAcross, int Negatives);
}
