using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace DataGrip.Core.Reporting;

/// <summary>
/// The college's report: a note of at most two A4 pages at any portfolio size. Headline figures with the change since
/// the previous period, a table per portfolio holder, and short lists (decisions needed, top risks, reuse) that point
/// to the CDO office's report for the rest.
/// </summary>
internal static partial class ReportHtml
{
    /// <summary>The most rows of one list in the college's note.</summary>
    internal const int CollegeRows = 3;

    /// <summary>The most rows of the table per portfolio holder (the last one sums the rest).</summary>
    internal const int CollegeGroups = 12;

    /// <summary>The most characters of a reason in the college's note (an overlap's explanation can be long); the rest is in the CDO office's report.</summary>
    internal const int CollegeReason = 80;

    /// <summary>The most characters of a project's name in the college's note.</summary>
    internal const int CollegeName = 60;

    /// <summary>The most characters of a portfolio holder's name in the college's note.</summary>
    internal const int CollegeLabel = 64;

    /// <summary>The most findings on the input the college's note names.</summary>
    internal const int CollegeFindings = 1;

    /// <summary>The columns of the table per portfolio holder: the metric each counts, and its header.</summary>
    private static readonly (string Code, string Header)[] HolderColumns =
    [
        (ReportCodes.Projects, "report:html.projects"),
        (ReportCodes.StuckPilots, "report:html.colStuck"),
        (ReportCodes.DecisionsDue, "report:html.colDue"),
        (ReportCodes.CouncilDecisionMissing, "report:html.colCouncil"),
        (ReportCodes.HighImpact, "report:html.colRisk"),
        (ReportCodes.ReuseOpportunities, "report:html.colReuse"),
    ];

    private static void CollegeSection(StringBuilder h, PortfolioReport report, ReportSection section, HolderGroups holders, ref int chart, Dictionary<string, string> names, ReportWords words)
    {
        var singles = section.Metrics.Where(m => m.Category is null).ToList();
        if (singles.Count > 0)
        {
            Headline(h, singles, report.HasPrevious, words);
        }

        foreach (var group in section.Metrics.Where(m => m.Category is not null).GroupBy(m => m.Code))
        {
            Breakdown(h, group.ToList(), ++chart, names, words, report.HasPrevious, compact: true);
        }

        if (section.Key == "inventory")
        {
            HolderTable(h, report, holders, words);
        }

        foreach (var list in section.Worklists)
        {
            CollegeWorklist(h, list, holders, words);
        }
    }

    private const int StackHeight = 22;

    /// <summary>Colours for the parts of a stacked bar, each told apart from its neighbours and from white.</summary>
    private static readonly string[] StackColours = ["#154273", "#6a9fd4", "#0f7a6b", "#b35c00", "#6b4c9a", "#4fb3a3", "#a4001d", "#e3a15c", "#3d3d3d", "#a48ccd", "#2f6fb0"];

    /// <summary>Whether the categories split one whole: the same denominator, numerators that add up to it.</summary>
    private static bool IsPartition(List<ReportMetric> metrics) =>
        metrics[0].Denominator > 0 && metrics.All(m => m.Unit == MetricUnit.Count && m.Denominator == metrics[0].Denominator) && metrics.Sum(m => m.Numerator) == metrics[0].Denominator;

    /// <summary>The parts of a whole as one bar, closing the SVG, and a legend with the figures (the data table stays below for the screen).</summary>
    private static void Stack(StringBuilder h, List<ReportMetric> parts, int width, ReportWords words)
    {
        var culture = words.Culture;
        var total = parts.Sum(m => m.Numerator);
        var x = 0;
        var legend = new StringBuilder("<p class=\"legend\">");
        for (var i = 0; i < parts.Count; i++)
        {
            var m = parts[i];
            var colour = StackColours[i % StackColours.Length];
            var end = i == parts.Count - 1 ? width : (int)Math.Round((double)width * parts.Take(i + 1).Sum(p => p.Numerator) / total);
            h.Append("<rect x=\"").Append(x).Append("\" y=\"2\" width=\"").Append(Math.Max(end - x - 2, 1)).Append("\" height=\"").Append(StackHeight - 4).Append("\" fill=\"").Append(colour).Append("\"/>");
            x = end;
            legend.Append("<span class=\"part\"><svg xmlns=\"http://www.w3.org/2000/svg\" aria-hidden=\"true\" width=\"10\" height=\"10\" viewBox=\"0 0 10 10\"><rect width=\"10\" height=\"10\" fill=\"")
                .Append(colour).Append("\"/></svg> ").Append(E(m.GetLabel(culture) ?? m.Category ?? "")).Append(' ').Append(E(Value(m, words))).Append("</span> ");
        }

        h.Append("</svg>\n").Append(legend).Append("</p>\n");
    }

    /// <summary>The single figures as rows: the value now, what it says, and the change since the previous report.</summary>
    private static void Headline(StringBuilder h, List<ReportMetric> metrics, bool hasPrevious, ReportWords words)
    {
        // Figures that are themselves changes (added, removed…) have no previous value: no column of dashes for them.
        hasPrevious = hasPrevious && metrics.Any(m => m.PreviousValue is not null);
        string T(string key, params (string Name, string Value)[] arguments) => words.Say(key, arguments);
        var culture = words.Culture;
        h.Append("<table class=\"headline\">\n<caption>").Append(E(T("report:html.headline"))).Append("</caption>\n<thead><tr>")
            .Append("<th scope=\"col\" class=\"num\">").Append(E(T("report:html.now"))).Append("</th>")
            .Append("<th scope=\"col\">").Append(E(T("report:html.figure"))).Append("</th>");
        if (hasPrevious)
        {
            h.Append("<th scope=\"col\" class=\"num\">").Append(E(T("report:html.change"))).Append("</th>");
        }

        h.Append("</tr></thead>\n<tbody>\n");
        foreach (var m in metrics)
        {
            h.Append("<tr><td class=\"num value\">").Append(E(Value(m, words))).Append("</td><td>").Append(E(words.Explanation(m))).Append("</td>");
            if (hasPrevious)
            {
                h.Append("<td class=\"num\">").Append(E(Change(m, words))).Append("</td>");
            }

            h.Append("</tr>\n");
        }

        h.Append("</tbody>\n</table>\n");
    }

    /// <summary>The change of a figure since the previous report: "+4 (eerder 62)", "−6,6 procentpunt (eerder 33,3 %)", "gelijk".</summary>
    private static string Change(ReportMetric m, ReportWords words)
    {
        if (m.PreviousValue is not { } before)
        {
            return "–";
        }

        // Unchanged when the two values are shown alike; the difference in the figure's own unit and decimals.
        var difference = m.Value - before;
        var magnitude = ReportText.Number(Math.Abs(difference), m.Unit, words.Dutch);
        if (ReportText.Number(m.Value, m.Unit, words.Dutch) == ReportText.Number(before, m.Unit, words.Dutch))
        {
            return words.Say("report:html.unchanged");
        }

        // A true minus sign, and a plus for growth: the reader sees the direction at a glance.
        var signed = (difference > 0 ? "+" : "\u2212") + magnitude;
        var change = m.Unit == MetricUnit.Share ? words.Say("report:html.points", ("Value", signed)) : signed;
        return change + " " + words.Say("report:html.was", ("Value", Plain(m.Unit, before, words)));
    }

    /// <summary>
    /// One row per portfolio holder (or the department or organisation that stands in for one), counting the projects
    /// behind each headline figure. In a report on several organisations the organisation has its own column, named on
    /// its rows, so each row stays one short line and a large portfolio still prints on two pages.
    /// </summary>
    private static void HolderTable(StringBuilder h, PortfolioReport report, HolderGroups holders, ReportWords words)
    {
        string T(string key, params (string Name, string Value)[] arguments) => words.Say(key, arguments);
        var columns = HolderColumns.Select(c => (c.Code, c.Header, Ids: report.Metric(c.Code)?.ProjectIds)).Where(c => c.Ids is not null).ToList();
        var kpis = report.Kpis.GroupBy(k => holders.OfProject(k.ProjectId)).ToDictionary(g => g.Key, g => (Met: g.Count(k => k.Status == "met"), All: g.Count()), StringComparer.Ordinal);

        // A large portfolio shows its largest groups, in the order to read them, and sums the rest.
        var groups = holders.Groups;
        var largest = new HashSet<string>(groups.OrderByDescending(g => g.Ids.Count).ThenBy(g => g.Name, StringComparer.Ordinal).Take(CollegeGroups - 1).Select(g => g.Name), StringComparer.Ordinal);
        var shown = groups.Count > CollegeGroups ? groups.Where(g => largest.Contains(g.Name)).ToList() : groups;
        var rows = shown.Select(g => (g.Organisation, Label: g.Holder, Names: new[] { g.Name })).ToList();
        if (groups.Count > shown.Count)
        {
            var rest = groups.Where(g => !largest.Contains(g.Name)).ToList();
            rows.Add(("", T("report:html.otherGroups", ("Count", Whole(rest.Count))), rest.Select(g => g.Name).ToArray()));
        }

        rows.Add(("", T("report:html.total"), groups.Select(g => g.Name).ToArray()));
        var several = holders.SeveralOrganisations;
        h.Append("<h3>").Append(E(T("report:html.byHolder"))).Append("</h3>\n<p class=\"note\">").Append(E(T("report:html.byHolderNote"))).Append("</p>\n")
            .Append("<table class=\"holders").Append(several ? " by-organisation" : "").Append("\">\n<caption>").Append(E(T("report:html.byHolder"))).Append("</caption>\n<thead><tr>");
        if (several)
        {
            h.Append("<th scope=\"col\">").Append(E(T("report:html.organisation"))).Append("</th>");
        }

        h.Append("<th scope=\"col\">").Append(E(T("report:html.holder"))).Append("</th>");
        foreach (var c in columns)
        {
            h.Append("<th scope=\"col\" class=\"num\">").Append(E(T(c.Header))).Append(" <span class=\"code\">").Append(c.Code).Append("</span></th>");
        }

        h.Append("<th scope=\"col\" class=\"num\">").Append(E(T("report:html.colKpis"))).Append("</th></tr></thead>\n<tbody>\n");
        for (var r = 0; r < rows.Count; r++)
        {
            var (organisation, label, members) = rows[r];

            // A set of names: the "other" and total rows hold every group of a large portfolio.
            var names = new HashSet<string>(members, StringComparer.Ordinal);
            var ids = new HashSet<string>(groups.Where(g => names.Contains(g.Name)).SelectMany(g => g.Ids), StringComparer.Ordinal);
            h.Append("<tr>");
            if (several && organisation.Length == 0)
            {
                // The "other" and total rows span the organisations: their label takes both columns.
                h.Append("<th scope=\"row\" colspan=\"2\">").Append(E(label)).Append("</th>");
            }
            else
            {
                // The organisation once, across its rows.
                if (several && (r == 0 || rows[r - 1].Organisation != organisation))
                {
                    var span = rows.Skip(r).TakeWhile(row => row.Organisation == organisation).Count();
                    h.Append(span > 1 ? "<td rowspan=\"" + Whole(span) + "\">" : "<td>").Append(E(Shorten(organisation, CollegeLabel))).Append("</td>");
                }

                h.Append("<th scope=\"row\">").Append(E(Shorten(label, CollegeLabel))).Append("</th>");
            }

            foreach (var c in columns)
            {
                h.Append("<td class=\"num\">").Append(c.Ids!.Value.Count(ids.Contains).ToString("#,0", words.Culture)).Append("</td>");
            }

            var met = members.Sum(n => kpis.TryGetValue(n, out var k) ? k.Met : 0);
            var all = members.Sum(n => kpis.TryGetValue(n, out var k) ? k.All : 0);
            h.Append("<td class=\"num\">").Append(all == 0 ? "–" : E(T("report:html.ofTotal", ("Count", Whole(met)), ("Total", Whole(all))))).Append("</td></tr>\n");
        }

        h.Append("</tbody>\n</table>\n");
    }

    /// <summary>A short list: the first rows in the list's own order (the top risks first), with the portfolio holder of each, and a pointer to the rest.</summary>
    private static void CollegeWorklist(StringBuilder h, ReportWorklist list, HolderGroups holders, ReportWords words)
    {
        string T(string key, params (string Name, string Value)[] arguments) => words.Say(key, arguments);
        var culture = words.Culture;
        h.Append("<h3>").Append(E(words.Title(list))).Append(" (").Append(E(list.Items.Length.ToString("#,0", culture))).Append(")</h3>\n");
        if (list.Items.IsEmpty)
        {
            h.Append("<p>").Append(E(T("report:html.noItems"))).Append("</p>\n");
            return;
        }

        // Rows of one portfolio holder together, the holder named once.
        var rows = list.Items.Take(CollegeRows).Select((item, i) => (Item: item, Order: i, Group: holders.Of(item.PortfolioHolder, item.Department, item.Organization)))
            .OrderBy(r => r.Group, StringComparer.Ordinal).ThenBy(r => r.Order).ToList();
        h.Append("<table class=\"short\">\n<caption>").Append(E(words.Title(list))).Append("</caption>\n<thead><tr>")
            .Append("<th scope=\"col\">").Append(E(T("report:html.holder"))).Append("</th>")
            .Append("<th scope=\"col\">").Append(E(T("report:html.project"))).Append("</th>")
            .Append("<th scope=\"col\">").Append(E(T("report:html.reason"))).Append("</th></tr></thead>\n<tbody>\n");
        for (var i = 0; i < rows.Count; i++)
        {
            var (item, _, group) = rows[i];
            h.Append("<tr><td>").Append(i > 0 && rows[i - 1].Group == group ? "" : E(Shorten(group, CollegeLabel))).Append("</td><th scope=\"row\">").Append(E(Shorten(item.ProjectName, CollegeName)))
                .Append(" <span class=\"ids\">(").Append(E(item.ProjectId)).Append(")</span></th><td>").Append(E(Shorten(words.Reason(item), CollegeReason)));

            h.Append("</td></tr>\n");
        }

        h.Append("</tbody>\n</table>\n");
        if (list.Items.Length > rows.Count)
        {
            h.Append("<p class=\"more\">").Append(E(MoreInCdo(list.Items.Length - rows.Count, words))).Append("</p>\n");
        }
    }

    /// <summary>A text cut at the last space before <paramref name="max"/> characters, with an ellipsis.</summary>
    private static string Shorten(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', max - 1);
        return text.Substring(0, cut > max / 2 ? cut : max - 1).TrimEnd(',', ';', ':', ' ') + "…";
    }

    private static string MoreInCdo(int more, ReportWords words) =>
        words.Say("report:html.moreInCdo", ("More", Whole(more)), ("Report", words.Label(ReportAudience.Cdo)));

    /// <summary>
    /// Who answers for a project in the college: its portfolio holder (the function in its roles). In a report on several
    /// organisations each group is an organisation's holder (in one cell "Gemeente Eindhoven — Wethouder"; the table per
    /// holder gives the organisation its own column), the organisations in order; a project that names no holder is in
    /// its organisation's (or, in a report on one organisation, its department's) group of projects with no portfolio
    /// holder named, after the holders, as the note under the table says.
    /// </summary>
    private sealed class HolderGroups
    {
        private readonly ReportWords words;
        private readonly Dictionary<string, string> byProject = new(StringComparer.Ordinal);

        public HolderGroups(PortfolioReport report, ReportWords words)
        {
            this.words = words;
            SeveralOrganisations = report.Projects.Select(p => p.Organization ?? "").Distinct(StringComparer.Ordinal).Skip(1).Any();
            var keys = new Dictionary<string, (string Organisation, string Holder, bool Named)>(StringComparer.Ordinal);
            foreach (var p in report.Projects)
            {
                var (organisation, holder) = Parts(p.PortfolioHolder, p.Department, p.Organization);
                var group = Name(organisation, holder);
                byProject[p.Id] = group;
                keys[group] = (organisation, holder, p.PortfolioHolder is { Length: > 0 });
            }

            Groups = [.. byProject.GroupBy(p => p.Value, StringComparer.Ordinal)
                .Select(g => (Name: g.Key, keys[g.Key].Organisation, keys[g.Key].Holder, Ids: g.Select(p => p.Key).ToList()))
                .OrderBy(g => g.Organisation, StringComparer.Ordinal).ThenBy(g => keys[g.Name].Named ? 0 : 1)
                .ThenByDescending(g => g.Ids.Count).ThenBy(g => g.Name, StringComparer.Ordinal)];
        }

        /// <summary>Whether the report is on more than one organisation: then a group is an organisation's.</summary>
        public bool SeveralOrganisations { get; }

        /// <summary>
        /// The groups in the order to read them: per organisation, its holders by size, then its projects without one.
        /// The name is the group in one cell; the organisation is empty in a report on one organisation.
        /// </summary>
        public List<(string Name, string Organisation, string Holder, List<string> Ids)> Groups { get; }

        public string OfProject(string id) => byProject.TryGetValue(id, out var group) ? group : words.Say("report:html.holderUnknown");

        /// <summary>The group in one cell: "Gemeente Eindhoven — Wethouder", or the holder alone in a report on one organisation.</summary>
        public string Of(string? holder, string? department, string? organisation)
        {
            var (owner, name) = Parts(holder, department, organisation);
            return Name(owner, name);
        }

        private string Name(string organisation, string holder) =>
            organisation.Length > 0 ? words.Say("report:html.holderOf", ("Owner", organisation), ("Holder", holder)) : holder;

        /// <summary>The group's organisation (empty in a report on one organisation) and its holder, or what stands in for one.</summary>
        private (string Organisation, string Holder) Parts(string? holder, string? department, string? organisation)
        {
            var organisationName = SeveralOrganisations ? organisation is { Length: > 0 } ? organisation : words.Say("report:unknown") : "";
            if (holder is { Length: > 0 })
            {
                return (organisationName, holder);
            }

            var none = words.Say("report:noHolder");
            if (SeveralOrganisations)
            {
                return (organisationName, none);
            }

            return ("", department is { Length: > 0 } ? words.Say("report:html.holderOf", ("Owner", department), ("Holder", none)) : char.ToUpper(none[0], words.Culture) + none.Substring(1));
        }
    }
}
