using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DataGrip.Core.Model;

namespace DataGrip.Core.Overlap;

/// <summary>
/// The comparable features of one project, per signal (<see cref="FeatureKey"/>), each with its count.
/// </summary>
internal sealed class ProjectFeatures
{
    private static readonly HashSet<string> RegistryConcepts = new(["brp", "bag", "woz", "brk", "brv", "bgt", "brt", "bro", "bri", "hr", "rdw"], StringComparer.Ordinal);

    /// <summary>Base registries and national sources a text may name in passing: these count as data sources when named in prose.</summary>
    private static readonly HashSet<string> ProseSources = new(["brp", "bag", "woz", "brk", "brv", "bgt", "brt", "bro", "rdw", "npr", "suwinet", "uwv", "svb", "duo", "cbs"], StringComparer.Ordinal);

    /// <summary>Suppliers of municipal software a text may name ("Key2Waarderen van Centric"), by the first word of their name, folded.</summary>
    private static readonly HashSet<string> KnownSuppliers = new(
        ["centric", "pinkroccade", "brickyard", "octobox", "xxllnc", "zivver", "contec", "procura", "tygron", "oribi", "zylab", "docdirekt",
         "decos", "roxit", "visma", "topdesk", "exxellence", "dimpact", "gouwiq", "omnitrans", "cyrb", "obsurv"],
        StringComparer.Ordinal);

    private static readonly HashSet<string> LegalForms = new(["bv", "nv", "vof", "ltd", "inc", "gmbh", "the", "de", "het"], StringComparer.Ordinal);

    /// <summary>The features, once collected: each term (of this thread's <see cref="Caches"/>) with its count in the project.</summary>
    public (Term Term, double Count)[] Entries { get; private set; } = [];

    /// <summary>How many words, stop words, English and Dutch marker words the project's text has.</summary>
    public DutchText.Counts TextCounts;

    /// <summary>The text a project is compared on: its name, short description and goal, a line each (built on demand, not kept).</summary>
    public static string TextOf(DataProject project) =>
        string.Join("\n", new[] { project.Name, project.ShortDescription, project.Purpose?.GoalAndImpact }.Where(t => !string.IsNullOrWhiteSpace(t)));

    public static ProjectFeatures Of(DataProject project, Caches cache)
    {
        var features = new ProjectFeatures();
        cache.Begin();
        features.AddText(project, cache);

        foreach (var source in project.Data?.Sources ?? [])
        {
            if (source is not null)
            {
                AddSource(source, cache);
            }
        }

        foreach (var supplier in project.Suppliers)
        {
            if (supplier is not null)
            {
                AddSupplier(supplier, cache);
            }
        }

        foreach (var reference in project.Legal?.References ?? [])
        {
            var title = reference?.Title?.Trim() ?? string.Empty;
            if (Collapse(title) is { Length: > 0 } key)
            {
                cache.Add(OverlapSignal.Legal, key, title);
            }

            if (Link(reference?.Link) is { } link)
            {
                cache.Add(OverlapSignal.Legal, "link:" + link, title.Length > 0 ? title : link);
            }
        }

        foreach (var theme in project.Themes)
        {
            cache.Add(OverlapSignal.Themes, ((int)theme).ToString(CultureInfo.InvariantCulture), RegisterLabels.Label(theme));
        }

        if (project.Technique?.AlgorithmType is { } algorithm)
        {
            cache.Add(OverlapSignal.Technique, "a" + ((int)algorithm).ToString(CultureInfo.InvariantCulture), Camel(algorithm.ToString()));
        }

        if (project.Technique?.UseType is { } use)
        {
            cache.Add(OverlapSignal.Technique, "u" + ((int)use).ToString(CultureInfo.InvariantCulture), Camel(use.ToString()));
        }

        foreach (var subject in project.Data?.Subjects ?? [])
        {
            cache.Add(OverlapSignal.Subjects, ((int)subject).ToString(CultureInfo.InvariantCulture), Camel(subject.ToString()));
        }

        features.Entries = cache.End();
        return features;
    }

    private void AddText(DataProject project, Caches cache)
    {
        var words = cache.Words;
        var phrases = cache.Phrases;
        var weighted = cache.Weighted;
        words.Clear();
        phrases.Clear();
        weighted.Clear();
        cache.Scratch.Clear();
        var counts = default(DutchText.Counts);
        var reading = cache.Reading;

        // Each field's words count with the field's weight: the name is the densest statement of what the project is,
        // a long description says more but less to the point. The findings' counts are of name, short description,
        // goal and tags only, the fields their messages name. The fields of prose (not tags, not the department) are
        // also read for the registries and suppliers they name, whatever their weight, from the same analysed words.
        void Read(string? text, double weight, ref DutchText.Counts counted, bool prose = false)
        {
            prose &= reading.ProseSignals;
            if (weight <= 0 && !prose)
            {
                return;
            }

            var (w, p) = (words.Count, phrases.Count);
            var unweighted = default(DutchText.Counts);
            ref var into = ref weight > 0 ? ref counted : ref unweighted; // a field of weight 0 counts in no finding
            DutchText.Analyze(text, phrases, ref into, cache.Text, words);
            if (prose)
            {
                for (var k = w; k < words.Count; k++)
                {
                    foreach (var term in words[k].Terms)
                    {
                        AddProseSignal(term, cache);
                    }
                }

                for (var k = p; k < phrases.Count; k++)
                {
                    AddProseSignal(phrases[k], cache);
                }
            }

            if (weight <= 0)
            {
                words.RemoveRange(w, words.Count - w);
                phrases.RemoveRange(p, phrases.Count - p);
                return;
            }

            for (var k = w; k < words.Count; k++)
            {
                weighted.Add((words[k].Resolved ??= [.. words[k].Terms.Select(t => cache.Resolve(FeatureKey.Text(t)))], weight, words[k].Surface));
            }

            for (var k = p; k < phrases.Count; k++)
            {
                weighted.Add(([cache.Resolve(FeatureKey.Text(phrases[k]))], weight, null));
            }
        }

        var other = default(DutchText.Counts);
        Read(project.Name, reading.Name, ref counts, prose: true);
        Read(project.ShortDescription, reading.ShortDescription, ref counts, prose: true);
        Read(project.Purpose?.GoalAndImpact, reading.Goal, ref counts, prose: true);
        foreach (var tag in project.Tags)
        {
            Read(tag, reading.Tags, ref counts);
        }

        Read(project.Description, reading.Description, ref other, prose: true);
        Read(project.Technique?.MethodsAndModels, reading.Methods, ref other, prose: true);
        Read(project.Data?.Description, reading.DataText, ref other, prose: true);
        Read(project.Department, reading.Department, ref other);
        // A word's terms read in an explanation as a word that has them, as written (the ordinally smallest seen), not as a stem.
        foreach (var (terms, weight, surface) in weighted)
        {
            foreach (var term in terms)
            {
                cache.Count(term, surface, weight);
            }
        }

        TextCounts = counts;
    }

    /// <summary>
    /// A base registry, national source or known supplier that the project's prose names (a term of its text): older
    /// registrations list them nowhere else. Each counts once per project (<see cref="Caches.Scratch"/> holds those
    /// counted).
    /// </summary>
    private static void AddProseSignal(string term, Caches cache)
    {
        var source = ProseSources.Contains(term);
        if ((!source && !KnownSuppliers.Contains(term)) || cache.Scratch.Contains(term))
        {
            return;
        }

        cache.Scratch.Add(term);
        if (source)
        {
            cache.Add(OverlapSignal.Data, term.ToUpperInvariant(), term.ToUpperInvariant());
        }
        else
        {
            cache.Add(OverlapSignal.Supplier, term, char.ToUpperInvariant(term[0]) + term.Substring(1));
        }
    }

    private static void AddSource(DataSource source, Caches cache)
    {
        if (source.BaseRegistry is { } registry)
        {
            cache.Add(OverlapSignal.Data, registry.ToString().ToUpperInvariant(), registry.ToString().ToUpperInvariant());
            return;
        }

        // Many projects name the same sources: each title is read once per thread.
        var title = source.Title ?? string.Empty;
        if (!cache.Sources.TryGetValue(title, out var read))
        {
            cache.Sources[title] = read = ReadSource(title.Trim(), cache);
        }

        if (read is { } feature)
        {
            cache.Add(OverlapSignal.Data, feature.Key, feature.Display);
        }
    }

    /// <summary>A data source's feature from its title: a short title that names a base registry ("GBA", "Basisregistratie Personen") is that registry.</summary>
    private static (string Key, string Display)? ReadSource(string title, Caches cache)
    {
        var terms = new List<string>();
        var counts = default(DutchText.Counts);
        DutchText.Analyze(title, terms, ref counts, cache.Text);
        var concept = counts.Words <= 4 ? terms.FirstOrDefault(cache.Reading.ProseSignals ? RegistryConcepts.Contains : t => t is "brp" or "bag" or "woz" or "brk" or "brv" or "bgt" or "brt" or "bro" or "bri" or "hr") : null;
        if (concept is not null)
        {
            return (concept.ToUpperInvariant(), concept.ToUpperInvariant());
        }

        return Collapse(title) is { Length: > 0 } key ? (key, title) : null;
    }

    private static void AddSupplier(Supplier supplier, Caches cache)
    {
        // The first significant word names the company: "Centric Netherlands BV" and "Centric" are one supplier.
        var words = DutchText.Words(DutchText.Fold(supplier.Name ?? string.Empty)).Where(w => !LegalForms.Contains(w)).ToList();
        if (words.Count == 0 || words[0] is "intern" or "eigen" or "zelf")
        {
            return;
        }

        var company = words[0];
        var display = supplier.Name!.Trim();
        cache.Add(OverlapSignal.Supplier, company, display);
        if (!string.IsNullOrWhiteSpace(supplier.Product))
        {
            cache.Add(OverlapSignal.Supplier, company + "|" + Collapse(supplier.Product!), display + " – " + supplier.Product!.Trim());
        }
    }

    /// <summary>
    /// One thread's caches: analysed words, and the features it has met, each counted per project by a stamp instead
    /// of a dictionary per project.
    /// </summary>
    internal sealed class Caches(OverlapReading reading)
    {
        private readonly Dictionary<FeatureKey, Term> vocabulary = [];
        private readonly List<Term> counted = [];
        private int stamp;

        public OverlapReading Reading { get; } = reading;

        /// <summary>The words analysed so far, of the text and of titles and prose alike.</summary>
        public DutchText.Cache Text { get; } = new(DutchText.Lexicon.For(reading));

        /// <summary>Each word's (or phrase's) terms with the weight of the field it is in, and the word as written (null for a phrase).</summary>
        public List<(Term[] Terms, double Weight, string? Surface)> Weighted { get; } = [];

        /// <summary>Data source titles read so far, with the feature each gives (null: none).</summary>
        public Dictionary<string, (string Key, string Display)?> Sources { get; } = new(StringComparer.Ordinal);

        /// <summary>The prose signals of the current project, each once.</summary>
        public List<string> Scratch { get; } = [];

        /// <summary>Scratch lists of one project's text: its words, and the phrases it names.</summary>
        public List<DutchText.Word> Words { get; } = [];

        public List<string> Phrases { get; } = [];

        /// <summary>The terms this thread has met, each counted in at least one project (a term is only made to be counted).</summary>
        public IEnumerable<Term> Vocabulary => vocabulary.Values;

        /// <summary>The term of <paramref name="key"/>, one per key on this thread.</summary>
        public Term Resolve(FeatureKey key)
        {
            if (!vocabulary.TryGetValue(key, out var term))
            {
                vocabulary[key] = term = new Term(key);
            }

            return term;
        }

        /// <summary>Starts counting a new project's terms.</summary>
        public void Begin()
        {
            stamp++;
            counted.Clear();
        }

        /// <summary>Counts one occurrence of a term in the current project; a display (how it reads) keeps the ordinally smallest.</summary>
        public void Count(Term term, string? display, double weight = 1.0)
        {
            if (term.Stamp != stamp)
            {
                term.Stamp = stamp;
                term.Count = 0;
                term.Frequency++;
                counted.Add(term);
            }

            term.Count += weight;
            if (display is not null && (term.Display is null || string.CompareOrdinal(display, term.Display) < 0))
            {
                term.Display = display;
            }
        }

        /// <summary>Counts a feature of a signal other than the text.</summary>
        public void Add(OverlapSignal signal, string name, string display) => Count(Resolve(new FeatureKey(signal, name)), display);

        /// <summary>The current project's terms with their counts.</summary>
        public (Term Term, double Count)[] End()
        {
            var entries = new (Term, double)[counted.Count];
            for (var k = 0; k < entries.Length; k++)
            {
                entries[k] = (counted[k], counted[k].Count);
            }

            return entries;
        }
    }

    /// <summary>A feature key as one thread met it: in how many of its projects, how it reads, and its number in the corpus.</summary>
    internal sealed class Term(FeatureKey key)
    {
        /// <summary>The feature: its signal and name.</summary>
        public FeatureKey Key { get; } = key;

        /// <summary>In how many projects of this thread the term occurs.</summary>
        public int Frequency { get; set; }

        /// <summary>How it reads in an explanation (the ordinally smallest seen; for a text term a folded word that has it); null for a phrase's concept, which reads as its key.</summary>
        public string? Display { get; set; }

        /// <summary>Its number in the corpus (ordinal key order), once every thread is done.</summary>
        public int Id { get; set; } = -1;

        /// <summary>The project it is being counted in, and its count there (weighted by field).</summary>
        internal int Stamp { get; set; }

        internal double Count { get; set; }
    }

    /// <summary>Folded words joined by single spaces: "Nationaal  Parkeer-Register" → "nationaal parkeer register".</summary>
    private static string Collapse(string text) => string.Join(" ", DutchText.Words(DutchText.Fold(text)));

    /// <summary>A link as compared: folded, without its scheme, "www." and a closing slash.</summary>
    private static string? Link(string? link)
    {
        if (string.IsNullOrWhiteSpace(link))
        {
            return null;
        }

        var text = DutchText.Fold(link!.Trim()).TrimEnd('/');
        var scheme = text.IndexOf("://", StringComparison.Ordinal);
        text = scheme >= 0 ? text.Substring(scheme + 3) : text;
        return text.StartsWith("www.", StringComparison.Ordinal) ? text.Substring(4) : text;
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name.Substring(1);
}
