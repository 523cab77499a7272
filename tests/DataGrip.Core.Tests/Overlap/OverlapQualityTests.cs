using System;
using System.Globalization;
using System.Linq;
using DataGrip.Core.Overlap;
using DataGrip.Core.OverlapQuality;
using DataGrip.Core.Tests.Support;
using Xunit.Abstractions;

namespace DataGrip.Core.Tests.Overlap;

/// <summary>
/// Quality on real registrations (Labels/overlap-labels.json, docs/overlap.md): on the validation half of the labels,
/// which no default was chosen on, the default detector beats both peers computed the same way — word-Jaccard and a
/// plain TF-IDF cosine of name and short description, each at the threshold best on the tuning half; and the kinds
/// of the labelled pairs agree with the labels on both halves.
/// </summary>
public sealed class OverlapQualityTests(ITestOutputHelper output)
{
    [Fact]
    public void DefaultDetector_BeatsBothPeers_OnTheValidationHalf()
    {
        if (OverlapEvaluation.LoadCorpus(Repository.Root) is not { } corpus)
        {
            output.WriteLine("SKIPPED: ../shared/data/algoritmeregister is not on this machine.");
            return;
        }

        var labels = OverlapEvaluation.LoadLabels(Repository.Root);
        var ids = corpus.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(189, corpus.Count); // 96 register rows, 27 supplier templates, 66 sample projects
        Assert.All(labels.Pairs, l => Assert.True(ids.Contains(l.First) && ids.Contains(l.Second), $"{l.First} / {l.Second} is not in the corpus."));

        var (pairs, _) = OverlapEvaluation.Detector(new OverlapDetector(), corpus, labels, "validation", quick: true);
        var (cosine, _) = OverlapEvaluation.Peer(OverlapEvaluation.TfIdfCosine(corpus), corpus, labels, "validation");
        var (jaccard, _) = OverlapEvaluation.Peer(OverlapEvaluation.WordJaccard(corpus), corpus, labels, "validation");
        output.WriteLine(OverlapEvaluation.Row("FindPairs", pairs));
        output.WriteLine(OverlapEvaluation.Row("TF-IDF cosine", cosine));
        output.WriteLine(OverlapEvaluation.Row("word-Jaccard", jaccard));

        foreach (var peer in new[] { cosine, jaccard })
        {
            Assert.True(pairs.RecallAt5 > peer.RecallAt5, string.Create(CultureInfo.InvariantCulture, $"recall@5 {pairs.RecallAt5:0.000} does not beat {peer.RecallAt5:0.000}"));
            Assert.True(pairs.RecallAt5Across > peer.RecallAt5Across, string.Create(CultureInfo.InvariantCulture, $"recall@5 across organisations {pairs.RecallAt5Across:0.000} does not beat {peer.RecallAt5Across:0.000}"));
            Assert.True(pairs.F1 > peer.F1, string.Create(CultureInfo.InvariantCulture, $"F1 {pairs.F1:0.000} does not beat {peer.F1:0.000}"));
        }
    }

    /// <summary>
    /// The detector's kind agrees with the labelled kind of the positive pairs (docs/overlap.md, "Kinds, labelled") at
    /// least as well as measured on 2026-12-03, less a margin of about four pairs of a half: tuning 1.000 accuracy and
    /// 1.000 balanced accuracy, validation 0.977 and 0.716 (its one shared-supplier pair is missed).
    /// </summary>
    [Theory]
    [InlineData("tuning", 0.97, 0.95)]
    [InlineData("validation", 0.94, 0.65)]
    public void Kinds_AgreeWithTheLabelledKinds(string half, double accuracy, double balanced)
    {
        if (OverlapEvaluation.LoadCorpus(Repository.Root) is not { } corpus)
        {
            output.WriteLine("SKIPPED: ../shared/data/algoritmeregister is not on this machine.");
            return;
        }

        var labels = OverlapEvaluation.LoadLabels(Repository.Root);
        Assert.All(labels.Pairs, l => Assert.Equal(l.Same, l.Kind is not null));

        var figures = OverlapEvaluation.MeasureKinds(new OverlapDetector(), corpus, labels, half);
        foreach (var line in OverlapEvaluation.KindTable(figures))
        {
            output.WriteLine(line);
        }

        Assert.Equal(labels.Pairs.Count(l => l.Same && l.Half == half), figures.Total);
        Assert.True(figures.Accuracy >= accuracy, string.Create(CultureInfo.InvariantCulture, $"kind accuracy {figures.Accuracy:0.000} < {accuracy:0.000}"));
        Assert.True(figures.BalancedAccuracy >= balanced, string.Create(CultureInfo.InvariantCulture, $"balanced kind accuracy {figures.BalancedAccuracy:0.000} < {balanced:0.000}"));
    }
}
