using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DataGrip.Core.Model;

namespace DataGrip.Core.Overlap;

/// <summary>
/// The comparable features of one project, per signal, as keys with a term count. A key starts with its signal's
/// number ("0|kenteek", "1|BRP"), so one vocabulary holds every signal and sorts them apart.
/// </summary>
internal sealed class ProjectFeatures
{
    private static readonly HashSet<string> RegistryConcepts = new(["brp", "bag", "woz", "brk", "brv", "bgt", "brt", "bro", "bri", "hr"], StringComparer.Ordinal);

    private static readonly HashSet<string> LegalForms = new(["bv", "nv", "vof", "ltd", "inc", "gmbh", "the", "de", "het"], StringComparer.Ordinal);

    /// <summary>Key → (count, how it reads in an explanation; null for a word, which reads as its key without prefix), while the features are collected.</summary>
    private Caches caches = null!;

    /// <summary>The terms while they are being counted: the caches' dictionary, reused from project to project.</summary>
    private Dictionary<string, (int Count, string? Display)> Terms { get; set; } = null!;

    /// <summary>The features, once collected: compact, since a corpus holds them all at once.</summary>
    public (string Key, int Count, string? Display)[] Entries { get; private set; } = [];

    /// <summary>The text handed to a plugged-in <see cref="ITextSimilarity"/>.</summary>
    /// <summary>The text a project is compared on: its name, short description and goal, a line each (built on demand, not kept).</summary>
    public static string TextOf(DataProject project) =>
        string.Join("\n", new[] { project.Name, project.ShortDescription, project.Purpose?.GoalAndImpact }.Where(t => !string.IsNullOrWhiteSpace(t)));

    public DutchText.Counts TextCounts;

    public static ProjectFeatures Of(DataProject project, Caches cache)
    {
        var features = new ProjectFeatures { Terms = cache.Terms, caches = cache };
        features.AddText(project, cache);
        foreach (var source in project.Data?.Sources ?? [])
        {
            if (source is not null)
            {
                features.AddSource(source, cache);
            }
        }

        foreach (var supplier in project.Suppliers)
        {
            if (supplier is not null)
            {
                features.AddSupplier(supplier);
            }
        }

        foreach (var reference in project.Legal?.References ?? [])
        {
            var title = reference?.Title?.Trim() ?? string.Empty;
            if (Collapse(title) is { Length: > 0 } key)
            {
                features.Add(OverlapSignal.Legal, key, title);
            }

            if (Link(reference?.Link) is { } link)
            {
                features.Add(OverlapSignal.Legal, link, title.Length > 0 ? title : link.Substring(5));
            }
        }

        foreach (var theme in project.Themes)
        {
            features.Add(OverlapSignal.Themes, ((int)theme).ToString(CultureInfo.InvariantCulture), RegisterLabels.Label(theme));
        }

        if (project.Technique?.AlgorithmType is { } algorithm)
        {
            features.Add(OverlapSignal.Technique, "a" + ((int)algorithm).ToString(CultureInfo.InvariantCulture), Camel(algorithm.ToString()));
        }

        if (project.Technique?.UseType is { } use)
        {
            features.Add(OverlapSignal.Technique, "u" + ((int)use).ToString(CultureInfo.InvariantCulture), Camel(use.ToString()));
        }

        foreach (var subject in project.Data?.Subjects ?? [])
        {
            features.Add(OverlapSignal.Subjects, ((int)subject).ToString(CultureInfo.InvariantCulture), Camel(subject.ToString()));
        }

        features.Entries = [.. features.Terms.Select(t => (t.Key, t.Value.Count, t.Value.Display))];
        features.Terms.Clear();
        features.Terms = null!;
        features.caches = null!;
        return features;
    }

    internal static char Prefix(OverlapSignal signal) => (char)('0' + (int)signal);

    private void AddText(DataProject project, Caches cache)
    {
        var terms = new List<string>();
        var counts = default(DutchText.Counts);

        // The name counts twice: it is the densest statement of what the project is.
        DutchText.Analyze(project.Name, terms, ref counts, cache.Text);
        terms.AddRange(terms.ToArray());
        DutchText.Analyze(project.ShortDescription, terms, ref counts, cache.Text);
        DutchText.Analyze(project.Purpose?.GoalAndImpact, terms, ref counts, cache.Text);
        foreach (var tag in project.Tags)
        {
            DutchText.Analyze(tag, terms, ref counts, cache.Text);
        }

        foreach (var key in terms)
        {
            Terms[key] = Terms.TryGetValue(key, out var known) ? (known.Count + 1, null) : (1, null);
        }

        TextCounts = counts;
    }

    private void AddSource(DataSource source, Caches cache)
    {
        var title = source.Title?.Trim() ?? string.Empty;
        if (source.BaseRegistry is { } registry)
        {
            Add(OverlapSignal.Data, registry.ToString().ToUpperInvariant(), registry.ToString().ToUpperInvariant());
            return;
        }

        // A short title that names a base registry ("GBA", "Basisregistratie Personen") is that registry.
        var terms = new List<string>();
        var counts = default(DutchText.Counts);
        DutchText.Analyze(title, terms, ref counts, cache.Plain);
        var concept = counts.Words <= 4 ? terms.FirstOrDefault(RegistryConcepts.Contains) : null;
        if (concept is not null)
        {
            Add(OverlapSignal.Data, concept.ToUpperInvariant(), concept.ToUpperInvariant());
        }
        else if (Collapse(title) is { Length: > 0 } key)
        {
            Add(OverlapSignal.Data, key, title);
        }
    }

    private void AddSupplier(Supplier supplier)
    {
        // The first significant word names the company: "Centric Netherlands BV" and "Centric" are one supplier.
        var words = DutchText.Words(DutchText.Fold(supplier.Name ?? string.Empty)).Where(w => !LegalForms.Contains(w)).ToList();
        if (words.Count == 0 || words[0] is "intern" or "eigen" or "zelf")
        {
            return;
        }

        var company = words[0];
        var display = supplier.Name!.Trim();
        Add(OverlapSignal.Supplier, company, display);
        if (!string.IsNullOrWhiteSpace(supplier.Product))
        {
            Add(OverlapSignal.Supplier, company + "|" + Collapse(supplier.Product!), display + " – " + supplier.Product!.Trim());
        }
    }

    private void Add(OverlapSignal signal, string key, string display)
    {
        var full = caches.Key(Prefix(signal) + "|" + key);
        Terms[full] = Terms.TryGetValue(full, out var known)
            ? (known.Count + 1, string.CompareOrdinal(display, known.Display) < 0 ? display : known.Display)
            : (1, display);
    }

    /// <summary>The word caches of one thread: text words (keys with the text prefix) and words of titles (no prefix).</summary>
    internal sealed class Caches
    {
        public DutchText.Cache Text { get; } = new(Prefix(OverlapSignal.Text) + "|");

        public DutchText.Cache Plain { get; } = new(string.Empty);

        public Dictionary<string, (int Count, string? Display)> Terms { get; } = new(StringComparer.Ordinal);

        private Dictionary<string, string> Keys { get; } = new(StringComparer.Ordinal);

        /// <summary>One instance per key, so that the projects' features do not each keep a copy.</summary>
        public string Key(string key)
        {
            if (Keys.TryGetValue(key, out var known))
            {
                return known;
            }

            Keys[key] = key;
            return key;
        }
    }

    /// <summary>Folded words joined by single spaces: "Nationaal  Parkeer-Register" → "nationaal parkeer register".</summary>
    private static string Collapse(string text) => string.Join(" ", DutchText.Words(DutchText.Fold(text)));

    private static string? Link(string? link)
    {
        if (string.IsNullOrWhiteSpace(link))
        {
            return null;
        }

        var text = DutchText.Fold(link!.Trim()).TrimEnd('/');
        var scheme = text.IndexOf("://", StringComparison.Ordinal);
        text = scheme >= 0 ? text.Substring(scheme + 3) : text;
        return text.StartsWith("www.", StringComparison.Ordinal) ? "link:" + text.Substring(4) : "link:" + text;
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name.Substring(1);
}
