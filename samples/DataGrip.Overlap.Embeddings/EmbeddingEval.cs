using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using DataGrip.Core.Model;
using DataGrip.Core.Overlap;
using DataGrip.Core.OverlapQuality;

namespace DataGrip.Overlap.Embeddings;

/// <summary>
/// <c>eval</c>: the sentence embeddings on the labelled registrations, beside the default detector, measured as the
/// benchmarks' <c>overlap-eval</c> measures (the shared <see cref="OverlapEvaluation"/>). Every threshold and weight
/// is chosen on the tuning half only; both halves are reported.
/// </summary>
internal static class EmbeddingEval
{
    private static readonly string[] Halves = ["tuning", "validation"];

    public static int Run(string root)
    {
        if (OverlapEvaluation.LoadCorpus(root) is not { } corpus)
        {
            Console.Error.WriteLine("../shared/data/algoritmeregister is not on this machine.");
            return 1;
        }

        var labels = OverlapEvaluation.LoadLabels(root);
        Console.WriteLine($"Corpus: {corpus.Count} projects. Labels: {labels.Pairs.Count(l => l.Same)} positive pairs, {labels.Pairs.Count(l => !l.Same)} negatives.");

        var clock = Stopwatch.StartNew();
        using var similarity = new MiniLmTextSimilarity();
        var load = clock.Elapsed;
        clock.Restart();
        var vectors = corpus.ToDictionary(p => p.Id, p => similarity.Embed(TextOf(p)), StringComparer.Ordinal);
        var embedding = clock.Elapsed;
        var words = corpus.Average(p => OverlapEvaluation.Words(TextOf(p)).Count());
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Model loaded in {load.TotalSeconds:0.0} s; {corpus.Count} projects ({similarity.Count} distinct texts, {words:0} words on average) embedded in {embedding.TotalSeconds:0.0} s, {embedding.TotalMilliseconds / corpus.Count:0} ms a project, about {embedding.TotalSeconds / corpus.Count * 1000 / 60:0.0} minutes per 1,000 projects (one text at a time, as the detector calls it)."));

        var centred = CentredTextSimilarity.Fit(similarity, corpus.Select(TextOf));
        var centredVectors = corpus.ToDictionary(p => p.Id, p => centred.Embed(TextOf(p)), StringComparer.Ordinal);
        double Embedding(string a, string b) => Math.Max(0, Check.Cosine(vectors[a], vectors[b]));
        double Centred(string a, string b) => Math.Max(0, Check.Cosine(centredVectors[a], centredVectors[b]));
        var tfIdf = OverlapEvaluation.TfIdfCosine(corpus);
        var peers = new (string Name, Func<string, string, double> Similarity)[]
        {
            ("(c) embedding cosine, name + short description + goal", Embedding),
            ("(c) centred embedding cosine", Centred),
            ("TF-IDF cosine, name + short description", tfIdf),
            ("(d) mean of the TF-IDF and embedding cosines", (a, b) => (tfIdf(a, b) + Embedding(a, b)) / 2),
            ("(d) mean of the TF-IDF and centred embedding cosines", (a, b) => (tfIdf(a, b) + Centred(a, b)) / 2),
        };

        var plugins = new List<(string Name, OverlapOptions Tuned)>();
        // The text alone (every other weight 0) checks the plumbing: its top 5 must be the embedding peer's.
        var textAlone = new OverlapWeights { Text = 1, Data = 0, Supplier = 0, Legal = 0, Themes = 0, Technique = 0, Subjects = 0 };
        foreach (var (name, plugin, weights) in new (string, ITextSimilarity, OverlapWeights?)[] { ("embeddings", similarity, null), ("centred embeddings", centred, null), ("embeddings, text alone", similarity, textAlone) })
        {
            var (tuned, sweep) = Tune(OverlapOptions.Default with { TextSimilarity = plugin, Weights = weights ?? OverlapWeights.Default }, corpus, labels, weights is null ? [0.55, 0.35, 0.75, 1.0] : [1.0]);
            plugins.Add((name, tuned));
            Table($"The detector with the {name}: threshold and text weight, tuning half only (FindPairs, limit 5)", "Text weight | Threshold with the best F1 | P / R / F1", "---:|---:|---");
            foreach (var (weight, threshold, f) in sweep)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {weight:0.00} | {threshold:0.00} | {f.Precision:0.000} / {f.Recall:0.000} / {f.F1:0.000} |"));
            }
        }

        var byId = corpus.ToDictionary(p => p.Id, StringComparer.Ordinal);
        foreach (var (subsetName, subset) in new (string, Func<OverlapEvaluation.Label, bool>?)[] { ("all pairs", null), ("real registrations only (no sample-export project)", l => OverlapEvaluation.Real(l, byId)) })
        {
            foreach (var half in Halves)
            {
                var (pairs, similar) = OverlapEvaluation.Detector(new OverlapDetector(), corpus, labels, half, subset);
                Table($"{half} half, {subsetName}: {pairs.Positives} positives ({pairs.PositivesAcross} across organisations), {pairs.Negatives} negatives", "Method | Recall@5 | Recall@5 across organisations | P / R / F1", "---|---:|---:|---");
                Console.WriteLine(OverlapEvaluation.Row("(a) `FindPairs`, default options", pairs));
                Console.WriteLine(OverlapEvaluation.Row("(a) `FindSimilar` top 5, default options", similar));
                foreach (var (name, tuned) in plugins)
                {
                    var (plugPairs, plugSimilar) = OverlapEvaluation.Detector(new OverlapDetector(tuned), corpus, labels, half, subset);
                    var choice = string.Create(CultureInfo.InvariantCulture, $"text weight {tuned.Weights.Text:0.00}, threshold {tuned.Threshold:0.00}, tuned");
                    Console.WriteLine(OverlapEvaluation.Row($"(b) `FindPairs` with the {name} ({choice})", plugPairs));
                    Console.WriteLine(OverlapEvaluation.Row($"(b) `FindSimilar` top 5 with the {name} ({choice})", plugSimilar));
                }

                foreach (var (name, peer) in peers)
                {
                    var (f, t) = OverlapEvaluation.Peer(peer, corpus, labels, half, subset);
                    Console.WriteLine(OverlapEvaluation.Row(string.Create(CultureInfo.InvariantCulture, $"{name} (threshold {t:0.00}, tuned)"), f));
                }
            }
        }

        return 0;
    }

    /// <summary>
    /// The text weight (the others as they are) and threshold with the best F1 of FindPairs on the tuning half; ties go
    /// to the lower threshold, then the first weight tried.
    /// </summary>
    private static (OverlapOptions Best, List<(double Weight, double Threshold, OverlapEvaluation.Figures Figures)> Sweep) Tune(OverlapOptions plugged, IReadOnlyList<DataProject> corpus, OverlapEvaluation.Labels labels, double[] textWeights)
    {
        var sweep = new List<(double Weight, double Threshold, OverlapEvaluation.Figures Figures)>();
        foreach (var weight in textWeights)
        {
            var best = Enumerable.Range(5, 56).Select(i => i / 100.0)
                .Select(t => (T: t, F: PairsOnTuning(plugged with { Weights = plugged.Weights with { Text = weight }, Threshold = t }, corpus, labels)))
                .OrderByDescending(x => x.F.F1).ThenBy(x => x.T).First();
            sweep.Add((weight, best.T, best.F));
        }

        var chosen = sweep.OrderByDescending(s => s.Figures.F1).ThenBy(s => s.Threshold).First();
        return (plugged with { Weights = plugged.Weights with { Text = chosen.Weight }, Threshold = chosen.Threshold }, sweep);
    }

    private static OverlapEvaluation.Figures PairsOnTuning(OverlapOptions options, IReadOnlyList<DataProject> corpus, OverlapEvaluation.Labels labels)
    {
        var reported = new OverlapDetector(options).FindPairs(corpus).Pairs.Select(p => OverlapEvaluation.Key(p.FirstId, p.SecondId)).ToHashSet();
        return OverlapEvaluation.Measure(labels, "tuning", corpus, l => reported.Contains(OverlapEvaluation.Key(l.First, l.Second)), _ => []);
    }

    /// <summary>A Markdown table's heading and header rows; the rows follow.</summary>
    private static void Table(string title, string columns, string alignment)
    {
        Console.WriteLine();
        Console.WriteLine("### " + title);
        Console.WriteLine();
        Console.WriteLine($"| {columns} |");
        Console.WriteLine($"|{alignment}|");
    }

    /// <summary>What the detector passes to <see cref="ITextSimilarity.Embed"/>: name, short description and goal, joined by newlines.</summary>
    private static string TextOf(DataProject p) =>
        string.Join("\n", new[] { p.Name, p.ShortDescription, p.Purpose?.GoalAndImpact }.Where(t => !string.IsNullOrWhiteSpace(t)));
}
