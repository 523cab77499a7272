using System;
using System.Collections.Generic;
using System.Globalization;

namespace DataGrip.Core.Reporting;

/// <summary>
/// What the HTML and CSV writers say, in one language: the library's own texts, or with a vendor's
/// <see cref="MessageCatalog"/> its words for every term, title, definition, explanation and reason it has (falling back
/// to English as the catalog does). Numbers are written the Dutch way for a Dutch culture and the British way otherwise.
/// </summary>
internal sealed class ReportWords
{
    private readonly MessageCatalog? catalog;
    private readonly CultureInfo language;
    private readonly bool plain;

    public ReportWords(CultureInfo? culture, MessageCatalog? catalog, ReportAudience audience)
    {
        language = culture ?? CultureInfo.CurrentUICulture;
        Dutch = ReportText.IsDutch(language);
        Culture = ReportText.Culture(Dutch);
        this.catalog = catalog;
        plain = audience == ReportAudience.Public;
    }

    public bool Dutch { get; }

    /// <summary>The culture of numbers and dates.</summary>
    public CultureInfo Culture { get; }

    /// <summary>The language code of the HTML document.</summary>
    public string Language => catalog is null ? (Dutch ? "nl" : "en") : language.TwoLetterISOLanguageName;

    /// <summary>A term (<c>report:…</c>) with its placeholders filled.</summary>
    public string Say(string key, params (string Name, string Value)[] arguments)
    {
        if (catalog is null)
        {
            return ReportMessages.Say(key, Dutch, arguments);
        }

        var args = new Dictionary<string, string>(arguments.Length, StringComparer.Ordinal);
        foreach (var (name, value) in arguments)
        {
            args[name] = value;
        }

        return catalog.Format(key, args, language);
    }

    /// <summary>The library's own words in Dutch or English: what the builder writes a report's texts in.</summary>
    public static ReportWords Library(bool dutch) => dutch ? LibraryDutch : LibraryEnglish;

    private static readonly ReportWords LibraryDutch = new(ReportText.Culture(true), null, ReportAudience.Cdo);

    private static readonly ReportWords LibraryEnglish = new(ReportText.Culture(false), null, ReportAudience.Cdo);

    /// <summary>A count with its noun in singular or plural: "1 project", "2 projecten" (the term <c>report:count.…</c>).</summary>
    public string Count(int n, string noun) =>
        Say("report:count." + noun, ("Count", n.ToString("#,0", Culture)), ("N", n.ToString(CultureInfo.InvariantCulture)));

    /// <summary>A share as a percentage with one decimal: "25,0 %" in Dutch, "25.0%" in English; "geen" of nothing.</summary>
    public string Percent(int numerator, int denominator) => denominator == 0
        ? Say("report:none")
        : Say("report:percent", ("Value", ReportText.Number((decimal)numerator / denominator, MetricUnit.Share, Dutch)));

    public string Title(ReportSection section) => catalog is null ? section.GetTitle(Culture) : Say("report:section." + section.Key);

    public string Title(ReportWorklist list) => catalog is null ? list.GetTitle(Culture) : Say("report:worklist." + list.Key);

    public string Label(Enum value) => Labels.Get(value, catalog is null ? Culture : language, catalog);

    public string Message(Finding finding) => finding.GetMessage(catalog is null ? Culture : language, catalog);

    public string Definition(ReportMetric m) =>
        catalog is null ? m.GetDefinition(Culture) : Say(m.Code + (plain && ReportMessages.PublicMetrics.ContainsKey(m.Code) ? ".public" : ""));

    /// <summary>The explanation, with a catalog filled anew from its template (the category as the report names it, in Dutch or English).</summary>
    public string Explanation(ReportMetric m)
    {
        if (catalog is null)
        {
            return m.GetExplanation(Culture);
        }

        var isPlain = plain && ReportMessages.PublicMetrics.ContainsKey(m.Code);
        var text = isPlain ? ReportMessages.PublicMetrics[m.Code] : ReportMessages.Metrics[m.Code];
        var key = m.Code + (isPlain ? ".publicExplanation" : ".explanation");
        var own = Dutch ? text.ExplanationDutch : text.ExplanationEnglish;
        return catalog.Format(key, ReportFigures.ExplanationArguments(own, text.Noun, this, m.Numerator, m.Denominator, m.Unit, m.Value, m.GetLabel(Culture)), language);
    }

    /// <summary>Why an item is on its list: with a catalog, its text (<c>report:reason.…</c>) filled with its arguments.</summary>
    public string Reason(ReportWorklistItem item)
    {
        var reason = item.Reason;
        if (catalog is null || reason.Key is null)
        {
            return item.GetReason(Culture);
        }

        var args = new Dictionary<string, string>(reason.Arguments.Count, StringComparer.Ordinal);
        foreach (var a in reason.Arguments)
        {
            args[a.Name] = a.Value(Dutch, language, catalog);
        }

        return catalog.Format("report:reason." + reason.Key, args, language);
    }
}
