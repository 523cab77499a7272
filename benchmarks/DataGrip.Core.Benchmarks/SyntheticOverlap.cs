using System;
using System.Collections.Generic;
using System.Linq;
using DataGrip.Core.Model;

namespace DataGrip.Core.Benchmarks;

/// <summary>
/// A seeded corpus for overlap benchmarks, after the experiment in performance-anchors.md §4: names and
/// descriptions drawn from an 8,000-word Dutch-like vocabulary (30 real stop words plus syllable compounds) with a
/// Zipf distribution (s = 1.0), 2–12 data sources per project from a pool of max(2,000, N/5) with Zipf s = 1.1 (so
/// a few, named BAG, BRP, WOZ…, are very common), a supplier for half the projects, themes, technique, and 10 %
/// near-copies of an earlier project by another municipality (each word and source kept with p = 0.8, 0–2 extra).
/// </summary>
public static class SyntheticOverlap
{
    private static readonly string[] StopWords =
    [
        "de", "het", "een", "en", "van", "in", "op", "te", "dat", "die", "voor", "met", "is", "zijn", "wordt", "door",
        "aan", "bij", "om", "als", "of", "niet", "ook", "naar", "er", "worden", "we", "deze", "uit", "kan",
    ];

    private static readonly string[] Syllables =
    [
        "ge", "ver", "be", "ont", "wer", "king", "heid", "baar", "lijk", "ste", "ning", "raad", "huis", "weg", "park",
        "zorg", "wijk", "da", "ta", "plan", "stad", "werk", "kaart", "meld", "scan", "bron", "leer", "reg", "tijd",
        "hulp", "bur", "ger", "sig", "naal", "schuld", "af", "val", "bouw", "grond", "water", "licht", "straat", "jeugd",
        "markt", "mo", "del", "pro", "gno", "se", "vei", "lig", "toe", "zicht", "ri", "si", "co", "ana", "ly",
    ];

    private static readonly string[] CommonSources = ["BAG", "BRP", "WOZ", "BRK", "Handelsregister", "BGT", "Kadaster", "RDW"];

    public static DataProject[] Create(int count, int seed)
    {
        var random = new Random(seed);
        var vocabulary = Vocabulary(random, 8_000);
        var words = new Zipf(vocabulary.Length, 1.0);
        var sourcePool = Math.Max(2_000, count / 5);
        var sources = new Zipf(sourcePool, 1.1);
        var suppliers = new Zipf(200, 1.0);
        var themes = Enum.GetValues<Theme>();
        var municipalities = Reference.MunicipalityList.Default.All.ToArray();

        string Text(int draws) => string.Join(" ", Enumerable.Range(0, draws).Select(_ => vocabulary[words.Next(random)]));
        string Source(int rank) => rank < CommonSources.Length ? CommonSources[rank] : "Bron " + rank.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var projects = new DataProject[count];
        for (var i = 0; i < count; i++)
        {
            var municipality = municipalities[random.Next(municipalities.Length)];
            var organization = new Organization { Name = municipality.Name, Code = municipality.Code, Type = OrganizationType.Gemeente };
            if (i > 10 && random.NextDouble() < 0.10)
            {
                projects[i] = NearCopy(projects[random.Next(i)], i, organization, random, () => Source(sources.Next(random)), () => vocabulary[words.Next(random)]);
                continue;
            }

            projects[i] = new DataProject
            {
                Id = "p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Name = Text(random.Next(2, 6)),
                ShortDescription = Text(random.Next(40, 121)),
                Organization = organization,
                Themes = [themes[random.Next(themes.Length)]],
                Suppliers = random.NextDouble() < 0.5 ? [new Supplier { Name = "Leverancier " + suppliers.Next(random), Product = "Product " + random.Next(3) }] : [],
                Technique = new Technique { AlgorithmType = (AlgorithmType)random.Next(5), UseType = (UseType)random.Next(4) },
                Data = new DataProfile
                {
                    Sources = [.. Enumerable.Range(0, random.Next(2, 13)).Select(_ => Source(sources.Next(random))).Distinct().Select(t => new DataSource { Title = t })],
                    Subjects = [(DataSubjectGroup)random.Next(5)],
                },
            };
        }

        return projects;
    }

    private static DataProject NearCopy(DataProject original, int index, Organization organization, Random random, Func<string> source, Func<string> word)
    {
        string Keep(string? text) => string.Join(" ", (text ?? string.Empty).Split(' ').Where(_ => random.NextDouble() < 0.8).Concat(Enumerable.Range(0, random.Next(3)).Select(_ => word())));
        return original with
        {
            Id = "p" + index.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Name = Keep(original.Name) is { Length: > 0 } name ? name : original.Name,
            ShortDescription = Keep(original.ShortDescription),
            Organization = organization,
            Data = original.Data! with
            {
                Sources = [.. original.Data!.Sources.Where(_ => random.NextDouble() < 0.8).Concat(Enumerable.Range(0, random.Next(3)).Select(_ => new DataSource { Title = source() })).DistinctBy(s => s.Title)],
            },
        };
    }

    private static string[] Vocabulary(Random random, int size)
    {
        var words = new List<string>(StopWords);
        var seen = new HashSet<string>(words, StringComparer.Ordinal);
        while (words.Count < size)
        {
            var word = string.Concat(Enumerable.Range(0, random.Next(2, 5)).Select(_ => Syllables[random.Next(Syllables.Length)]));
            if (seen.Add(word))
            {
                words.Add(word);
            }
        }

        // The stop words are the most frequent words, as in real text.
        return [.. words];
    }

    /// <summary>Ranks 0..n-1 with probability proportional to 1 / (rank + 1)^s.</summary>
    private sealed class Zipf
    {
        private readonly double[] cumulative;

        public Zipf(int n, double s)
        {
            cumulative = new double[n];
            var sum = 0.0;
            for (var k = 0; k < n; k++)
            {
                sum += 1.0 / Math.Pow(k + 1, s);
                cumulative[k] = sum;
            }

            for (var k = 0; k < n; k++)
            {
                cumulative[k] /= sum;
            }
        }

        public int Next(Random random)
        {
            var index = Array.BinarySearch(cumulative, random.NextDouble());
            return Math.Min(cumulative.Length - 1, index < 0 ? ~index : index);
        }
    }
}
