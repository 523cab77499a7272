using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using DataGrip.Core.Benchmarks;
using DataGrip.Core.Overlap;
using FsCheck.Xunit;
using Xunit.Abstractions;

namespace DataGrip.Core.Tests.Overlap;

/// <summary>The approximate mode (MinHash-LSH candidates, scored exactly): never a pair or score the exact mode lacks, and its recall measured.</summary>
public sealed class OverlapApproximateTests(ITestOutputHelper output)
{
    private static readonly OverlapOptions Approximate = OverlapOptions.Default with { Mode = OverlapMode.Approximate, Threshold = 0.2, MaxPairsPerProject = 1000 };

    [Property(Arbitrary = [typeof(CorpusArbitrary)], MaxTest = 100)]
    public void ApproximateJoin_IsASubsetOfTheExactPairs_WithIdenticalScores(Corpus corpus)
    {
        foreach (var threshold in new[] { 0.01, 0.1, 0.2, 0.35, 0.6, 1.0 })
        {
            var vectors = OverlapCorpus.Build(corpus.Projects, null, OverlapOptions.Default with { Threshold = threshold }, [], out _, CancellationToken.None);
            var exact = OverlapJoin.AllPairs(vectors, threshold, null, CancellationToken.None);
            var approximate = OverlapLsh.Candidates(vectors, threshold, OverlapLsh.Default, null, CancellationToken.None);

            Assert.Subset(new HashSet<(int, int, double)>(exact), new HashSet<(int, int, double)>(approximate));
            Assert.Equal(approximate.OrderBy(p => p), approximate);
        }
    }

    [Property(Arbitrary = [typeof(CorpusArbitrary)], MaxTest = 100)]
    public void FindPairs_Approximate_ReportsOnlyExactPairs_AndDoesNotDependOnInputOrder(Corpus corpus)
    {
        // With no per-project limit, the reported pairs are all the pairs above the threshold.
        var exact = new OverlapDetector(Approximate with { Mode = OverlapMode.Exact }).FindPairs(corpus.Projects);
        var detector = new OverlapDetector(Approximate);
        var forward = detector.FindPairs(corpus.Projects);
        var backward = detector.FindPairs([.. corpus.Projects.Reverse()]);

        Assert.Subset(new HashSet<string>(Describe(exact)), new HashSet<string>(Describe(forward)));
        Assert.True(forward.PairsAboveThreshold <= exact.PairsAboveThreshold);
        Assert.Equal(Describe(forward).OrderBy(d => d, StringComparer.Ordinal), Describe(backward).OrderBy(d => d, StringComparer.Ordinal));
        Assert.Equal(exact.Findings.Select(f => f.ToString()), forward.Findings.Select(f => f.ToString()));
    }

    [Fact]
    public void Recall_OnTheSyntheticCorpus_IsAtLeastNinetyPercent()
    {
        // 3,000 projects of the benchmark generator, default threshold; measured 97.2 % (378 of 389) when written.
        var projects = SyntheticOverlap.Create(3_000, 20_260_101);
        var exact = new OverlapDetector().FindPairs(projects);
        var approximate = new OverlapDetector(OverlapOptions.Default with { Mode = OverlapMode.Approximate }).FindPairs(projects);
        var exactPairs = new HashSet<(string, string, double)>(exact.Pairs.Select(p => (p.FirstId, p.SecondId, p.Score)));

        var recall = approximate.PairsAboveThreshold / (double)exact.PairsAboveThreshold;
        var reportedRecall = approximate.Pairs.Count(p => exactPairs.Contains((p.FirstId, p.SecondId, p.Score))) / (double)exactPairs.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"above threshold {approximate.PairsAboveThreshold} of {exact.PairsAboveThreshold} = {recall:P1}; reported {reportedRecall:P1}"));

        Assert.True(exact.PairsAboveThreshold > 300, "the corpus must have pairs to find");
        Assert.InRange(recall, 0.9, 1.0);
        Assert.InRange(reportedRecall, 0.9, 1.0);
    }

    [Fact]
    public void Mode_IsExactByDefault_AndApproximateIsCheckedAgainstTheOtherOptions()
    {
        Assert.Equal(OverlapMode.Exact, OverlapOptions.Default.Mode);
        Assert.Equal(
            "Invalid OverlapOptions: Mode Approximate cannot be combined with CompareAllPairs.",
            Assert.Throws<ArgumentException>(() => new OverlapDetector(Approximate with { CompareAllPairs = true })).Message);
        Assert.Equal(
            "Invalid OverlapOptions: Mode Approximate cannot be combined with a TextSimilarity: its candidates come from the text terms.",
            Assert.Throws<ArgumentException>(() => new OverlapDetector(Approximate with { TextSimilarity = new Letters() })).Message);
        Assert.Equal(
            "Invalid OverlapOptions: Mode must be Exact or Approximate, but is 7.",
            Assert.Throws<ArgumentException>(() => new OverlapDetector(Approximate with { Mode = (OverlapMode)7 })).Message);
    }

    private static string[] Describe(OverlapResult result) =>
        [.. result.Pairs.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.FirstId} {p.SecondId} {p.Score:R} {p.Kind} {p.ExplanationEnglish}"))];

    private sealed class Letters : ITextSimilarity
    {
        public float[] Embed(string text) => [text.Length, 1];
    }
}
