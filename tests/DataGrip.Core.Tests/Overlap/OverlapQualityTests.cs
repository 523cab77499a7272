using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using DataGrip.Core.Model;
using DataGrip.Core.Overlap;
using DataGrip.Core.Tests.Support;
using Xunit.Abstractions;

namespace DataGrip.Core.Tests.Overlap;

/// <summary>
/// Quality on real registrations: precision and recall at the default threshold, and recall of the top 5, on a
/// labelled set of pairs (tests/DataGrip.Core.Tests/Overlap/overlap-labelled-pairs.json), beside a plain
/// word-Jaccard baseline on name and short description.
/// </summary>
public sealed class OverlapQualityTests(ITestOutputHelper output)
{
    [Fact]
    public void DefaultDetector_BeatsTheWordJaccardBaseline_OnPrecisionAndRecall()
    {
        if (RegisterRows.Load() is not { } corpus)
        {
            output.WriteLine("SKIPPED: ../shared/data/algoritmeregister is not on this machine.");
            return;
        }

        var labelled = LabelledPairs();
        var ids = corpus.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        Assert.All(labelled, l => Assert.True(ids.Contains(l.First) && ids.Contains(l.Second), $"{l.First} / {l.Second} is not in the data."));
        Assert.Equal(123, corpus.Count); // 96 rows of the export (rows 0-2 are headers: "required", labels, field descriptions) and 27 templates.

        var detector = new OverlapDetector();
        var result = detector.FindPairs(corpus);
        var reported = result.Pairs.Select(p => Key(p.FirstId, p.SecondId)).ToHashSet();
        var ours = Measure(labelled, l => reported.Contains(Key(l.First, l.Second)), (a, b) => TopFive(detector, corpus, a).Contains(b));

        var words = corpus.ToDictionary(p => p.Id, p => Words(p.Name + " " + p.ShortDescription), StringComparer.Ordinal);
        double Jaccard(string a, string b) => words[a].Intersect(words[b]).Count() / (double)Math.Max(1, words[a].Union(words[b]).Count());
        var thresholds = Enumerable.Range(1, 19).Select(i => i / 20.0).ToArray();
        var (baseline, baselineThreshold) = thresholds
            .Select(t => (Metrics: Measure(labelled, l => Jaccard(l.First, l.Second) >= t, (a, b) => BaselineTopFive(corpus, a, Jaccard).Contains(b)), Threshold: t))
            .OrderByDescending(m => m.Metrics.F1).ThenBy(m => m.Threshold).First();

        foreach (var l in labelled)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(l.Same ? "same" : "diff")}  {detector.Compare(Project(corpus, l.First), Project(corpus, l.Second), detector.Rarity(corpus)).Score:0.000}  jaccard {Jaccard(l.First, l.Second):0.000}  {(reported.Contains(Key(l.First, l.Second)) ? "reported" : "-")}  {l.First} / {l.Second}"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"labelled: {labelled.Count(l => l.Same)} same, {labelled.Count(l => !l.Same)} not; corpus {corpus.Count}, reported pairs {result.Pairs.Length}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"OverlapDetector (threshold {detector.Options.Threshold}): precision {ours.Precision:0.00}, recall {ours.Recall:0.00}, recall@5 {ours.RecallAt5:0.00}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"word Jaccard (best-F1 threshold {baselineThreshold}): precision {baseline.Precision:0.00}, recall {baseline.Recall:0.00}, recall@5 {baseline.RecallAt5:0.00}"));

        Assert.True(ours.Precision > baseline.Precision, $"precision {ours.Precision:0.00} does not beat the baseline's {baseline.Precision:0.00}");
        Assert.True(ours.Recall > baseline.Recall, $"recall {ours.Recall:0.00} does not beat the baseline's {baseline.Recall:0.00}");
        Assert.True(ours.RecallAt5 > baseline.RecallAt5, $"recall@5 {ours.RecallAt5:0.00} does not beat the baseline's {baseline.RecallAt5:0.00}");
    }

    internal static List<(string First, string Second, bool Same)> LabelledPairs()
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(Repository.PathOf("tests", "DataGrip.Core.Tests", "Overlap", "overlap-labelled-pairs.json")));
        return [.. document.RootElement.GetProperty("pairs").EnumerateArray().Select(p => (
            p.GetProperty("first").GetProperty("id").GetString()!,
            p.GetProperty("second").GetProperty("id").GetString()!,
            p.GetProperty("same").GetBoolean()))];
    }

    private static (double Precision, double Recall, double RecallAt5, double F1) Measure(
        List<(string First, string Second, bool Same)> labelled, Func<(string First, string Second, bool Same), bool> predicted, Func<string, string, bool> inTopFive)
    {
        var truePositives = labelled.Count(l => l.Same && predicted(l));
        var falsePositives = labelled.Count(l => !l.Same && predicted(l));
        var positives = labelled.Where(l => l.Same).ToList();
        var precision = truePositives + falsePositives == 0 ? 0 : truePositives / (double)(truePositives + falsePositives);
        var recall = truePositives / (double)positives.Count;

        // Both directions: is the other one among the five most similar projects?
        var hits = positives.Sum(l => (inTopFive(l.First, l.Second) ? 1 : 0) + (inTopFive(l.Second, l.First) ? 1 : 0));
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return (precision, recall, hits / (2.0 * positives.Count), f1);
    }

    private static HashSet<string> TopFive(OverlapDetector detector, IReadOnlyList<DataProject> corpus, string id) =>
        detector.FindSimilar(Project(corpus, id), corpus, 5).Select(p => p.SecondId).ToHashSet(StringComparer.Ordinal);

    private static HashSet<string> BaselineTopFive(IReadOnlyList<DataProject> corpus, string id, Func<string, string, double> jaccard) =>
        corpus.Where(p => p.Id != id).OrderByDescending(p => jaccard(id, p.Id)).ThenBy(p => p.Id, StringComparer.Ordinal).Take(5).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);

    private static DataProject Project(IReadOnlyList<DataProject> corpus, string id) => corpus.Single(p => p.Id == id);

    private static HashSet<string> Words(string text) =>
        new(text.ToLowerInvariant().Split(text.Where(c => !char.IsLetterOrDigit(c)).Distinct().ToArray(), StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);

    private static (string, string) Key(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
}
