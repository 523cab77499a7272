using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using DataGrip.Core.Internal;

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
    public string FirstPointer => DataGrip.Core.Internal.JsonPointer.Project(FirstIndex);

    /// <summary>The JSON Pointer of the second project in an export: <c>/projects/{SecondIndex}</c>.</summary>
    public string SecondPointer => DataGrip.Core.Internal.JsonPointer.Project(SecondIndex);

    /// <summary>The combined score in [0, 1], rounded to six decimals: the weighted mean of the signals' similarities.</summary>
    public required double Score { get; init; }

    /// <summary>What the pair means: duplicate, overlap, reuse opportunity or shared supplier.</summary>
    public required OverlapKind Kind { get; init; }

    /// <summary>The contribution of every signal that at least one of the two projects fills in, largest first.</summary>
    public ImmutableArray<OverlapContribution> Contributions { get; init; } = [];

    /// <summary>Why the pair has its <see cref="Kind"/> (the explanation says it first); None for a pair made outside the detector.</summary>
    internal KindReason KindReason { get; init; }

    /// <summary>Whose the first project is, for the explanation of the kind.</summary>
    internal Owner? FirstOwner { get; init; }

    /// <summary>Whose the second project is.</summary>
    internal Owner? SecondOwner { get; init; }

    /// <summary>
    /// Why the two are alike, in English, such as "Gemeente Utrecht and Gemeente Tilburg could reuse each other's work;
    /// both use WOZ and BRP; the texts share 'vroegsignalering' and 'schulden'".
    /// </summary>
    public string ExplanationEnglish => OverlapExplanation.Write(this, CultureInfo.InvariantCulture);

    /// <summary>Why the two are alike, in Dutch.</summary>
    public string ExplanationDutch => OverlapExplanation.Write(this, Messages.DutchCulture);

    /// <summary>The explanation in the language of a culture: Dutch for any Dutch culture, English otherwise; with a catalog, in its language.</summary>
    /// <param name="culture">The culture; null means the current UI culture.</param>
    /// <param name="catalog">A vendor's catalog (keys <c>overlap:…</c> and the labels); null for the library's own words.</param>
    /// <returns>The explanation.</returns>
    public string GetExplanation(CultureInfo? culture = null, MessageCatalog? catalog = null) =>
        OverlapExplanation.Write(this, culture ?? CultureInfo.CurrentUICulture, catalog);
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

/// <summary>Writes a pair's explanation from the explanation templates (<see cref="OverlapMessages.Explanations"/>), with the labels of the vocabularies.</summary>
internal static class OverlapExplanation
{
    /// <summary>The explanation; without <paramref name="kind"/> it leaves out whose the projects are (for a text that already says so).</summary>
    internal static string Write(OverlapPair pair, CultureInfo culture, MessageCatalog? catalog = null, bool kind = true)
    {
        string Say(string key, params (string Name, object? Value)[] arguments)
        {
            var args = Messages.Arguments(arguments);
            if (catalog is not null)
            {
                return catalog.Format(key, args, culture);
            }

            var template = OverlapMessages.Explanations[key];
            return culture.TwoLetterISOLanguageName == "nl" ? Messages.Dutch(template.Dutch, args) : Messages.English(template.English, args);
        }

        string List(IReadOnlyList<string> items) => items.Count switch
        {
            0 => string.Empty,
            1 => items[0],
            _ => Say("overlap:list", ("First", string.Join(", ", items.Take(items.Count - 1))), ("Last", items[items.Count - 1])),
        };

        var parts = new List<string>();
        if (kind && Kind(pair, Say) is { } words)
        {
            parts.Add(words);
        }

        foreach (var c in pair.Contributions)
        {
            if (c.Similarity <= 0)
            {
                continue;
            }

            var items = c.Shared.Select(item => Item(c.Signal, item, culture, catalog)).ToList();
            if (c.SharedInternal > 0)
            {
                items.Add(Say("overlap:hidden." + c.Signal, ("Count", c.SharedInternal)));
            }

            parts.Add(c.Signal == OverlapSignal.Text && items.Count == 0
                ? Say("overlap:textAlike", ("Similarity", c.Similarity.ToString("0.00", CultureInfo.InvariantCulture)))
                : Say("overlap:" + c.Signal, ("Items", List(items))));
        }

        return parts.Count == 0 ? Say("overlap:nothing") : string.Join("; ", parts);
    }

    /// <summary>
    /// The kind in words a person recognises: whose the two projects are and what that means ("two departments of
    /// Gemeente Den Haag (Bedrijfsvoering and Stadsbeheer) may be doing the same"); null when the reason is not known.
    /// An organisation or department the public may not read is not named.
    /// </summary>
    private static string? Kind(OverlapPair pair, Func<string, (string Name, object? Value)[], string> say)
    {
        string Organization(Owner? owner, string unnamed) => owner?.Display ?? say("overlap:organization." + unnamed, []);
        var (first, second) = (pair.FirstOwner, pair.SecondOwner);
        var one = Organization(first ?? second, "one");
        var departments = first?.DisplayDepartment is not null && second?.DisplayDepartment is not null;
        return pair.KindReason switch
        {
            KindReason.None => null,
            KindReason.SameName => say("overlap:kind.SameName", [("Organization", one)]),
            KindReason.TwoDepartments when departments => say("overlap:kind.TwoDepartments", [("Organization", one), ("First", first!.DisplayDepartment), ("Second", second!.DisplayDepartment)]),
            KindReason.TwoDepartments => say("overlap:kind.TwoDepartmentsUnnamed", [("Organization", one)]),
            KindReason.NearlyAlike => say("overlap:kind.NearlyAlike", [("Organization", one)]),
            KindReason.OneDepartment when first?.DisplayDepartment is { } department => say("overlap:kind.OneDepartment", [("Organization", one), ("Department", department)]),
            KindReason.OneDepartment => say("overlap:kind.OneDepartmentUnnamed", [("Organization", one)]),
            KindReason.OneOrganization => say("overlap:kind.OneOrganization", [("Organization", one)]),
            _ when first?.Display is null && second?.Display is null => say("overlap:kind." + pair.KindReason + "Unnamed", []),
            _ => say("overlap:kind." + pair.KindReason, [("First", Organization(first, "unnamed")), ("Second", Organization(second, "unnamed"))]),
        };
    }

    /// <summary>A shared item as a person reads it: a word quoted, a vocabulary value by its label, a name as it is.</summary>
    private static string Item(OverlapSignal signal, string item, CultureInfo culture, MessageCatalog? catalog) => signal switch
    {
        OverlapSignal.Text => "'" + item + "'",
        OverlapSignal.Themes when Model.RegisterLabels.TryParseTheme(item, out var theme) => Labels.Get(theme, culture, catalog),
        OverlapSignal.Technique when TryParse<Model.AlgorithmType>(item, out var algorithm) => Labels.Get(algorithm, culture, catalog),
        OverlapSignal.Technique when TryParse<Model.UseType>(item, out var use) => Labels.Get(use, culture, catalog),
        OverlapSignal.Subjects when TryParse<Model.DataSubjectGroup>(item, out var group) => Labels.Get(group, culture, catalog),
        _ => item,
    };

    private static bool TryParse<T>(string camel, out T value)
        where T : struct, System.Enum =>
        System.Enum.TryParse(camel, ignoreCase: true, out value) && System.Enum.IsDefined(typeof(T), value);
}
