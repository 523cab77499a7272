using System.Collections.Immutable;
using System.Globalization;
using System.Linq;

namespace DataGrip.Core.Overlap;

/// <summary>What one signal adds to the score of a pair.</summary>
public sealed record OverlapContribution
{
    /// <summary>The signal.</summary>
    public required OverlapSignal Signal { get; init; }

    /// <summary>The similarity of the two projects on this signal, in [0, 1].</summary>
    public required double Similarity { get; init; }

    /// <summary>The share of this signal in this pair's score: its weight divided by the weights of the signals the pair fills in.</summary>
    public required double Weight { get; init; }

    /// <summary><see cref="Weight"/> × <see cref="Similarity"/>; the contributions of a pair add up to its score (up to rounding).</summary>
    public double Contribution => Weight * Similarity;

    /// <summary>What the two projects share on this signal, most telling first (at most five): words, sources, suppliers, themes….</summary>
    public ImmutableArray<string> Shared { get; init; } = [];

    /// <summary>
    /// How many more features the two share that either project marks internal (<c>record.visibility</c>): counted
    /// in the explanation ("and 1 data source marked internal"), never named, since it may be read outside the organisation.
    /// </summary>
    public int SharedInternal { get; init; }
}

/// <summary>Two similar projects, why they are alike, and what that means.</summary>
public sealed record OverlapPair
{
    /// <summary>The id of the first project (the ordinally smaller id).</summary>
    public required string FirstId { get; init; }

    /// <summary>The id of the second project.</summary>
    public required string SecondId { get; init; }

    /// <summary>The position of the first project in the list that was compared.</summary>
    public required int FirstIndex { get; init; }

    /// <summary>The position of the second project in the list that was compared.</summary>
    public required int SecondIndex { get; init; }

    /// <summary>The JSON Pointer of the first project in an export: <c>/projects/{FirstIndex}</c>.</summary>
    public string FirstPointer => Serialization.JsonPointer.Project(FirstIndex);

    /// <summary>The JSON Pointer of the second project in an export: <c>/projects/{SecondIndex}</c>.</summary>
    public string SecondPointer => Serialization.JsonPointer.Project(SecondIndex);

    /// <summary>The combined score in [0, 1], rounded to six decimals: the weighted mean of the signals' similarities.</summary>
    public required double Score { get; init; }

    /// <summary>What the pair means: duplicate, overlap, reuse opportunity or shared supplier.</summary>
    public required OverlapKind Kind { get; init; }

    /// <summary>The contribution of every signal that at least one of the two projects fills in, largest first.</summary>
    public ImmutableArray<OverlapContribution> Contributions { get; init; } = [];

    /// <summary>Why the two are alike, in English, such as "both use WOZ and BRP; the texts share 'vroegsignalering', 'schulden'".</summary>
    public string ExplanationEnglish => OverlapExplanation.Write(this, dutch: false);

    /// <summary>Why the two are alike, in Dutch.</summary>
    public string ExplanationDutch => OverlapExplanation.Write(this, dutch: true);

    /// <summary>The explanation in the language of a culture: Dutch for any Dutch culture, English otherwise.</summary>
    /// <param name="culture">The culture; null means the current UI culture.</param>
    /// <returns>The explanation.</returns>
    public string GetExplanation(CultureInfo? culture = null) =>
        (culture ?? CultureInfo.CurrentUICulture).TwoLetterISOLanguageName == "nl" ? ExplanationDutch : ExplanationEnglish;
}

/// <summary>Projects connected by pairs above the threshold: a cluster for a report.</summary>
public sealed record OverlapGroup
{
    /// <summary>The positions of the projects in the compared list, ascending.</summary>
    public required ImmutableArray<int> Indices { get; init; }

    /// <summary>The ids of the projects, in the order of <see cref="Indices"/>.</summary>
    public required ImmutableArray<string> ProjectIds { get; init; }

    /// <summary>The highest score of a pair inside the group.</summary>
    public required double MaxScore { get; init; }
}

/// <summary>How far a long overlap call is.</summary>
/// <param name="Done">Projects handled so far.</param>
/// <param name="Total">Projects to handle.</param>
public sealed record OverlapProgress(int Done, int Total);

/// <summary>The outcome of <see cref="OverlapDetector.FindPairs(System.Collections.Generic.IReadOnlyList{DataGrip.Core.Model.DataProject}, System.IProgress{OverlapProgress}?, System.Threading.CancellationToken)"/>.</summary>
public sealed record OverlapResult
{
    /// <summary>The reported pairs, highest score first (then by ids): each at or above the threshold and among the best of both its projects.</summary>
    public required ImmutableArray<OverlapPair> Pairs { get; init; }

    /// <summary>Connected clusters of two or more projects over every pair at or above the threshold, largest first.</summary>
    public required ImmutableArray<OverlapGroup> Groups { get; init; }

    /// <summary>Input that could only partly be compared (see <see cref="OverlapCodes"/>).</summary>
    public required ImmutableArray<Finding> Findings { get; init; }

    /// <summary>How many pairs reached the threshold before the per-project limit.</summary>
    public required int PairsAboveThreshold { get; init; }

    /// <summary>How many projects were compared.</summary>
    public required int ProjectCount { get; init; }
}

internal static class OverlapExplanation
{
    internal static string Write(OverlapPair pair, bool dutch)
    {
        var parts = pair.Contributions.Where(c => c.Similarity > 0).Select(c => Part(c, dutch)).ToList();
        if (parts.Count == 0)
        {
            return dutch ? "geen gedeelde kenmerken" : "nothing shared";
        }

        return string.Join("; ", parts);
    }

    private static string Part(OverlapContribution c, bool dutch)
    {
        var hidden = Hidden(c.Signal, c.SharedInternal, dutch);
        var quotedItems = c.Shared.Select(s => "'" + s + "'").ToImmutableArray();
        var quoted = List(hidden is null ? quotedItems : quotedItems.Add(hidden), dutch);
        var listed = List(hidden is null ? c.Shared : c.Shared.Add(hidden), dutch);
        return (c.Signal, dutch) switch
        {
            (OverlapSignal.Text, _) when c.Shared.IsEmpty && hidden is null => dutch
                ? $"de teksten lijken op elkaar ({Number(c.Similarity, dutch)})"
                : $"the texts are alike ({Number(c.Similarity, dutch)})",
            (OverlapSignal.Text, false) => $"the texts share {quoted}",
            (OverlapSignal.Text, true) => $"de teksten delen {quoted}",
            (OverlapSignal.Data, false) => $"both use {listed}",
            (OverlapSignal.Data, true) => $"beide gebruiken {listed}",
            (OverlapSignal.Supplier, false) => $"same supplier or product: {listed}",
            (OverlapSignal.Supplier, true) => $"zelfde leverancier of product: {listed}",
            (OverlapSignal.Legal, false) => $"same legal basis: {listed}",
            (OverlapSignal.Legal, true) => $"zelfde wettelijke grondslag: {listed}",
            (OverlapSignal.Themes, false) => $"same theme: {listed}",
            (OverlapSignal.Themes, true) => $"zelfde thema: {listed}",
            (OverlapSignal.Technique, false) => $"same technique: {listed}",
            (OverlapSignal.Technique, true) => $"zelfde techniek: {listed}",
            (OverlapSignal.Subjects, false) => $"same data subjects: {listed}",
            _ => $"zelfde betrokkenen: {listed}",
        };
    }

    /// <summary>"1 data source marked internal", "2 gegevensbronnen die als intern zijn gemarkeerd"; null for none.</summary>
    private static string? Hidden(OverlapSignal signal, int count, bool dutch)
    {
        if (count <= 0)
        {
            return null;
        }

        var one = count == 1;
        var n = count.ToString(CultureInfo.InvariantCulture);
        if (signal == OverlapSignal.Text)
        {
            return dutch
                ? (one ? "1 woord uit een veld dat als intern is gemarkeerd" : $"{n} woorden uit velden die als intern zijn gemarkeerd")
                : (one ? "1 word from a field marked internal" : $"{n} words from fields marked internal");
        }

        var (dutchOne, dutchMany, englishOne, englishMany) = signal switch
        {
            OverlapSignal.Data => ("gegevensbron", "gegevensbronnen", "data source", "data sources"),
            OverlapSignal.Supplier => ("leverancier of product", "leveranciers of producten", "supplier or product", "suppliers or products"),
            OverlapSignal.Legal => ("wettelijke grondslag", "wettelijke grondslagen", "legal reference", "legal references"),
            OverlapSignal.Themes => ("thema", "thema's", "theme", "themes"),
            OverlapSignal.Technique => ("techniek", "technieken", "technique", "techniques"),
            _ => ("groep betrokkenen", "groepen betrokkenen", "group of data subjects", "groups of data subjects"),
        };
        return dutch
            ? $"{n} {(one ? dutchOne : dutchMany)} die als intern {(one ? "is" : "zijn")} gemarkeerd"
            : $"{n} {(one ? englishOne : englishMany)} marked internal";
    }

    private static string List(ImmutableArray<string> items, bool dutch)
    {
        if (items.Length <= 1)
        {
            return items.Length == 0 ? string.Empty : items[0];
        }

        return string.Join(", ", items.Take(items.Length - 1)) + (dutch ? " en " : " and ") + items[items.Length - 1];
    }

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    private static string Number(double value, bool dutch) => value.ToString("0.00", dutch ? Dutch : CultureInfo.InvariantCulture);
}
