using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DataGrip.Core.Model;
using DataGrip.Core.Internal;

namespace DataGrip.Core.Overlap;

/// <summary>
/// The projects of one call as sparse unit vectors per signal (TF-IDF weights), and the one canonical scoring
/// function that the indexed join and the all-pairs comparison both call, so both give bit-identical scores.
/// </summary>
internal sealed class OverlapCorpus
{
    private const int Signals = OverlapSignals.Count;

    private readonly double[] weights;
    private readonly int[] start;
    private readonly int[] feature;
    private readonly double[] value;
    private readonly float[]?[]? embeddings;
    private readonly Owner?[] owners;
    private readonly double[] information;
    private readonly HashSet<int>?[] publicFeatures;
    private readonly IReadOnlyList<DataProject?> projects;

    private OverlapCorpus(
        string?[] ids, double[] weights, Vectors vectors, Vocabulary vocabulary, float[]?[]? embeddings, Owner?[] owners,
        HashSet<int>?[] publicFeatures, IReadOnlyList<DataProject?> projects)
    {
        Ids = ids;
        this.weights = weights;
        start = vectors.Start;
        feature = vectors.Feature;
        value = vectors.Value;
        information = vectors.Information;
        Display = vocabulary.Display;
        CorpusFrequency = vocabulary.CorpusFrequency;
        this.embeddings = embeddings;
        this.owners = owners;
        this.publicFeatures = publicFeatures;
        this.projects = projects;
    }

    /// <summary>The id of each project; null for a null entry.</summary>
    public string?[] Ids { get; }

    public int Count => Ids.Length;

    /// <summary>How a feature reads in an explanation, by feature number.</summary>
    public string[] Display { get; }

    /// <summary>In how many projects of this corpus each feature occurs.</summary>
    public int[] CorpusFrequency { get; }

    public int FeatureCount => Display.Length;

    public bool HasEmbeddings => embeddings is not null;

    public double Weight(OverlapSignal signal) => weights[(int)signal];

    /// <summary>The features of one project on one signal: feature numbers ascending, with their unit-vector values.</summary>
    public ArraySegment<int> Features(int project, int signal) => new(feature, start[(project * Signals) + signal], Length(project, signal));

    public ArraySegment<double> Values(int project, int signal) => new(value, start[(project * Signals) + signal], Length(project, signal));

    /// <summary>
    /// Every project's features end to end, for loops that read many (the probes' exact check): project i's features of
    /// signal s are <see cref="FeatureAt"/> and <see cref="ValueAt"/> from <see cref="Start"/>(i, s) up to
    /// <see cref="Start"/>(i, s + 1).
    /// </summary>
    public int[] FeatureAt => feature;

    public double[] ValueAt => value;

    public int Start(int project, int signal) => start[(project * Signals) + signal];

    /// <summary>How many text terms a project's text vector has (at most the reading's text terms).</summary>
    public int TextTerms(int project) => Length(project, (int)OverlapSignal.Text);

    public bool Has(int project, int signal) =>
        signal == 0 && embeddings is not null ? embeddings[project] is not null : Length(project, signal) > 0;

    /// <summary>Reads the projects, counts rarity when none is given, and builds the vectors. Findings go to <paramref name="findings"/>.</summary>
    public static OverlapCorpus Build(
        IReadOnlyList<DataProject?> projects, OverlapRarity? rarity, OverlapOptions options, List<Finding> findings,
        out OverlapRarity used, CancellationToken cancellationToken)
    {
        var (extracted, caches) = ReadFeatures(projects, options.Reading, cancellationToken);
        var (frequency, display) = CountFeatures(caches);
        used = rarity ?? new OverlapRarity(extracted.Count(e => e is not null), frequency);
        var vocabulary = Vocabulary.Of(frequency, display, used, caches);
        var vectors = Vectors.Weigh(extracted, vocabulary.Idf, used.MaxIdf, options.Reading, cancellationToken);
        var corpus = new OverlapCorpus(
            [.. projects.Select(p => p?.Id)],
            [.. OverlapSignals.All.Select(options.Weights.Of)],
            vectors,
            vocabulary,
            options.TextSimilarity is { } similarity ? Embed(similarity, projects, extracted, cancellationToken) : null,
            [.. projects.Select(OverlapKinds.Of)],
            PublicFeatures(projects, vocabulary.Number, options.Reading),
            projects);
        corpus.Check(projects, extracted, findings);
        return corpus;
    }

    /// <summary>
    /// Step 1: each project's features, on one contiguous range per core, each range with its own caches of analysed
    /// words and of features (which count the projects they occur in).
    /// </summary>
    private static (ProjectFeatures?[] Extracted, ProjectFeatures.Caches[] Caches) ReadFeatures(
        IReadOnlyList<DataProject?> projects, OverlapReading reading, CancellationToken cancellationToken)
    {
        var n = projects.Count;
        var extracted = new ProjectFeatures?[n];
        var ranges = Ranges(n);
        var caches = new ProjectFeatures.Caches[ranges];
        Parallel.For(0, ranges, new ParallelOptions { CancellationToken = cancellationToken }, range =>
        {
            var cache = caches[range] = new ProjectFeatures.Caches(reading);
            for (var i = First(n, ranges, range); i < First(n, ranges, range + 1); i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                extracted[i] = projects[i] is { } project ? ProjectFeatures.Of(project, cache) : null;
            }
        });
        return (extracted, caches);
    }

    /// <summary>Step 2: the ranges' counts added up: in how many projects each feature occurs, and how it reads (the ordinally smallest display).</summary>
    private static (Dictionary<FeatureKey, int> Frequency, Dictionary<FeatureKey, string> Display) CountFeatures(ProjectFeatures.Caches[] caches)
    {
        var frequency = new Dictionary<FeatureKey, int>();
        var display = new Dictionary<FeatureKey, string>();
        foreach (var cache in caches)
        {
            foreach (var term in cache.Vocabulary)
            {
                frequency[term.Key] = frequency.TryGetValue(term.Key, out var df) ? df + term.Frequency : term.Frequency;
                if (term.Display is { } shown)
                {
                    display[term.Key] = display.TryGetValue(term.Key, out var known) && string.CompareOrdinal(known, shown) <= 0 ? known : shown;
                }
            }
        }

        return (frequency, display);
    }

    /// <summary>The features of the corpus numbered in <see cref="FeatureKey"/> order, with per number its IDF, frequency and display.</summary>
    private sealed class Vocabulary
    {
        private Vocabulary(Dictionary<FeatureKey, int> number, double[] idf, int[] corpusFrequency, string[] display)
        {
            Number = number;
            Idf = idf;
            CorpusFrequency = corpusFrequency;
            Display = display;
        }

        public Dictionary<FeatureKey, int> Number { get; }

        public double[] Idf { get; }

        public int[] CorpusFrequency { get; }

        /// <summary>How a feature reads: a text term as its name (an explanation finds the word as written), another as a project wrote it.</summary>
        public string[] Display { get; }

        /// <summary>Step 3: numbers every feature, weighs it by <paramref name="rarity"/>, and gives each range's terms their number.</summary>
        public static Vocabulary Of(Dictionary<FeatureKey, int> frequency, Dictionary<FeatureKey, string> display, OverlapRarity rarity, ProjectFeatures.Caches[] caches)
        {
            var keys = frequency.Keys.ToArray();
            Array.Sort(keys);
            var number = new Dictionary<FeatureKey, int>(keys.Length);
            var idf = new double[keys.Length];
            var corpusFrequency = new int[keys.Length];
            var shown = new string[keys.Length];
            for (var k = 0; k < keys.Length; k++)
            {
                number[keys[k]] = k;
                idf[k] = rarity.Idf(keys[k]);
                corpusFrequency[k] = frequency[keys[k]];
                shown[k] = keys[k].Signal != OverlapSignal.Text && display.TryGetValue(keys[k], out var written) ? written : keys[k].Name;
            }

            foreach (var cache in caches)
            {
                foreach (var term in cache.Vocabulary)
                {
                    term.Id = number[term.Key];
                }
            }

            return new Vocabulary(number, idf, corpusFrequency, shown);
        }
    }

    /// <summary>
    /// The projects' unit vectors in one block, features ascending: project i's vector of signal s is
    /// <see cref="Feature"/> and <see cref="Value"/> from <c>Start[i × Signals + s]</c> to <c>Start[i × Signals + s + 1]</c>.
    /// </summary>
    private sealed class Vectors
    {
        private Vectors(int[] start, int[] feature, double[] value, double[] information)
        {
            Start = start;
            Feature = feature;
            Value = value;
            Information = information;
        }

        public int[] Start { get; }

        public int[] Feature { get; }

        public double[] Value { get; }

        /// <summary>Per project and signal: the length of its TF-IDF vector over the largest IDF, at most 1 (<see cref="OverlapCorpus.Information"/>).</summary>
        public double[] Information { get; }

        /// <summary>
        /// Step 4: per project and signal a TF-IDF vector made unit length. A text's words count with their field-weighted
        /// frequency, sublinearly (1 + ln), and only its <see cref="OverlapReading.TextTerms"/> heaviest; sources, suppliers and the
        /// like count once.
        /// </summary>
        public static Vectors Weigh(ProjectFeatures?[] extracted, double[] idf, double maxIdf, OverlapReading reading, CancellationToken cancellationToken)
        {
            var textTerms = reading.TextTerms;
            var n = extracted.Length;
            var information = new double[n * Signals];
            var vectors = new (int Feature, double Value)[n][];
            var lengths = new int[n * Signals];
            var ranges = Ranges(n);
            Parallel.For(0, ranges, new ParallelOptions { CancellationToken = cancellationToken }, range =>
            {
                var bySignal = Enumerable.Range(0, Signals).Select(_ => new List<(int Feature, double Weight)>()).ToArray();
                var all = new List<(int, double)>();
                for (var i = First(n, ranges, range); i < First(n, ranges, range + 1); i++)
                {
                    foreach (var list in bySignal)
                    {
                        list.Clear();
                    }

                    var entriesOf = extracted[i]?.Entries ?? [];

                    // The text's length only matters to BM25 (off by default): no second pass over the terms without it.
                    var length = 0.0;
                    if (reading.TfK1 > 0)
                    {
                        foreach (var (term, count) in entriesOf)
                        {
                            length += term.Key.Signal == OverlapSignal.Text ? count : 0;
                        }
                    }

                    foreach (var (term, count) in entriesOf)
                    {
                        var k = term.Id;
                        var text = term.Key.Signal == OverlapSignal.Text;
                        bySignal[(int)term.Key.Signal].Add((k, (text ? TermFrequency(count, length, reading) : 1.0) * idf[k]));
                    }

                    all.Clear();
                    for (var s = 0; s < Signals; s++)
                    {
                        var entries = bySignal[s];
                        if (s == (int)OverlapSignal.Text && entries.Count > textTerms)
                        {
                            // A text is described by its most telling terms; the rest are common words that say little
                            // and would make every text a little like every other.
                            entries.Sort((a, b) => a.Weight != b.Weight ? b.Weight.CompareTo(a.Weight) : a.Feature.CompareTo(b.Feature));
                            entries.RemoveRange(textTerms, entries.Count - textTerms);
                        }

                        entries.Sort((a, b) => a.Feature.CompareTo(b.Feature));
                        var norm = 0.0;
                        foreach (var entry in entries)
                        {
                            norm += entry.Weight * entry.Weight;
                        }

                        norm = Math.Sqrt(norm);
                        information[(i * Signals) + s] = Math.Min(1.0, norm / maxIdf);
                        lengths[(i * Signals) + s] = entries.Count;
                        foreach (var entry in entries)
                        {
                            all.Add((entry.Feature, entry.Weight / norm));
                        }
                    }

                    vectors[i] = [.. all];
                }
            });

            return Pack(vectors, lengths, information);
        }

        /// <summary>
        /// A text term's frequency from its field-weighted count: 1 + ln(count) from 1 up (the count below), or with
        /// <see cref="OverlapReading.TfK1"/> set BM25's saturation k1, the text's length normalised against a fixed pivot
        /// with <see cref="OverlapReading.LengthB"/> (fixed, so adding a project never changes another's vector).
        /// </summary>
        private static double TermFrequency(double count, double length, OverlapReading reading)
        {
            if (reading.TfK1 <= 0)
            {
                return count >= 1 ? 1.0 + Math.Log(count) : count;
            }

            var k = reading.TfK1 * (1 - reading.LengthB + (reading.LengthB * length / reading.LengthPivot));
            return count * (reading.TfK1 + 1) / (count + k);
        }

        /// <summary>Step 5: the vectors laid end to end, signal after signal, project after project.</summary>
        private static Vectors Pack((int Feature, double Value)[][] vectors, int[] lengths, double[] information)
        {
            var start = new int[lengths.Length + 1];
            for (var c = 0; c < lengths.Length; c++)
            {
                start[c + 1] = start[c] + lengths[c];
            }

            var feature = new int[start[lengths.Length]];
            var value = new double[feature.Length];
            for (var i = 0; i < vectors.Length; i++)
            {
                var offset = start[i * Signals];
                foreach (var (f, v) in vectors[i])
                {
                    feature[offset] = f;
                    value[offset++] = v;
                }
            }

            return new Vectors(start, feature, value, information);
        }
    }

    /// <summary>
    /// The score of a pair: the weighted mean of the text similarity and the similarities of the other signals that
    /// both projects fill in (a signal only one of them fills in is unknown for the pair and left out), rounded to six
    /// decimals. The weight of a signal other than text is scaled by how telling the two projects' features are
    /// (<see cref="Information"/>), so sharing only a source that half the corpus uses weighs little. Symmetric, in [0, 1], and the same bits whoever calls it in whatever order.
    /// </summary>
    public double Score(int a, int b)
    {
        var numerator = 0.0;
        var denominator = 0.0;
        for (var s = 0; s < Signals; s++)
        {
            if (PairWeight(a, b, s) is var weight and > 0)
            {
                denominator += weight;
                numerator += Has(a, s) && Has(b, s) ? weight * Similarity(a, b, s) : 0.0;
            }
        }

        return denominator > 0 ? Math.Round(Math.Min(1.0, numerator / denominator), 6) : 0.0;
    }

    /// <summary>
    /// The weight of a signal in a pair's score: the text always counts with its weight; another signal counts when
    /// both fill it in, with its weight times the geometric mean of their <see cref="Information"/> (at most its weight).
    /// </summary>
    public double PairWeight(int a, int b, int signal) =>
        signal == 0 ? weights[0]
        : Has(a, signal) && Has(b, signal) ? weights[signal] * Math.Sqrt(Information(a, signal) * Information(b, signal))
        : 0.0;

    /// <summary>How telling a project's features on a signal are, in [0, 1]: 1 for a feature no other project has.</summary>
    public double Information(int project, int signal) => information[(project * Signals) + signal];

    /// <summary>The similarity of two projects on one signal, in [0, 1]: the cosine of their unit vectors.</summary>
    public double Similarity(int a, int b, int signal)
    {
        if (signal == 0 && embeddings is not null)
        {
            return embeddings[a] is { } x && embeddings[b] is { } y ? Clamp(Dot(x, y)) : 0.0;
        }

        int i = start[(a * Signals) + signal], endA = start[(a * Signals) + signal + 1];
        int j = start[(b * Signals) + signal], endB = start[(b * Signals) + signal + 1];
        var dot = 0.0;
        while (i < endA && j < endB)
        {
            var fa = feature[i];
            var fb = feature[j];
            if (fa == fb)
            {
                dot += value[i++] * value[j++];
            }
            else if (fa < fb)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return Clamp(dot);
    }

    /// <summary>The pair as a result, with every signal's contribution and what the two share.</summary>
    /// <param name="a">One project.</param>
    /// <param name="b">The other project.</param>
    /// <param name="score">Their score.</param>
    /// <param name="options">The options (duplicate threshold).</param>
    /// <param name="keepOrder">Keep <paramref name="a"/> first; otherwise the ordinally smaller id comes first.</param>
    public OverlapPair Pair(int a, int b, double score, OverlapOptions options, bool keepOrder)
    {
        var order = string.CompareOrdinal(Ids[a], Ids[b]);
        var (first, second) = keepOrder || order < 0 || (order == 0 && a < b) ? (a, b) : (b, a);
        var denominator = 0.0;
        for (var s = 0; s < Signals; s++)
        {
            denominator += PairWeight(a, b, s);
        }

        var contributions = ImmutableArray.CreateBuilder<OverlapContribution>();
        for (var s = 0; s < Signals; s++)
        {
            if (PairWeight(a, b, s) is var weight and > 0)
            {
                var both = Has(a, s) && Has(b, s);
                var hidden = 0;
                contributions.Add(new OverlapContribution
                {
                    Signal = (OverlapSignal)s,
                    Similarity = both ? Similarity(a, b, s) : 0.0,
                    Weight = weight / denominator,
                    Shared = both && !(s == 0 && HasEmbeddings) ? (s == 0 ? AsWritten(Shared(first, second, s, out hidden), first, second) : Shared(first, second, s, out hidden)) : [],
                    SharedInternal = hidden,
                });
            }
        }

        var ranked = contributions.OrderByDescending(c => c.Contribution).ThenBy(c => c.Signal).ToImmutableArray();
        var supplier = ranked.FirstOrDefault(c => c.Signal == OverlapSignal.Supplier)?.Similarity ?? 0.0;
        var (kind, reason) = OverlapKinds.Decide(owners[a], owners[b], score, supplier >= 0.5, options.DuplicateThreshold);
        return new OverlapPair
        {
            FirstId = Ids[first] ?? string.Empty,
            SecondId = Ids[second] ?? string.Empty,
            FirstIndex = first,
            SecondIndex = second,
            Score = score,
            Kind = kind,
            Contributions = ranked,
            KindReason = reason,
            FirstOwner = owners[first],
            SecondOwner = owners[second],
        };
    }

    /// <summary>
    /// The shared text terms as the two projects write them: for each stem the first word of their public texts
    /// (the short texts, then the long ones; the first project first) that has it, in lower case ("slimm" → "slimme");
    /// a concept or compound part that no word stems to stays as it is. Only for a reported pair, never while scoring.
    /// </summary>
    private ImmutableArray<string> AsWritten(ImmutableArray<string> stems, int a, int b)
    {
        if (stems.IsEmpty)
        {
            return stems;
        }

        var forms = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var stem in stems)
        {
            forms[stem] = null;
        }

        var texts = new[] { Texts(a), Texts(b) };
        var missing = forms.Count;
        foreach (var part in new[] { false, true })
        {
            foreach (var text in texts[0].Concat(texts[1]))
            {
                if (missing == 0)
                {
                    break;
                }

                missing -= DutchText.SurfaceForms(text, forms, part);
            }
        }

        // A term no word of the two texts stems to (a synonym's concept, a compound part) is left out rather than shown
        // in a form the projects do not write; only when nothing else is shared does the explanation show the terms.
        var written = stems.Select(stem => forms[stem]).Where(form => form is not null).Select(form => form!).Distinct(StringComparer.Ordinal).ToArray();
        return written.Length > 0 ? [.. written] : stems;
    }

    /// <summary>The texts of the text signal in a project's public view, in the order words are looked up: the short texts first, then the long ones.</summary>
    private IEnumerable<string?> Texts(int index)
    {
        // A visibility key that names no field (DG-S107): nothing of the project is named.
        if (projects[index] is not { } stored || OverlapKinds.PublicView(stored) is not { } project)
        {
            return [];
        }

        return [project.Name, project.ShortDescription, project.Purpose?.GoalAndImpact, .. project.Tags,
            project.Description, project.Technique?.MethodsAndModels, project.Data?.Description, project.Department];
    }

    /// <summary>
    /// What two projects share on a signal, most telling first, and in <paramref name="hidden"/> how many more they
    /// share that either marks internal: an explanation may be read outside the organisation, so those are counted,
    /// never named.
    /// </summary>
    private ImmutableArray<string> Shared(int a, int b, int signal, out int hidden)
    {
        hidden = 0;
        var shared = new List<(double Product, string Display)>();
        var fa = Features(a, signal);
        var va = Values(a, signal);
        var fb = Features(b, signal);
        var vb = Values(b, signal);
        for (int i = 0, j = 0; i < fa.Count && j < fb.Count;)
        {
            if (fa.Array![fa.Offset + i] == fb.Array![fb.Offset + j])
            {
                var f = fa.Array[fa.Offset + i];
                if (publicFeatures[a]?.Contains(f) == false || publicFeatures[b]?.Contains(f) == false)
                {
                    hidden++;
                }
                else
                {
                    shared.Add((va.Array![va.Offset + i] * vb.Array![vb.Offset + j], Display[f]));
                }

                i++;
                j++;
            }
            else if (fa.Array[fa.Offset + i] < fb.Array[fb.Offset + j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return [.. shared.OrderByDescending(x => x.Product).ThenBy(x => x.Display, StringComparer.Ordinal).Select(x => x.Display).Distinct().Take(5)];
    }

    /// <summary>
    /// For each project with fields marked internal, the features its public view still has (the view the public
    /// export shows); null for a project with nothing internal. Read with a cache of its own, so the corpus's counts
    /// do not change.
    /// </summary>
    private static HashSet<int>?[] PublicFeatures(IReadOnlyList<DataProject?> projects, Dictionary<FeatureKey, int> number, OverlapReading reading)
    {
        var result = new HashSet<int>?[projects.Count];
        ProjectFeatures.Caches? cache = null;
        for (var i = 0; i < projects.Count; i++)
        {
            if (projects[i] is not { } project || !Serialization.PublicFilter.HasInternalFields(project))
            {
                continue;
            }

            var set = result[i] = new HashSet<int>();
            DataProject view;
            try
            {
                view = Serialization.PublicFilter.Project(project);
            }
            catch (ArgumentException)
            {
                // A visibility key that names no field (DG-S107): nothing of the project is named.
                continue;
            }

            cache ??= new ProjectFeatures.Caches(reading);
            foreach (var (term, _) in ProjectFeatures.Of(view, cache).Entries)
            {
                if (number.TryGetValue(term.Key, out var k))
                {
                    set.Add(k);
                }
            }
        }

        return result;
    }

    /// <summary>How many contiguous ranges the projects are cut into: one per core.</summary>
    private static int Ranges(int count) => Math.Max(1, Math.Min(count, Environment.ProcessorCount));

    /// <summary>The first project of a range when <paramref name="count"/> projects are cut into <paramref name="ranges"/> contiguous ranges.</summary>
    private static int First(int count, int ranges, int range) => (int)((long)count * range / ranges);

    private int Length(int project, int signal) => start[(project * Signals) + signal + 1] - start[(project * Signals) + signal];

    private void Check(IReadOnlyList<DataProject?> projects, ProjectFeatures?[] extracted, List<Finding> findings)
    {
        var firstIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var present = 0;
        for (var i = 0; i < projects.Count; i++)
        {
            var pointer = DataGrip.Core.Internal.JsonPointer.Project(i);
            if (projects[i] is not { } project || extracted[i] is not { } features)
            {
                findings.Add(OverlapMessages.Create(OverlapCodes.NullProject, pointer));
                continue;
            }

            present++;
            var id = project.Id ?? string.Empty;
            if (firstIndex.TryGetValue(id, out var other))
            {
                findings.Add(OverlapMessages.Create(OverlapCodes.DuplicateId, pointer, ("Id", id), ("Other", DataGrip.Core.Internal.JsonPointer.Project(other))));
            }
            else
            {
                firstIndex[id] = i;
            }

            var counts = features.TextCounts;
            if (counts.Words == 0)
            {
                findings.Add(OverlapMessages.Create(OverlapCodes.NoText, pointer, ("Id", id)));
            }
            else if (counts.StopWords == counts.Words)
            {
                findings.Add(OverlapMessages.Create(OverlapCodes.OnlyStopWords, pointer, ("Id", id), ("Text", ProjectFeatures.TextOf(project))));
            }

            if (project.Language is ContentLanguage.Eng or ContentLanguage.Fry)
            {
                findings.Add(OverlapMessages.Create(OverlapCodes.OtherLanguage, pointer, ("Id", id), ("Language", project.Language.Value.ToString().ToLowerInvariant())));
            }
            else if (counts.English >= 3 && counts.English > 2 * counts.Dutch)
            {
                findings.Add(OverlapMessages.Create(OverlapCodes.OtherLanguage, pointer, ("Id", id), ("Language", "eng")));
            }

            if (Enumerable.Range(0, Signals).All(s => !Has(i, s) || weights[s] == 0))
            {
                findings.Add(OverlapMessages.Create(OverlapCodes.NothingToCompare, pointer, ("Id", id)));
            }
        }

        if (present < 2)
        {
            findings.Add(OverlapMessages.Create(OverlapCodes.CorpusTooSmall, string.Empty, ("Count", present)));
        }
    }

    private static float[]?[] Embed(ITextSimilarity similarity, IReadOnlyList<DataProject?> projects, ProjectFeatures?[] extracted, CancellationToken cancellationToken)
    {
        var embeddings = new float[]?[extracted.Length];
        var length = -1;
        for (var i = 0; i < extracted.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (extracted[i] is null || projects[i] is not { } project)
            {
                continue;
            }

            var vector = similarity.Embed(ProjectFeatures.TextOf(project))
                ?? throw new InvalidOperationException($"{similarity.GetType().Name}.Embed returned null for project {i}.");
            if (vector.Length > 0 && length >= 0 && vector.Length != length)
            {
                throw new InvalidOperationException($"{similarity.GetType().Name}.Embed returned {vector.Length} numbers for project {i}, but {length} before; every embedding must have the same length.");
            }

            length = vector.Length > 0 ? vector.Length : length;
            var norm = Math.Sqrt(Dot(vector, vector));
            embeddings[i] = norm > 0 && !double.IsNaN(norm) && !double.IsInfinity(norm) ? [.. vector.Select(v => (float)(v / norm))] : null;
        }

        return embeddings;
    }

    private static double Dot(float[] x, float[] y)
    {
        var dot = 0.0;
        for (var k = 0; k < x.Length; k++)
        {
            dot += (double)x[k] * y[k];
        }

        return dot;
    }

    private static double Clamp(double value) => value < 0 ? 0 : value > 1 ? 1 : value;
}
