using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace DataGrip.Core.Reporting;

/// <summary>
/// The projects one project overlaps with, best first, as a worklist reason names them: the first few by name, with
/// their organisation when it is another and their score, the rest counted ("A (Gemeente Tilburg, 0,98), B (0,91) en nog 2").
/// </summary>
/// <param name="partners">The first <see cref="Named"/> partners, best first.</param>
/// <param name="count">How many partners there are in all.</param>
internal sealed class OverlapPartners(IReadOnlyList<OverlapPartners.Partner> partners, int count) : IReportText
{
    /// <summary>The most partners named; a person reads a row, not a list.</summary>
    public const int Named = 3;

    /// <summary>A partner: its name, its organisation when it is not the project's own, and the pair's score.</summary>
    public readonly record struct Partner(string Name, string? Organisation, decimal Score);

    public string Write(bool dutch) => Write(ReportText.Culture(dutch), (key, arguments) => ReportMessages.Say(key, dutch, arguments));

    public string Write(CultureInfo culture, MessageCatalog catalog) =>
        Write(ReportText.Culture(ReportText.IsDutch(culture)), (key, arguments) =>
        {
            var args = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (name, value) in arguments)
            {
                args[name] = value;
            }

            return catalog.Format(key, args, culture);
        });

    private string Write(CultureInfo numbers, Func<string, (string Name, string Value)[], string> say)
    {
        var named = new List<string>(Math.Min(Named, partners.Count));
        for (var i = 0; i < partners.Count && i < Named; i++)
        {
            var p = partners[i];
            var score = p.Score.ToString("0.00", numbers);
            named.Add(p.Organisation is { } organisation
                ? say("report:partnerOf", [("Name", p.Name), ("Organisation", organisation), ("Score", score)])
                : say("report:partner", [("Name", p.Name), ("Score", score)]));
        }

        if (count > named.Count)
        {
            var more = (count - named.Count).ToString(CultureInfo.InvariantCulture);
            return say("report:list.more", [("First", string.Join(", ", named)), ("More", more)]);
        }

        if (named.Count == 1)
        {
            return named[0];
        }

        var first = new StringBuilder();
        for (var i = 0; i < named.Count - 1; i++)
        {
            first.Append(i > 0 ? ", " : "").Append(named[i]);
        }

        return say("report:list.two", [("First", first.ToString()), ("Last", named[named.Count - 1])]);
    }
}
