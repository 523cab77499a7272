using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using DataGrip.Core.Model;
using DataGrip.Core.Overlap;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DataGrip.Core.Tests.Overlap;

/// <summary>The laws of overlap detection (issue 5), over generated corpora that share words, sources and suppliers.</summary>
public sealed class OverlapProperties
{
    private static readonly OverlapDetector Detector = new(new OverlapOptions { Threshold = 0.2, MaxPairsPerProject = 3 });

    /// <summary>The same with the neighbour rule on (off by default), so the join runs from the lower score.</summary>
    private static readonly OverlapDetector WithNeighbours = new(Detector.Options with { NeighbourThreshold = 0.10, NeighboursPerProject = 3 });

    /// <summary>The short registrations' rule on (internal, off by default): a project under 6 text terms keeps its best 2 from 0.08.</summary>
    private static readonly OverlapDetector WithShort = new(Detector.Options with { ShortTextTerms = 6, ShortThreshold = 0.08, ShortNeighbours = 2 });

    /// <summary>The scaled threshold on (internal, off by default): a pair's threshold follows its fewer text terms / 8, 0.5 to 1.4 times.</summary>
    private static readonly OverlapDetector WithScale = new(Detector.Options with { ScaleTextTerms = 8, ScaleLow = 0.5, ScaleHigh = 1.4 });

    [Property(Arbitrary = [typeof(CorpusArbitrary)], MaxTest = 150)]
    public void IndexedJoin_ReturnsExactlyTheAllPairsResult_BitForBit(Corpus corpus)
    {
        foreach (var threshold in new[] { 0.01, 0.1, 0.2, 0.35, 0.6, 1.0 })
        {
            var options = OverlapOptions.Default with { Threshold = threshold };
            var vectors = OverlapCorpus.Build(corpus.Projects, null, options, [], out _, CancellationToken.None);

            var indexed = OverlapJoin.Indexed(vectors, threshold, null, CancellationToken.None);
            var allPairs = OverlapJoin.AllPairs(vectors, threshold, null, CancellationToken.None);

            Assert.Equal(allPairs, indexed);

            // The same when the earlier projects are probed in blocks of a few, with the quick check's scalar way.
            Assert.Equal(allPairs, OverlapJoin.Indexed(vectors, threshold, null, CancellationToken.None, blockSize: 1 + (vectors.Count % 3), vectors: false));
        }
    }

    [Property(Arbitrary = [typeof(CorpusArbitrary)], MaxTest = 60)]
    public void IndexedJoin_ReturnsExactlyTheAllPairsResult_WhateverTheWeights(Corpus corpus)
    {
        // The index's budget comes from the text's weight; these weights leave it small, or none at all.
        OverlapWeights[] weights =
        [
            new() { Text = 0, Data = 1, Supplier = 1, Legal = 1, Themes = 1, Technique = 1, Subjects = 1 },
            new() { Text = 0.1, Data = 0.3, Supplier = 0.6, Legal = 0.2, Themes = 0.9, Technique = 0.4, Subjects = 0.7 },
            new() { Text = 1, Data = 0, Supplier = 0, Legal = 0, Themes = 0, Technique = 0, Subjects = 0 },
            new() { Text = 50, Data = 100, Supplier = 3, Legal = 0, Themes = 7, Technique = 0.5, Subjects = 2 },
        ];
        foreach (var weight in weights)
        {
            foreach (var threshold in new[] { 0.01, 0.15, 0.3, 0.7 })
            {
                var options = OverlapOptions.Default with { Weights = weight, Threshold = threshold };
                var vectors = OverlapCorpus.Build(corpus.Projects, null, options, [], out _, CancellationToken.None);

                var allPairs = OverlapJoin.AllPairs(vectors, threshold, null, CancellationToken.None);
                Assert.Equal(allPairs, OverlapJoin.Indexed(vectors, threshold, null, CancellationToken.None));
                Assert.Equal(allPairs, OverlapJoin.Indexed(vectors, threshold, null, CancellationToken.None, blockSize: 2, vectors: false));
            }
        }
    }

    [Property(MaxTest = 20)]
    public void IndexedJoin_ReturnsExactlyTheAllPairsResult_WithManyFeaturesPerSignal(PositiveInt seed)
    {
        // More distinct sources, suppliers and laws than a mask holds (OverlapIndex.MaskBits), with a few common ones.
        var random = new Random(seed.Get);
        int Skewed(int count) => random.Next(random.Next(1, count + 1));
        string Words(int min, int max) => string.Join(" ", Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => "woord" + Skewed(300).ToString(CultureInfo.InvariantCulture)));
        var projects = Enumerable.Range(0, 150).Select(i => new DataProject
        {
            Id = "p" + i.ToString(CultureInfo.InvariantCulture),
            Name = Words(1, 4),
            ShortDescription = Words(5, 30),
            Organization = new Organization { Name = "Gemeente " + random.Next(8).ToString(CultureInfo.InvariantCulture) },
            Themes = [(Theme)random.Next(Enum.GetValues<Theme>().Length)],
            Suppliers = random.Next(2) == 0 ? [] : [new Supplier { Name = "Leverancier" + Skewed(60).ToString(CultureInfo.InvariantCulture), Product = "Product " + random.Next(3).ToString(CultureInfo.InvariantCulture) }],
            Legal = new LegalBasis { References = [.. Enumerable.Range(0, random.Next(3)).Select(_ => new LegalReference { Title = "Wet " + Skewed(40).ToString(CultureInfo.InvariantCulture) })] },
            Technique = new Technique { AlgorithmType = (AlgorithmType)random.Next(5), UseType = (UseType)random.Next(4) },
            Data = new DataProfile
            {
                Sources = [.. Enumerable.Range(0, random.Next(1, 9)).Select(_ => "Bron " + Skewed(90).ToString(CultureInfo.InvariantCulture)).Distinct().Select(t => new DataSource { Title = t })],
                Subjects = [(DataSubjectGroup)random.Next(5)],
            },
        }).ToArray();

        foreach (var threshold in new[] { 0.05, 0.18, 0.4 })
        {
            var vectors = OverlapCorpus.Build(projects, null, OverlapOptions.Default with { Threshold = threshold }, [], out _, CancellationToken.None);
            var allPairs = OverlapJoin.AllPairs(vectors, threshold, null, CancellationToken.None);

            Assert.Equal(allPairs, OverlapJoin.Indexed(vectors, threshold, null, CancellationToken.None));
            Assert.Equal(allPairs, OverlapJoin.Indexed(vectors, threshold, null, CancellationToken.None, blockSize: 7, vectors: false));
        }
    }

    [Property(Arbitrary = [typeof(CorpusArbitrary)], MaxTest = 100)]
    public void FindPairs_IsTheSameWithTheIndexOrComparingAllPairs(Corpus corpus)
    {
        foreach (var detector in new[] { Detector, WithNeighbours, WithShort, WithScale })
        {
            var fast = detector.FindPairs(corpus.Projects);
            var naive = new OverlapDetector(detector.Options with { CompareAllPairs = true }).FindPairs(corpus.Projects);

            Assert.Equal(Describe(naive), Describe(fast));
            Assert.Equal(naive.PairsAboveThreshold, fast.PairsAboveThreshold);
        }
    }

    [Property(Arbitrary = [typeof(CorpusArbitrary)], MaxTest = 100)]
    public void ShortRegistrations_KeepTheirBestPairsFromTheLowerScore_AndTheScaledThresholdHoldsPerPair(Corpus corpus)
    {
        static (int, int) Key(OverlapPair p) => (Math.Min(p.FirstIndex, p.SecondIndex), Math.Max(p.FirstIndex, p.SecondIndex));
        var options = WithShort.Options;
        var vectors = OverlapCorpus.Build(corpus.Projects, null, options, [], out _, CancellationToken.None);
        var result = WithShort.FindPairs(corpus.Projects);
        var reported = result.Pairs.Select(Key).ToHashSet();
        var plain = Detector.FindPairs(corpus.Projects);
        for (var i = 0; i < corpus.Projects.Length; i++)
        {
            if (vectors.TextTerms(i) >= options.ShortTextTerms)
            {
                continue;
            }

            foreach (var similar in WithShort.FindSimilar(corpus.Projects[i], corpus.Projects, options.ShortNeighbours).Where(s => s.Score >= options.ShortThreshold))
            {
                var j = Array.FindIndex(corpus.Projects, p => p.Id == similar.SecondId);
                Assert.Contains((Math.Min(i, j), Math.Max(i, j)), reported);
            }
        }

        // What the rule adds has a short project and a score from the lower threshold; the rest is the plain result.
        Assert.Subset(reported, plain.Pairs.Select(Key).ToHashSet());
        Assert.All(result.Pairs.Where(p => p.Score < options.Threshold), p =>
        {
            Assert.True(p.Score >= options.ShortThreshold);
            Assert.True(Math.Min(vectors.TextTerms(p.FirstIndex), vectors.TextTerms(p.SecondIndex)) < options.ShortTextTerms);
        });
        Assert.Equal(plain.PairsAboveThreshold, result.PairsAboveThreshold);

        // The scaled threshold: every pair counted above it reaches its own pair's threshold, and no pair that does is left out.
        var scale = WithScale.Options;
        var scaled = WithScale.FindPairs(corpus.Projects);
        var all = OverlapJoin.AllPairs(vectors, 0.01, null, CancellationToken.None);
        Assert.Equal(
            all.Count(p => p.Score >= scale.PairThreshold(Math.Min(vectors.TextTerms(p.A), vectors.TextTerms(p.B)))),
            scaled.PairsAboveThreshold);
        Assert.All(scaled.Pairs, p => Assert.True(p.Score >= scale.PairThreshold(Math.Min(vectors.TextTerms(p.FirstIndex), vectors.TextTerms(p.SecondIndex)))));
    }

    [Property(Arbitrary = [typeof(CorpusArbitrary)], MaxTest = 100)]
    public void FindPairs_KeepsEveryProjectsNearestNeighbours_AndNothingBelowTheNeighbourThreshold(Corpus corpus)
    {
        // One ranking: each project's FindSimilar top NeighboursPerProject from the neighbour threshold on is reported.
        var options = WithNeighbours.Options;
        var result = WithNeighbours.FindPairs(corpus.Projects);
        static (int, int) Key(OverlapPair p) => (Math.Min(p.FirstIndex, p.SecondIndex), Math.Max(p.FirstIndex, p.SecondIndex));
        var reported = result.Pairs.Select(Key).ToHashSet();
        for (var i = 0; i < corpus.Projects.Length; i++)
        {
            foreach (var similar in WithNeighbours.FindSimilar(corpus.Projects[i], corpus.Projects, options.NeighboursPerProject).Where(s => s.Score >= options.NeighbourThreshold))
            {
                var j = Array.FindIndex(corpus.Projects, p => p.Id == similar.SecondId);
                Assert.Contains((Math.Min(i, j), Math.Max(i, j)), reported);
            }
        }

        Assert.All(result.Pairs, p => Assert.True(p.Score >= options.JoinThreshold));
        var off = new OverlapDetector(options with { NeighbourThreshold = 0 }).FindPairs(corpus.Projects);
        Assert.All(off.Pairs, p => Assert.True(p.Score >= options.Threshold));
        Assert.Equal(result.PairsAboveThreshold, off.PairsAboveThreshold);
        Assert.Subset(reported, off.Pairs.Select(Key).ToHashSet());
    }

    [Property(Arbitrary = [typeof(CorpusArbitrary)], MaxTest = 100)]
    public void Similarity_IsSymmetric_AndWithinZeroAndOne(Corpus corpus)
    {
        var vectors = OverlapCorpus.Build(corpus.Projects, null, OverlapOptions.Default, [], out _, CancellationToken.None);
        for (var a = 0; a < vectors.Count; a++)
        {
            for (var b = 0; b < vectors.Count; b++)
            {
                var score = vectors.Score(a, b);
                Assert.Equal(score, vectors.Score(b, a));
                Assert.InRange(score, 0.0, 1.0);
                for (var s = 0; s < OverlapSignals.Count; s++)
                {
                    Assert.InRange(vectors.Similarity(a, b, s), 0.0, 1.0);
                }
            }
        }
    }

    [Property(Arbitrary = [typeof(CorpusArbitrary)], MaxTest = 100)]
    public void AProjectWithText_IsMostSimilarToItself(Corpus corpus)
    {
        var rarity = Detector.Rarity(corpus.Projects);
        foreach (var project in corpus.Projects.Where(p => p.Name.Split(' ').Any(w => !w.Equals("de", StringComparison.Ordinal) && !w.Equals("van", StringComparison.Ordinal))))
        {
            var self = Detector.Compare(project, project, rarity).Score;
            Assert.Equal(1.0, self);
            Assert.All(corpus.Projects, other => Assert.True(Detector.Compare(project, other, rarity).Score <= self));
        }
    }

    [Property(Arbitrary = [typeof(CorpusArbitrary)], MaxTest = 100)]
    public void Output_DoesNotDependOnInputOrder(Corpus corpus)
    {
        var forward = Detector.FindPairs(corpus.Projects);
        var backward = Detector.FindPairs([.. corpus.Projects.Reverse()]);
        var shuffled = Detector.FindPairs([.. corpus.Projects.OrderBy(p => p.Id.GetHashCode(StringComparison.Ordinal))]);

        Assert.Equal(ById(forward), ById(backward));
        Assert.Equal(ById(forward), ById(shuffled));
        Assert.Equal(Groups(forward), Groups(backward));
        Assert.Equal(Groups(forward), Groups(shuffled));
    }

    [Property(Arbitrary = [typeof(CorpusArbitrary)], MaxTest = 100)]
    public void AddingAnUnrelatedProject_DoesNotChangeThePairsAmongTheOthers_WithRarityFixed(Corpus corpus)
    {
        var rarity = Detector.Rarity(corpus.Projects);
        var unrelated = new DataProject
        {
            Id = "unrelated",
            Name = "Zeppelinhangar onderhoudsplanning ijsbaanverlichting",
            ShortDescription = "Kwartsklokken synchroniseren voor carillonconcerten.",
            Organization = new Organization { Name = "Waterschap Elders" },
        };

        var before = Detector.FindPairs(corpus.Projects, rarity);
        var after = Detector.FindPairs([unrelated, .. corpus.Projects], rarity);

        Assert.DoesNotContain(after.Pairs, p => p.FirstId == "unrelated" || p.SecondId == "unrelated");
        Assert.Equal(ById(before), ById(after));
    }

    private static string[] Describe(OverlapResult result) =>
        [.. result.Pairs.Select(p => string.Create(CultureInfo.InvariantCulture,
            $"{p.FirstIndex}:{p.FirstId} {p.SecondIndex}:{p.SecondId} {p.Score:R} {p.Kind} {string.Join(",", p.Contributions.Select(c => $"{c.Signal}={c.Similarity:R}x{c.Weight:R}[{string.Join("|", c.Shared)}]"))} {p.ExplanationEnglish}")),
         .. result.Groups.Select(g => string.Join(",", g.Indices) + " " + g.MaxScore.ToString("R", CultureInfo.InvariantCulture)),
         .. result.Findings.Select(f => f.ToString())];

    private static string[] ById(OverlapResult result) =>
        [.. result.Pairs.Select(p => string.Create(CultureInfo.InvariantCulture,
            $"{p.FirstId} {p.SecondId} {p.Score:R} {p.Kind} {string.Join(",", p.Contributions.Select(c => $"{c.Signal}={c.Similarity:R}x{c.Weight:R}[{string.Join("|", c.Shared)}]"))}"))];

    private static string[] Groups(OverlapResult result) =>
        [.. result.Groups.Select(g => string.Join(",", g.ProjectIds.OrderBy(id => id, StringComparer.Ordinal))).OrderBy(g => g, StringComparer.Ordinal)];
}

/// <summary>A generated corpus of projects with unique ids.</summary>
public sealed record Corpus(DataProject[] Projects)
{
    /// <inheritdoc/>
    public override string ToString() => string.Join(Environment.NewLine, Projects.Select(p => $"{p.Id}: {p.Name} | {p.ShortDescription} | {string.Join(",", p.Data?.Sources.Select(s => s.Title) ?? [])} | {string.Join(",", p.Suppliers.Select(s => s.Name))}"));
}

/// <summary>Corpora of 0 to 30 projects from small pools, so that words, sources and suppliers are often shared.</summary>
public static class CorpusArbitrary
{
    private static readonly string[] Words =
    [
        "scanauto", "kentekenherkenning", "parkeren", "parkeerhandhaving", "afval", "containers", "bijstand", "Wmo",
        "jeugdzorg", "WOZ", "taxatie", "schulden", "vroegsignalering", "drukte", "camera", "de", "van", "anonimiseren",
        "documenten", "Basisregistratie", "Personen", "coördinatie", "voorspellen", "wijk",
    ];

    private static readonly string[] Sources = ["BRP", "GBA", "BAG", "Nationaal Parkeerregister", "Schuldenregister", "Kerncijfers wijken en buurten"];

    private static readonly string[] Suppliers = ["Centric Netherlands BV", "Centric", "PinkRoccade", "Brickyard B.V.", "Intern ontwikkeld"];

    private static readonly string[] Laws = ["Wmo 2015", "Participatiewet", "AVG", "Wegenverkeerswet"];

    private static readonly string[] Organizations = ["Gemeente Utrecht", "Gemeente Den Haag", "Gemeente Tilburg"];

    public static Arbitrary<Corpus> Corpus() => Arb.From(
        from count in Gen.Choose(0, 30)
        from projects in Project().ArrayOf(count)
        select new Corpus([.. projects.Select((p, i) => p with { Id = "p" + i.ToString(CultureInfo.InvariantCulture) })]));

    private static Gen<string> Text(int min, int max) =>
        from n in Gen.Choose(min, max)
        from words in Gen.Elements(Words).ArrayOf(n)
        select string.Join(" ", words);

    private static Gen<DataProject> Project() =>
        from name in Text(1, 4)
        from shortDescription in Gen.Frequency((1, Gen.Constant<string?>(null)), (2, Text(0, 10).Select(t => (string?)t)))
        from goal in Gen.Frequency((2, Gen.Constant<string?>(null)), (1, Text(1, 8).Select(t => (string?)t)))
        from sources in Gen.Elements(Sources).ArrayOf().Select(a => a.Take(3).ToArray())
        from registry in Gen.Frequency((3, Gen.Constant<BaseRegistry?>(null)), (1, Gen.Elements(Enum.GetValues<BaseRegistry>()).Select(r => (BaseRegistry?)r)))
        from supplier in Gen.Frequency((1, Gen.Constant<string?>(null)), (1, Gen.Elements(Suppliers).Select(s => (string?)s)))
        from product in Gen.Elements<string?>(null, "Suite", "Module Inzicht")
        from law in Gen.Frequency((2, Gen.Constant<string?>(null)), (1, Gen.Elements(Laws).Select(s => (string?)s)))
        from themes in Gen.Elements(Enum.GetValues<Theme>()).ArrayOf().Select(a => a.Take(2).Distinct().ToArray())
        from algorithm in Gen.Frequency((1, Gen.Constant<AlgorithmType?>(null)), (1, Gen.Elements(Enum.GetValues<AlgorithmType>()).Select(t => (AlgorithmType?)t)))
        from subjects in Gen.Elements(Enum.GetValues<DataSubjectGroup>()).ArrayOf().Select(a => a.Take(2).Distinct().ToArray())
        from organization in Gen.Elements(Organizations)
        select new DataProject
        {
            Id = "x",
            Name = name,
            ShortDescription = shortDescription,
            Organization = new Organization { Name = organization },
            Purpose = goal is null ? null : new Purpose { GoalAndImpact = goal },
            Themes = [.. themes],
            Suppliers = supplier is null ? [] : [new Supplier { Name = supplier, Product = product }],
            Legal = law is null ? null : new LegalBasis { References = [new LegalReference { Title = law }] },
            Technique = algorithm is null ? null : new Technique { AlgorithmType = algorithm },
            Data = new DataProfile
            {
                Sources = [.. sources.Select(s => new DataSource { Title = s }), .. registry is null ? [] : new[] { new DataSource { Title = "Registratie", BaseRegistry = registry } }],
                Subjects = [.. subjects],
            },
        };
}
