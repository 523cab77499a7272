using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DataGrip.Core.OverlapQuality;
using DataGrip.Core.Model;
using DataGrip.Core.Overlap;

namespace DataGrip.Core.Benchmarks;

/// <summary>
/// <c>overlap-eval</c>: the overlap detector's quality on the labelled real registrations (both halves of the
/// labels, all pairs and real registrations only), beside word-Jaccard and a plain TF-IDF cosine computed the same way,
/// and what each lever adds (docs/overlap.md). Exit code 1 when the shared register data is missing.
/// </summary>
internal static class OverlapEval
{
    public static int Run()
    {
        var root = FindRoot();
        if (OverlapEvaluation.LoadCorpus(root) is not { } corpus)
        {
            Console.Error.WriteLine("../shared/data/algoritmeregister is not on this machine.");
            return 1;
        }

        var labels = OverlapEvaluation.LoadLabels(root);
        var byId = corpus.ToDictionary(p => p.Id, StringComparer.Ordinal);
        Console.WriteLine($"Corpus: {corpus.Count} projects. Labels: {labels.Pairs.Count(l => l.Same)} positive pairs, {labels.Pairs.Count(l => !l.Same)} negatives.");
        var jaccard = OverlapEvaluation.WordJaccard(corpus);
        var cosine = OverlapEvaluation.TfIdfCosine(corpus);
        foreach (var (subsetName, subset) in new (string, Func<OverlapEvaluation.Label, bool>?)[] { ("all pairs", null), ("real registrations only (no sample-export project)", l => OverlapEvaluation.Real(l, byId)) })
        {
            foreach (var half in new[] { "tuning", "validation" })
            {
                var (pairs, similar) = OverlapEvaluation.Detector(new OverlapDetector(), corpus, labels, half, subset);
                Console.WriteLine();
                Console.WriteLine($"### {half} half, {subsetName}: {pairs.Positives} positives ({pairs.PositivesAcross} across organisations), {pairs.Negatives} negatives");
                Console.WriteLine();
                Console.WriteLine("| Method | Recall@5 | Recall@5 across organisations | P / R / F1 |");
                Console.WriteLine("|---|---:|---:|---|");
                Console.WriteLine(OverlapEvaluation.Row("`FindPairs` (default options)", pairs));
                Console.WriteLine(OverlapEvaluation.Row("`FindSimilar` top 5, at the default threshold", similar));
                var (c, ct) = OverlapEvaluation.Peer(cosine, corpus, labels, half, subset);
                Console.WriteLine(OverlapEvaluation.Row($"TF-IDF cosine, name + short description (threshold {ct:0.00}, tuned)", c));
                var (j, jt) = OverlapEvaluation.Peer(jaccard, corpus, labels, half, subset);
                Console.WriteLine(OverlapEvaluation.Row($"word-Jaccard, name + short description (threshold {jt:0.00}, tuned)", j));
            }
        }

        return 0;
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "DataGrip.Core.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? Directory.GetCurrentDirectory();
    }
}
