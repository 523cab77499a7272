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
    public static int Run(bool explainOnly = false, string? tune = null, string? only = null)
    {
        var root = FindRoot();
        if (OverlapEvaluation.LoadCorpus(root) is not { } corpus)
        {
            Console.Error.WriteLine("../shared/data/algoritmeregister is not on this machine.");
            return 1;
        }

        var labels = OverlapEvaluation.LoadLabels(root);
        if (tune == "kinds")
        {
            Kinds(corpus, labels, wrong: true);
            return 0;
        }

        if (tune == "levers")
        {
            Levers(corpus, labels);
            return 0;
        }

        if (tune is not null)
        {
            Tune(corpus, labels, misses: tune == "misses", only);
            return 0;
        }

        Explain(corpus);
        if (explainOnly)
        {
            KeptByTheNeighbours(corpus, labels);
            return 0;
        }

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

        Kinds(corpus, labels, wrong: false);
        Levers(corpus, labels);
        return 0;
    }

    /// <summary>
    /// The kinds of the labelled positive pairs against the detector's (docs/overlap.md, "Kinds, labelled"): the rule
    /// on both halves; with <paramref name="wrong"/> (<c>overlap-eval kinds</c>) also the duplicate threshold swept on the
    /// tuning half (where it was chosen) and each half's pairs whose kind differs (the tuning half's are what the rule
    /// was changed on).
    /// </summary>
    private static void Kinds(IReadOnlyList<DataProject> corpus, OverlapEvaluation.Labels labels, bool wrong)
    {
        var byId = corpus.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var options = OverlapOptions.Default;
        foreach (var half in new[] { "tuning", "validation" })
        {
            foreach (var (subsetName, subset) in new (string, Func<OverlapEvaluation.Label, bool>?)[] { ("all pairs", null), ("real registrations only", l => OverlapEvaluation.Real(l, byId)) })
            {
                var figures = OverlapEvaluation.MeasureKinds(new OverlapDetector(options), corpus, labels, half, subset);
                Console.WriteLine();
                Console.WriteLine($"### Kinds, {half} half, {subsetName} (the defaults; every labelled positive pair, reported or not)");
                Console.WriteLine();
                foreach (var line in OverlapEvaluation.KindTable(figures))
                {
                    Console.WriteLine(line);
                }

                if (wrong && half == "tuning" && subset is null)
                {
                    Console.WriteLine();
                    Console.WriteLine("Duplicate threshold, tuning half only (accuracy / balanced accuracy, labelled negatives called duplicates; duplicates among the pairs FindPairs reports on the whole corpus, no labels):");
                    foreach (var t in new[] { 0.20, 0.25, 0.30, 0.35, 0.40, 0.50, 0.60, 0.70, 0.80, 0.90 })
                    {
                        var detector = new OverlapDetector(options with { DuplicateThreshold = t });
                        var swept = OverlapEvaluation.MeasureKinds(detector, corpus, labels, half);
                        var reported = detector.FindPairs(corpus).Pairs;
                        Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                            $"  {t:0.00}: {swept.Accuracy:0.000} / {swept.BalancedAccuracy:0.000}, {swept.NegativeDuplicates} negatives called duplicates; {reported.Count(p => p.Kind == OverlapKind.Duplicate)} duplicates of {reported.Length} pairs ({reported.Count(p => p.Kind is OverlapKind.Duplicate or OverlapKind.Overlap)} within one organisation)"));
                    }
                }

                if (wrong && subset is null)
                {
                    Console.WriteLine();
                    foreach (var (label, pair) in figures.Wrong)
                    {
                        Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                            $"- {label.First} ({byId[label.First].Organization.Name}) / {label.Second} ({byId[label.Second].Organization.Name}): labelled {label.Kind}, detected {pair.Kind} ({pair.Score:0.000}); {pair.ExplanationEnglish}"));
                    }
                }
            }
        }
    }

    /// <summary>Each lever added in turn (cumulative), measured on both halves; then the threshold and limit swept on the tuning half.</summary>
    private static void Levers(IReadOnlyList<DataProject> corpus, OverlapEvaluation.Labels labels)
    {
        var previous = OverlapOptions.Default with { Threshold = 0.16, MaxPairsPerProject = 5, NeighbourThreshold = 0 };
        var before = previous with { Reading = OverlapReading.Before, BestOfBoth = true };
        var steps = new List<(string Name, OverlapOptions Options)>
        {
            ("before issue 14 (name twice, short description, goal; light stemmer; best of both)", before),
        };
        steps.Add(("+ one ranking (a pair among the best 5 of either project)", steps[^1].Options with { BestOfBoth = false }));
        steps.Add(("+ long description 0.5, methods 0.25, data in words 0.25", steps[^1].Options with { Reading = steps[^1].Options.Reading with { Description = 0.5, Methods = 0.25, DataText = 0.25 } }));
        steps.Add(("+ Snowball stemmer", steps[^1].Options with { Reading = steps[^1].Options.Reading with { Snowball = true } }));
        steps.Add(("+ registries and suppliers named in prose", steps[^1].Options with { Reading = steps[^1].Options.Reading with { ProseSignals = true } }));
        steps.Add(("+ concept groups of the municipal domain", steps[^1].Options with { Reading = steps[^1].Options.Reading with { ConceptGroups = true } }));
        steps.Add(("= the previous defaults (threshold 0.16, limit 5)", previous));
        steps.Add(("+ compounds from the word list (not a default: much slower join on the benchmark corpus)", previous with { Reading = OverlapReading.Default with { Compounds = true } }));
        steps.Add(("+ 32 text terms (not a default: a slower join)", previous with { Reading = OverlapReading.Default with { TextTerms = 32 } }));
        steps.Add(("threshold 0.22, limit 10 (the tuning half's best F1 with recall@5 ≥ 0.90; not a default)", previous with { Threshold = 0.22, MaxPairsPerProject = 10 }));
        steps.Add(("threshold 0.25, limit 5 (the same rule at the limit of 5; not a default)", previous with { Threshold = 0.25 }));
        steps.AddRange(ThisRound(previous));
        foreach (var half in new[] { "tuning", "validation" })
        {
            Console.WriteLine();
            Console.WriteLine($"### Levers, {half} half (FindPairs; FindSimilar recall@5 in brackets)");
            Console.WriteLine();
            Console.WriteLine("| Step | Recall@5 | Recall@5 across organisations | P / R / F1 |");
            Console.WriteLine("|---|---:|---:|---|");
            foreach (var (name, options) in steps)
            {
                var (pairs, similar) = OverlapEvaluation.Detector(new OverlapDetector(options), corpus, labels, half, quick: true);
                Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"| {name} | {pairs.RecallAt5:0.000} ({similar.RecallAt5:0.000}) | {pairs.RecallAt5Across:0.000} ({similar.RecallAt5Across:0.000}) | {pairs.Precision:0.000} / {pairs.Recall:0.000} / {pairs.F1:0.000} |"));
            }
        }

        Console.WriteLine();
        Console.WriteLine("### Threshold and limit, tuning half only (FindPairs, no neighbours; the first round's sweep)");
        Console.WriteLine();
        Console.WriteLine("| Threshold | Limit | Recall@5 | Recall@5 across | P / R / F1 |");
        Console.WriteLine("|---:|---:|---:|---:|---|");
        foreach (var limit in new[] { 3, 5, 10 })
        {
            for (var t = 0.10; t <= 0.401; t += 0.03)
            {
                var (pairs, _) = OverlapEvaluation.Detector(new OverlapDetector(previous with { Threshold = Math.Round(t, 2), MaxPairsPerProject = limit }), corpus, labels, "tuning", quick: true);
                Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"| {t:0.00} | {limit} | {pairs.RecallAt5:0.000} | {pairs.RecallAt5Across:0.000} | {pairs.Precision:0.000} / {pairs.Recall:0.000} / {pairs.F1:0.000} |"));
            }
        }
    }

    /// <summary>
    /// This round's levers (docs/overlap.md), each on top of the previous defaults unless it says otherwise: the
    /// best BM25 and field weights of the tuning sweep, a project's nearest neighbours below the threshold, and the
    /// new defaults with the rejected levers on top.
    /// </summary>
    private static List<(string Name, OverlapOptions Options)> ThisRound(OverlapOptions previous)
    {
        var r = OverlapReading.Default;
        var wide = OverlapOptions.Default with { Threshold = 0.22, MaxPairsPerProject = 10 };
        return
        [
            ("this round: BM25 k1 0.8 b 0.75 (rejected)", previous with { Reading = r with { TfK1 = 0.8, LengthB = 0.75 } }),
            ("this round: short description 0.25 (rejected)", previous with { Reading = r with { ShortDescription = 0.25 } }),
            ("this round: long description 2 (rejected)", previous with { Reading = r with { Description = 2 } }),
            ("this round: goal 3 (rejected)", previous with { Reading = r with { Goal = 3 } }),
            ("this round: + nearest 5 neighbours from 0.10 (threshold 0.16, limit 5)", previous with { NeighbourThreshold = 0.10, NeighboursPerProject = 5 }),
            ("this round: threshold 0.22, limit 10, nearest 5 from 0.10 (the tuning half's choice; 2.5x slower at 100,000, not a default)", wide with { NeighbourThreshold = 0.10, NeighboursPerProject = 5 }),
            ("this round: threshold 0.22, limit 10, nearest 3 from 0.13 (1.4x slower at 100,000, not a default)", wide with { NeighbourThreshold = 0.13, NeighboursPerProject = 3 }),
            ("this round: threshold 0.22, limit 10, no neighbours (rejected)", wide),
            ("this round: threshold 0.22, limit 10, nearest 5 from 0.10 + short description 0.5 (rejected)", wide with { NeighbourThreshold = 0.10, Reading = r with { ShortDescription = 0.5 } }),
            ("this round: threshold 0.22, limit 10, nearest 5 from 0.10 + BM25 k1 0.8 b 0.75 (rejected)", wide with { NeighbourThreshold = 0.10, Reading = r with { TfK1 = 0.8, LengthB = 0.75 } }),
            ("third round: domain vocabulary (rejected)", previous with { Reading = r with { DomainVocabulary = true } }),
            ("third round: domain vocabulary + BM25 k1 0.8 b 0.75 (rejected)", previous with { Reading = r with { DomainVocabulary = true, TfK1 = 0.8, LengthB = 0.75 } }),
            ("third round: long description 1.5 (rejected)", previous with { Reading = r with { Description = 1.5 } }),
            ("third round: name 3 (rejected)", previous with { Reading = r with { Name = 3 } }),
            ("short registrations: under 12 text terms, best 3 from 0.10 (no change on tuning; off)", previous with { ShortTextTerms = 12, ShortThreshold = 0.10, ShortNeighbours = 3 }),
            ("short registrations: under 12 text terms, best 5 from 0.06 (off)", previous with { ShortTextTerms = 12, ShortThreshold = 0.06, ShortNeighbours = 5 }),
            ("short registrations: threshold × fewer text terms / 12, from 1.00 to 1.40 (off)", previous with { ScaleTextTerms = 12, ScaleLow = 1.0, ScaleHigh = 1.4 }),
            ("short registrations: threshold × fewer text terms / 16, from 0.50 to 1.00 (off)", previous with { ScaleTextTerms = 16, ScaleLow = 0.5, ScaleHigh = 1.0 }),
        ];
    }

    /// <summary>
    /// <c>overlap-eval tune</c>: candidate levers measured on the tuning half only (never the validation half: that is
    /// looked at once per lever, in the full run); <c>overlap-eval misses</c> also lists the tuning half's positive
    /// pairs that the defaults leave out of a top 5.
    /// </summary>
    private static void Tune(IReadOnlyList<DataProject> corpus, OverlapEvaluation.Labels labels, bool misses, string? only)
    {
        var byId = corpus.ToDictionary(p => p.Id, StringComparer.Ordinal);
        if (only?.StartsWith("short", StringComparison.Ordinal) == true)
        {
            ShortCounts(corpus, labels);
        }

        Console.WriteLine("| Candidate (tuning half) | Recall@5 | Recall@5 across organisations | P / R / F1 | Real registrations only: recall@5 (across), P / R / F1 |");
        Console.WriteLine("|---|---:|---:|---|---|");
        foreach (var (name, options) in Candidates().Where(c => only is null || c.Name == "defaults" || c.Name.Contains(only, StringComparison.Ordinal)))
        {
            var (pairs, similar) = OverlapEvaluation.Detector(new OverlapDetector(options), corpus, labels, "tuning", quick: true);
            var (real, _) = OverlapEvaluation.Detector(new OverlapDetector(options), corpus, labels, "tuning", l => OverlapEvaluation.Real(l, byId), quick: true);
            Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"| {name} | {pairs.RecallAt5:0.000} ({similar.RecallAt5:0.000}) | {pairs.RecallAt5Across:0.000} ({similar.RecallAt5Across:0.000}) | {pairs.Precision:0.000} / {pairs.Recall:0.000} / {pairs.F1:0.000} | {real.RecallAt5:0.000} ({real.RecallAt5Across:0.000}), {real.Precision:0.000} / {real.Recall:0.000} / {real.F1:0.000} |"));
        }

        if (!misses)
        {
            return;
        }

        var detector = new OverlapDetector();
        var rarity = detector.Rarity(corpus);
        foreach (var label in labels.Pairs.Where(l => l.Half == "tuning" && l.Same))
        {
            foreach (var (query, other) in new[] { (label.First, label.Second), (label.Second, label.First) })
            {
                var top = detector.FindSimilar(byId[query], corpus, OverlapEvaluation.TopK);
                if (top.Any(p => p.SecondId == other) || top.Count(p => labels.SameFamily(query, p.SecondId)) >= OverlapEvaluation.TopK)
                {
                    continue;
                }

                var pair = detector.Compare(byId[query], byId[other], rarity);
                Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"MISS {query} → {other} ({pair.Score:0.000}; 5th {top.LastOrDefault()?.Score:0.000}): {byId[query].Name} | {byId[other].Name}"));
                Console.WriteLine("   shares: " + pair.ExplanationEnglish);
                Console.WriteLine("   top: " + string.Join(", ", top.Select(p => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{p.SecondId} {p.Score:0.000}"))));
            }
        }
    }

    /// <summary>The levers tried, each alone on top of the defaults (this round: field weights, BM25, a project's nearest neighbours below the threshold).</summary>
    private static List<(string Name, OverlapOptions Options)> Candidates()
    {
        // The sweep started from the previous defaults (threshold 0.16, limit 5, no neighbours below the threshold).
        var d = OverlapOptions.Default with { Threshold = 0.16, MaxPairsPerProject = 5, NeighbourThreshold = 0 };
        var r = d.Reading;
        var list = new List<(string, OverlapOptions)> { ("defaults", d) };
        foreach (var (field, make) in new (string, Func<double, OverlapReading>)[]
        {
            ("name", w => r with { Name = w }), ("short description", w => r with { ShortDescription = w }), ("goal", w => r with { Goal = w }),
            ("tags", w => r with { Tags = w }), ("long description", w => r with { Description = w }), ("methods", w => r with { Methods = w }),
            ("data in words", w => r with { DataText = w }), ("department", w => r with { Department = w }),
        })
        {
            foreach (var w in new[] { 0.0, 0.25, 0.5, 1, 1.5, 2, 3 })
            {
                list.Add(($"{field} {w:0.00}", d with { Reading = make(w) }));
            }
        }

        foreach (var k1 in new[] { 0.8, 1.2, 2.0 })
        {
            foreach (var b in new[] { 0.0, 0.25, 0.5, 0.75, 1 })
            {
                list.Add(($"BM25 k1 {k1:0.0} b {b:0.00} pivot 40", d with { Reading = r with { TfK1 = k1, LengthB = b } }));
            }
        }

        foreach (var pivot in new[] { 10.0, 20, 80, 160 })
        {
            list.Add(($"BM25 k1 1.2 b 0.75 pivot {pivot:0}", d with { Reading = r with { TfK1 = 1.2, LengthB = 0.75, LengthPivot = pivot } }));
        }

        foreach (var t in new[] { 0.16, 0.19, 0.22, 0.25 })
        {
            foreach (var floor in new[] { 0.04, 0.07, 0.10, 0.13 })
            {
                foreach (var rank in new[] { 1, 2, 3, 5 })
                {
                    if (floor < t)
                    {
                        list.Add(($"threshold {t:0.00}, neighbours from {floor:0.00}, best {rank}", d with { Threshold = t, NeighbourThreshold = floor, NeighboursPerProject = rank }));
                    }
                }
            }
        }

        foreach (var (reading, readingName) in new[] { (r, ""), (r with { ShortDescription = 0.5 }, ", short description 0.5"), (r with { Description = 1 }, ", long description 1"), (r with { ShortDescription = 0.5, Description = 1 }, ", short description 0.5, long description 1") })
        {
            foreach (var t in new[] { 0.22, 0.25, 0.28, 0.31, 0.34 })
            {
                foreach (var rank in new[] { 1, 2 })
                {
                    foreach (var limit in new[] { 5, 10 })
                    {
                        list.Add(($"combo: threshold {t:0.00}, limit {limit}, neighbours from 0.13, best {rank}{readingName}", d with { Reading = reading, Threshold = t, MaxPairsPerProject = limit, NeighbourThreshold = 0.13, NeighboursPerProject = rank }));
                    }
                }
            }
        }

        foreach (var t in new[] { 0.19, 0.22, 0.25 })
        {
            foreach (var floor in new[] { 0.10, 0.13 })
            {
                foreach (var rank in new[] { 3, 5 })
                {
                    list.Add(($"wide: threshold {t:0.00}, limit 10, neighbours from {floor:0.00}, best {rank}", d with { Threshold = t, MaxPairsPerProject = 10, NeighbourThreshold = floor, NeighboursPerProject = rank }));
                }
            }
        }

        // Third round (2026-12-02, the enlarged labels): the domain vocabulary, alone and with the BM25 and field levers.
        var v = r with { DomainVocabulary = true };
        list.Add(("third: domain vocabulary", d with { Reading = v }));
        list.Add(("third: domain vocabulary + BM25 k1 0.8 b 0.75", d with { Reading = v with { TfK1 = 0.8, LengthB = 0.75 } }));
        list.Add(("third: domain vocabulary + long description 1", d with { Reading = v with { Description = 1 } }));
        list.Add(("third: domain vocabulary + nearest 5 from 0.10", d with { Reading = v, NeighbourThreshold = 0.10, NeighboursPerProject = 5 }));
        list.Add(("third: 28 text terms (a slower join)", d with { Reading = r with { TextTerms = 28 } }));
        list.Add(("third: 32 text terms (a slower join)", d with { Reading = r with { TextTerms = 32 } }));

        // 2026-12-03 (oshort): a short registration (fewer analysed text terms than N) keeps its best k from a lower score.
        foreach (var terms in new[] { 4, 6, 8, 12 })
        {
            foreach (var floor in new[] { 0.06, 0.10, 0.13 })
            {
                foreach (var rank in new[] { 1, 3, 5 })
                {
                    list.Add(($"short: under {terms} text terms, best {rank} from {floor:0.00}", d with { ShortTextTerms = terms, ShortThreshold = floor, ShortNeighbours = rank }));
                }
            }
        }

        // (b) a pair's threshold scaled by the fewer text terms of its two projects.
        foreach (var terms in new[] { 12, 16, 20 })
        {
            foreach (var (low, high) in new[] { (0.5, 1.0), (0.75, 1.0), (0.5, 1.4), (0.75, 1.4), (1.0, 1.4), (0.75, 1.8) })
            {
                list.Add(($"shortscale: threshold × fewer text terms / {terms}, from {low:0.00} to {high:0.00}", d with { ScaleTextTerms = terms, ScaleLow = low, ScaleHigh = high }));
            }
        }

        var chosen = OverlapOptions.Default with { Threshold = 0.22, MaxPairsPerProject = 10, NeighbourThreshold = 0.10, NeighboursPerProject = 5 };
        list.Add(("chosen: threshold 0.22, limit 10, neighbours from 0.10, best 5", chosen));
        list.Add(("chosen + short description 0.25", chosen with { Reading = r with { ShortDescription = 0.25 } }));
        list.Add(("chosen + short description 0.5", chosen with { Reading = r with { ShortDescription = 0.5 } }));
        list.Add(("chosen + long description 2", chosen with { Reading = r with { Description = 2 } }));
        list.Add(("chosen + goal 3", chosen with { Reading = r with { Goal = 3 } }));
        list.Add(("chosen + BM25 k1 0.8 b 0.75", chosen with { Reading = r with { TfK1 = 0.8, LengthB = 0.75 } }));
        list.Add(("chosen + BM25 k1 1.2 b 0.75 pivot 80", chosen with { Reading = r with { TfK1 = 1.2, LengthB = 0.75, LengthPivot = 80 } }));
        return list;
    }

    /// <summary>How many of the corpus's projects have fewer analysed text terms than each candidate bound (no labels).</summary>
    private static void ShortCounts(IReadOnlyList<DataProject> corpus, OverlapEvaluation.Labels labels)
    {
        var built = OverlapCorpus.Build([.. corpus], null, OverlapOptions.Default, [], out _, System.Threading.CancellationToken.None);
        var terms = Enumerable.Range(0, built.Count).Select(built.TextTerms).ToArray();
        var byId = Enumerable.Range(0, built.Count).ToDictionary(i => corpus[i].Id, i => terms[i], StringComparer.Ordinal);
        var tuning = labels.Pairs.Where(l => l.Half == "tuning").ToList();
        foreach (var bound in new[] { 4, 6, 8, 12, 16, 24 })
        {
            bool Short(OverlapEvaluation.Label l) => Math.Min(byId[l.First], byId[l.Second]) < bound;
            Console.WriteLine($"under {bound} text terms: {terms.Count(t => t < bound)} of {terms.Length} projects; tuning labels with a short project: {tuning.Count(l => l.Same && Short(l))} positives, {tuning.Count(l => !l.Same && Short(l))} negatives");
        }

        // The tuning half's positive pairs with a project under 12 text terms, their score and the fewer terms.
        var detector = new OverlapDetector();
        var rarity = detector.Rarity(corpus);
        var project = corpus.ToDictionary(p => p.Id, StringComparer.Ordinal);
        foreach (var l in tuning.Where(l => l.Same && Math.Min(byId[l.First], byId[l.Second]) < 12))
        {
            var pair = detector.Compare(project[l.First], project[l.Second], rarity);
            Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"  {l.First} ({byId[l.First]}) / {l.Second} ({byId[l.Second]}): {pair.Score:0.000}"));
        }

        Console.WriteLine();
    }

    /// <summary>Three real pairs of the validation half and the tuning half, explained in both languages.</summary>
    private static void Explain(IReadOnlyList<DataProject> corpus)
    {
        var detector = new OverlapDetector();
        var rarity = detector.Rarity(corpus);
        foreach (var (a, b) in new[] { ("ar-0009", "ar-0059"), ("ar-0099", "octobox-anonimiseren"), ("ar-0023", "centric-belastingen-woz") })
        {
            var pair = detector.Compare(corpus.Single(p => p.Id == a), corpus.Single(p => p.Id == b), rarity);
            Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{a} / {b}: {pair.Score:0.000} {pair.Kind}"));
            Console.WriteLine("  nl: " + pair.ExplanationDutch);
            Console.WriteLine("  en: " + pair.ExplanationEnglish);
        }
    }

    /// <summary>The labelled pairs of real registrations of different organisations that only the neighbour rule reports (below the threshold).</summary>
    private static void KeptByTheNeighbours(IReadOnlyList<DataProject> corpus, OverlapEvaluation.Labels labels)
    {
        var detector = new OverlapDetector();
        var byId = corpus.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var label = labels.Pairs.ToDictionary(l => OverlapEvaluation.Key(l.First, l.Second));
        Console.WriteLine();
        Console.WriteLine($"Labelled pairs of real registrations reported below the threshold {detector.Options.Threshold:0.00} (a project's nearest neighbours):");
        foreach (var pair in detector.FindPairs(corpus).Pairs.Where(p => p.Score < detector.Options.Threshold))
        {
            if (label.TryGetValue(OverlapEvaluation.Key(pair.FirstId, pair.SecondId), out var l) && OverlapEvaluation.Real(l, byId))
            {
                var across = OverlapEvaluation.OrganizationOf(byId[pair.FirstId]) != OverlapEvaluation.OrganizationOf(byId[pair.SecondId]);
                Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"{(l.Same ? "SAME" : "DIFFERENT")} {l.Half} {(across ? "across" : "within")} {pair.FirstId} ({byId[pair.FirstId].Organization.Name}, {byId[pair.FirstId].Name}) / {pair.SecondId} ({byId[pair.SecondId].Organization.Name}, {byId[pair.SecondId].Name}): {pair.Score:0.000} {pair.Kind}"));
                Console.WriteLine("  nl: " + pair.ExplanationDutch);
                Console.WriteLine("  en: " + pair.ExplanationEnglish);
            }
        }
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
