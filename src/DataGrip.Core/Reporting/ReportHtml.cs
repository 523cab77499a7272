using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace DataGrip.Core.Reporting;

/// <summary>
/// One self-contained HTML document: no script, no external resource (a Content-Security-Policy of
/// <c>default-src 'none'</c> says so to the browser), headings in order, every chart an inline SVG with a text
/// alternative and the data table behind it, and a print stylesheet for A4.
/// </summary>
internal static partial class ReportHtml
{
    private const int MaxIdsShown = 50;

    /// <summary>The most rows of one worklist the HTML shows; the CSV and the JSON hold them all.</summary>
    private const int MaxRowsShown = 100;

    private const string Style = """
        :root { color-scheme: light; }
        * { box-sizing: border-box; }
        body { font-family: "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #1b1b1b; background: #fff; margin: 0; line-height: 1.5; font-size: 16px; }
        header, main, footer, nav { max-width: 60rem; margin: 0 auto; padding: 0 1.25rem; }
        header { border-bottom: 4px solid #154273; padding-top: 1.5rem; padding-bottom: 1rem; }
        h1 { font-size: 1.9rem; margin: 0 0 .25rem; color: #154273; }
        h2 { font-size: 1.45rem; margin: 2.2rem 0 .75rem; color: #154273; border-bottom: 1px solid #c9d3df; padding-bottom: .25rem; }
        h3 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; }
        .meta { margin: 0; color: #3d3d3d; }
        nav ol { columns: 2; padding-left: 1.25rem; }
        a { color: #0b4f8a; }
        a:focus, summary:focus { outline: 3px solid #f5a623; outline-offset: 2px; }
        .figures { display: flex; flex-wrap: wrap; gap: .75rem; list-style: none; padding: 0; margin: 0 0 1rem; }
        .figures li { flex: 1 1 13rem; border: 1px solid #c9d3df; border-left: 6px solid #154273; padding: .6rem .8rem; background: #f4f7fa; }
        .figures .value { display: block; font-size: 1.6rem; font-weight: 700; color: #154273; }
        .figures .delta { font-size: .9rem; color: #3d3d3d; }
        .definition { font-size: .9rem; color: #3d3d3d; margin: .25rem 0 .5rem; }
        figure { margin: 1rem 0 1.5rem; break-inside: avoid; }
        figcaption { font-weight: 600; margin-bottom: .4rem; }
        svg { max-width: 100%; height: auto; }
        table { border-collapse: collapse; width: 100%; margin: .5rem 0 1.25rem; font-size: .92rem; }
        caption { text-align: left; font-weight: 600; padding: .3rem 0; }
        th, td { border: 1px solid #c9d3df; padding: .3rem .45rem; text-align: left; vertical-align: top; }
        th { background: #e8eef5; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        td.num { white-space: nowrap; }
        details { margin: .2rem 0; }
        summary { cursor: pointer; color: #0b4f8a; }
        .ids { font-size: .85rem; color: #3d3d3d; }
        .finding-warning { border-left: 5px solid #b35c00; padding-left: .5rem; }
        .finding-error { border-left: 5px solid #a4001d; padding-left: .5rem; }
        .finding-info { border-left: 5px solid #3d3d3d; padding-left: .5rem; }
        .project { border: 1px solid #c9d3df; padding: .6rem .9rem; margin: .6rem 0; break-inside: avoid; }
        .project h4 { margin: 0 0 .3rem; font-size: 1.02rem; }
        .project dl { display: grid; grid-template-columns: 11rem 1fr; gap: .15rem .75rem; margin: 0; }
        .project dt { font-weight: 600; }
        .project dd { margin: 0; }
        .note, .more { font-size: .9rem; color: #3d3d3d; margin: .25rem 0 .75rem; }
        table.departments th[scope="row"] { width: 30%; }
        .legend { font-size: .85rem; margin: .2rem 0 .5rem; }
        .legend .part { white-space: nowrap; margin-right: .6rem; }
        .code { font-weight: 400; font-size: .75rem; color: #3d3d3d; white-space: nowrap; }
        table.headline td.value { font-weight: 700; color: #154273; white-space: nowrap; width: 6rem; }
        table.headline caption, table.holders caption, table.short caption { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
        footer { border-top: 1px solid #c9d3df; margin-top: 2.5rem; padding-top: .75rem; padding-bottom: 2rem; font-size: .85rem; color: #3d3d3d; }
        /* On screen the browser lays out only the sections and charts in view (a 1,000-project report opens twice as fast); print lays out everything. */
        @media screen {
          main > section { content-visibility: auto; contain-intrinsic-size: auto 1500px; }
          main > section > figure { content-visibility: auto; contain-intrinsic-size: auto 300px; }
        }
        @page { size: A4; margin: 16mm 14mm 18mm; }
        @page note { size: A4; margin: 10mm 12mm; }
        @media print {
          body { font-size: 10.5pt; }
          header, main, footer, nav { max-width: none; padding: 0; }
          nav, details { display: none; }
          h2 { break-before: page; break-after: avoid; }
          section:first-of-type h2 { break-before: auto; }
          h3, figcaption, caption { break-after: avoid; }
          tr, .figures li { break-inside: avoid; }
          a { color: #1b1b1b; text-decoration: none; }
          .figures li { background: #fff; }
          /* The college's report is a note of at most two pages: no page per section, the chart without its table (the screen keeps both), small type. */
          .audience-college { page: note; font-size: 9pt; line-height: 1.3; }
          .audience-college table.holders th:first-child { width: 34%; }
          .audience-college table.holders.by-organisation thead th:first-child { width: 15%; }
          .audience-college table.holders.by-organisation thead th:nth-child(2) { width: 25%; }
          .audience-college table.short td:first-child { width: 26%; }
          .audience-college table.short th[scope="row"] { width: 30%; }
          .audience-college header { padding-top: 0; padding-bottom: .3rem; border-bottom-width: 3px; }
          .audience-college h1 { font-size: 15pt; }
          .audience-college h2 { break-before: auto; font-size: 11.5pt; margin: .5rem 0 .2rem; }
          .audience-college h3 { font-size: 9.5pt; margin: .45rem 0 .15rem; }
          .audience-college table { font-size: 8pt; margin: .15rem 0 .35rem; }
          .audience-college th, .audience-college td { padding: .05rem .3rem; }
          .audience-college figure { margin: .2rem 0 .35rem; }
          .audience-college figcaption, .audience-college .note, .audience-college .more { font-size: 8pt; margin: .1rem 0 .2rem; }
          .audience-college table.chart-data, .audience-college .ids, .audience-college table.headline thead { display: none; }
          .audience-college .legend { font-size: 8pt; margin: 0 0 .2rem; }
          .audience-college footer { margin-top: .6rem; padding-top: .2rem; padding-bottom: 0; }
          .audience-college #findings p, .audience-college #findings li { font-size: 8pt; }
          .audience-college #findings .every { display: none; }
          .audience-college .code { display: none; }
        }
        """;

    public static string Write(PortfolioReport report, ReportWords words)
    {
        var h = new StringBuilder(64 * 1024);
        string T(string key, params (string Name, string Value)[] arguments) => words.Say(key, arguments);
        var culture = words.Culture;
        var audience = AudienceName(report.Audience, words);
        // An export of several organisations' projects (a region's, a shared service's) is not its publisher's portfolio: the title names no one, the header says whose projects they are.
        var organisations = report.Projects.Select(x => x.Organization).Where(o => !string.IsNullOrEmpty(o)).Distinct(StringComparer.Ordinal).ToList();
        var ofOthers = organisations.Count > 1 || (organisations.Count == 1 && report.Publisher is { } publisher && organisations[0] != publisher);
        var title = T("report:html.title") + (report.Publisher is { } p && !ofOthers ? ": " + p : "");
        var names = report.Projects.ToDictionary(x => x.Id, x => x.Name, StringComparer.Ordinal);

        h.Append("<!DOCTYPE html>\n<html lang=\"").Append(words.Language).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"generator\" content=\"").Append(E(report.Generator)).Append("\">\n")
            .Append("<title>").Append(E(title)).Append(" — ").Append(E(audience)).Append("</title>\n<style>\n").Append(Style).Append("\n</style>\n</head>\n<body class=\"audience-").Append(Risk.Wire.Name(report.Audience)).Append("\">\n");

        h.Append("<header>\n<h1>").Append(E(title)).Append("</h1>\n<p class=\"meta\">")
            .Append(E(T("report:html.reportFor"))).Append("<strong>").Append(E(audience)).Append("</strong> · ")
            .Append(E(T("report:html.asOf", ("Date", Date(report.AsOf, culture))))).Append(" · ")
            .Append(E(T("report:html.period", ("Start", Date(report.PeriodStart, culture)), ("End", Date(report.AsOf, culture)))))
            .Append("</p>\n<p class=\"meta\">")
            .Append(E(Whose(report, organisations, ofOthers, words)));
        if (report.FrameworkName.Length > 0)
        {
            h.Append(" · ").Append(E(T("report:html.framework", ("Framework", report.FrameworkName))));
        }

        if (report.HasPrevious && report.PreviousGeneratedAt is { } previous)
        {
            h.Append(" · ").Append(E(T("report:html.comparedWith", ("Date", Date(previous.UtcDateTime, culture)))));
        }

        h.Append("</p>\n</header>\n");

        h.Append("<nav aria-label=\"").Append(E(T("report:html.contents"))).Append("\">\n<h2 id=\"contents\">").Append(E(T("report:html.contents"))).Append("</h2>\n<ol>\n");
        foreach (var section in report.Sections)
        {
            h.Append("<li><a href=\"#").Append(section.Key).Append("\">").Append(E(words.Title(section))).Append("</a></li>\n");
        }

        if (report.Audience == ReportAudience.Public)
        {
            h.Append("<li><a href=\"#projects\">").Append(E(T("report:html.projectsByTheme"))).Append("</a></li>\n");
        }

        if (report.Audience == ReportAudience.Cdo)
        {
            h.Append("<li><a href=\"#worklists\">").Append(E(T("report:html.worklistsByDepartment"))).Append("</a></li>\n");
        }

        h.Append("<li><a href=\"#findings\">").Append(E(T("report:html.aboutTheData"))).Append("</a></li>\n</ol>\n</nav>\n<main>\n");

        var chart = 0;
        var number = 0;
        var holders = report.Audience == ReportAudience.College ? new HolderGroups(report, words) : null;
        foreach (var section in report.Sections)
        {
            // An audience's report numbers its own sections 1, 2, 3…; the JSON keeps the issue's numbers.
            number++;
            h.Append("<section id=\"").Append(section.Key).Append("\" aria-labelledby=\"h-").Append(section.Key).Append("\">\n<h2 id=\"h-").Append(section.Key).Append("\">")
                .Append(number.ToString(CultureInfo.InvariantCulture)).Append(". ").Append(E(words.Title(section))).Append("</h2>\n");
            if (section.Key == "changes" && !report.HasPrevious)
            {
                h.Append("<p>").Append(E(T("report:html.noPrevious"))).Append("</p>\n");
            }

            if (holders is not null)
            {
                CollegeSection(h, report, section, holders, ref chart, names, words);
                h.Append("</section>\n");
                continue;
            }

            var singles = section.Metrics.Where(m => m.Category is null).ToList();
            if (singles.Count > 0)
            {
                h.Append("<ul class=\"figures\">\n");
                foreach (var m in singles)
                {
                    h.Append("<li><span class=\"value\">").Append(E(Value(m, words))).Append("</span>").Append(E(words.Explanation(m)));
                    if (m.PreviousValue is { } before)
                    {
                        h.Append(" <span class=\"delta\">(").Append(E(T("report:html.previously", ("Value", Plain(m.Unit, before, words))))).Append(")</span>");
                    }

                    h.Append("<p class=\"definition\">").Append(E(words.Definition(m))).Append("</p>");
                    Ids(h, m, names, words);
                    h.Append("</li>\n");
                }

                h.Append("</ul>\n");
            }

            foreach (var group in section.Metrics.Where(m => m.Category is not null).GroupBy(m => m.Code))
            {
                Breakdown(h, group.ToList(), ++chart, names, words, report.HasPrevious);
            }

            foreach (var list in section.Worklists)
            {
                Worklist(h, list, report.Audience, words);
            }

            h.Append("</section>\n");
        }

        if (report.Audience == ReportAudience.Public)
        {
            Catalogue(h, report, words);
        }

        if (report.Audience == ReportAudience.Cdo)
        {
            WorklistsByDepartment(h, report, words);
        }

        h.Append("<section id=\"findings\" aria-labelledby=\"h-findings\">\n<h2 id=\"h-findings\">").Append(E(T("report:html.aboutTheData"))).Append("</h2>\n");
        if (report.Findings.IsEmpty)
        {
            h.Append("<p>").Append(E(T("report:html.noProblems"))).Append("</p>\n");
        }
        else
        {
            // The college's note names the first few; the other audiences' reports name them all.
            var shown = holders is null ? report.Findings.Length : Math.Min(CollegeFindings, report.Findings.Length);
            h.Append("<ul>\n");
            foreach (var f in report.Findings.Take(shown))
            {
                h.Append("<li class=\"finding-").Append(f.Severity.ToString().ToLowerInvariant()).Append("\">").Append(E(f.Code)).Append(": ").Append(E(words.Message(f))).Append("</li>\n");
            }

            h.Append("</ul>\n");
            if (shown < report.Findings.Length)
            {
                h.Append("<p class=\"more\">").Append(E(MoreInCdo(report.Findings.Length - shown, words))).Append("</p>\n");
            }
        }

        h.Append("<p class=\"every\">").Append(E(T("report:html.everyFigure"))).Append("</p>\n</section>\n</main>\n");
        h.Append("<footer><p>").Append(E(report.Generator)).Append(" · ").Append(E(T("report:html.format", ("Version", report.FormatVersion))));
        if (report.ExportGeneratedAt is { } made)
        {
            h.Append(" · ").Append(E(T("report:html.exportMade", ("Date", Date(made.UtcDateTime, culture)))));
        }

        h.Append("</p></footer>\n</body>\n</html>\n");
        return h.ToString();
    }

    /// <summary>How many projects the report covers, and of which organisations when they are not (all) the publisher's: "66 projecten van 5 organisaties, uitgegeven door Gemeente Utrecht".</summary>
    private static string Whose(PortfolioReport report, List<string?> organisations, bool ofOthers, ReportWords words)
    {
        var projects = words.Count(report.Projects.Length, "project");
        if (!ofOthers)
        {
            return projects;
        }

        var of = organisations.Count == 1 ? organisations[0]! : words.Count(organisations.Count, "organisation");
        return report.Publisher is { } publisher
            ? words.Say("report:html.projectsOfPublished", ("Projects", projects), ("Organisations", of), ("Publisher", publisher))
            : words.Say("report:html.projectsOf", ("Projects", projects), ("Organisations", of));
    }

    /// <summary>A breakdown as an SVG bar chart with its data table; <paramref name="compact"/> (the college's note) draws smaller bars and leaves the empty categories out of the chart, not the table.</summary>
    private static void Breakdown(StringBuilder h, List<ReportMetric> metrics, int chart, Dictionary<string, string> names, ReportWords words, bool hasPrevious, bool compact = false)
    {
        var culture = words.Culture;
        var first = metrics[0];
        var id = "chart-" + chart.ToString(CultureInfo.InvariantCulture);
        var caption = words.Definition(first);
        var max = metrics.Max(m => Bar(m));
        var rowHeight = compact ? 16 : 26;
        var fontSize = compact ? "12" : "13";
        var baseline = compact ? 12 : 17;
        var labelWidth = compact ? 300 : 340;
        const int barWidth = 330;

        // Room after the longest bar for its value: "12.345 (100,0 %)" at 13 px.
        const int valueWidth = 120;
        var bars = compact && metrics.Any(m => m.Numerator > 0) ? metrics.Where(m => m.Numerator > 0).ToList() : metrics;

        // In the college's note a breakdown whose parts make up the whole (the phases, the KPIs' status) is one stacked bar.
        var stacked = compact && IsPartition(metrics);
        var height = stacked ? StackHeight : (bars.Count * rowHeight) + 8;
        var alt = string.Join(" ", metrics.Select(m => words.Explanation(m)));

        h.Append("<figure aria-labelledby=\"").Append(id).Append("-caption\">\n<figcaption id=\"").Append(id).Append("-caption\">").Append(E(caption)).Append("</figcaption>\n");
        h.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"").Append(id).Append("-title ").Append(id).Append("-desc\" viewBox=\"0 0 ")
            .Append(labelWidth + barWidth + valueWidth).Append(' ').Append(height).Append("\" width=\"").Append(labelWidth + barWidth + valueWidth).Append("\" height=\"").Append(height).Append("\">")
            .Append("<title id=\"").Append(id).Append("-title\">").Append(E(caption)).Append("</title>")
            .Append("<desc id=\"").Append(id).Append("-desc\">").Append(E(alt)).Append("</desc>");
        for (var i = 0; i < (stacked ? 0 : bars.Count); i++)
        {
            var m = bars[i];
            var y = 4 + (i * rowHeight);
            var width = max <= 0 ? 0 : (int)Math.Round(barWidth * Bar(m) / max);
            var label = m.GetLabel(culture) ?? m.Category ?? "";
            if (label.Length > 50)
            {
                label = label.Substring(0, 49) + "…";
            }

            h.Append("<text x=\"").Append(labelWidth - 8).Append("\" y=\"").Append(y + baseline).Append("\" text-anchor=\"end\" font-size=\"").Append(fontSize).Append("\" fill=\"#1b1b1b\">").Append(E(label)).Append("</text>")
                .Append("<rect x=\"").Append(labelWidth).Append("\" y=\"").Append(y + 3).Append("\" width=\"").Append(Math.Max(width, 1)).Append("\" height=\"").Append(rowHeight - (compact ? 6 : 8))
                .Append("\" fill=\"#154273\"/>")
                .Append("<text x=\"").Append(labelWidth + Math.Max(width, 1) + 6).Append("\" y=\"").Append(y + baseline).Append("\" font-size=\"").Append(fontSize).Append("\" fill=\"#1b1b1b\">").Append(E(Value(m, words))).Append("</text>");
        }

        if (stacked)
        {
            Stack(h, bars, labelWidth + barWidth + valueWidth, words);
        }
        else
        {
            h.Append("</svg>\n");
        }

        string T(string key) => words.Say(key);
        h.Append("<table class=\"chart-data\">\n<caption>").Append(E(words.Say("report:html.chartData", ("Caption", caption), ("Code", first.Code)))).Append("</caption>\n<thead><tr>")
            .Append("<th scope=\"col\">").Append(E(T("report:html.category"))).Append("</th>")
            .Append("<th scope=\"col\" class=\"num\">").Append(E(T("report:html.value"))).Append("</th>")
            .Append("<th scope=\"col\" class=\"num\">").Append(E(T("report:html.count"))).Append("</th>")
            .Append("<th scope=\"col\" class=\"num\">").Append(E(T("report:html.of"))).Append("</th>");
        if (hasPrevious)
        {
            h.Append("<th scope=\"col\" class=\"num\">").Append(E(T("report:html.previousValue"))).Append("</th>");
        }

        h.Append("<th scope=\"col\">").Append(E(T("report:html.projects"))).Append("</th></tr></thead>\n<tbody>\n");
        foreach (var m in metrics)
        {
            h.Append("<tr><th scope=\"row\">").Append(E(m.GetLabel(culture) ?? m.Category ?? "")).Append("</th><td class=\"num\">").Append(E(Value(m, words))).Append("</td><td class=\"num\">")
                .Append(m.Numerator.ToString("#,0", culture)).Append("</td><td class=\"num\">").Append(m.Denominator.ToString("#,0", culture)).Append("</td>");
            if (hasPrevious)
            {
                h.Append("<td class=\"num\">").Append(m.PreviousValue is { } before ? E(Previous(m, before, words)) : "–").Append("</td>");
            }

            h.Append("<td>");
            Ids(h, m, names, words);
            h.Append("</td></tr>\n");
        }

        h.Append("</tbody>\n</table>\n</figure>\n");
    }

    private static void Ids(StringBuilder h, ReportMetric m, Dictionary<string, string> names, ReportWords words)
    {
        if (m.ProjectIds.IsEmpty)
        {
            return;
        }

        h.Append("<details><summary>").Append(E(words.Count(m.ProjectIds.Length, "project"))).Append("</summary><p class=\"ids\">");
        var shown = m.ProjectIds.Take(MaxIdsShown).Select(id => names.TryGetValue(id, out var name) ? name + " (" + id + ")" : id);
        h.Append(E(string.Join("; ", shown)));
        if (m.ProjectIds.Length > MaxIdsShown)
        {
            var more = m.ProjectIds.Length - MaxIdsShown;
            h.Append(E(words.Say("report:html.moreIds", ("More", Whole(more)))));
        }

        h.Append("</p></details>");
    }

    private static void Worklist(StringBuilder h, ReportWorklist list, ReportAudience audience, ReportWords words)
    {
        var culture = words.Culture;
        string T(string key, params (string Name, string Value)[] arguments) => words.Say(key, arguments);
        h.Append("<h3>").Append(E(words.Title(list))).Append("</h3>\n");
        if (list.Items.IsEmpty)
        {
            h.Append("<p>").Append(E(T("report:html.noItems"))).Append("</p>\n");
            return;
        }

        // The CDO office works its lists per organisation and department (the count of each in its caption); the council reads one list.
        var items = list.Items.Take(MaxRowsShown).ToList();
        var groups = audience == ReportAudience.Cdo
            ? [.. items.GroupBy(i => Department(i, words)).OrderBy(g => g.Key, StringComparer.Ordinal)]
            : items.GroupBy(_ => "").ToList();
        foreach (var group in groups)
        {
            h.Append("<table>\n<caption>").Append(E(words.Title(list)));
            if (group.Key.Length > 0)
            {
                h.Append(" — ").Append(E(group.Key));
            }

            h.Append(" (").Append(E(words.Count(group.Count(), "project"))).Append(")</caption>\n<thead><tr>")
                .Append("<th scope=\"col\">").Append(E(T("report:html.project"))).Append("</th>")
                .Append("<th scope=\"col\">").Append(E(T("report:html.organisationAndDepartment"))).Append("</th>")
                .Append("<th scope=\"col\">").Append(E(T("report:html.reason"))).Append("</th></tr></thead>\n<tbody>\n");
            foreach (var item in group)
            {
                h.Append("<tr><th scope=\"row\">").Append(E(item.ProjectName)).Append(" <span class=\"ids\">(").Append(E(item.ProjectId)).Append(")</span></th><td>")
                    .Append(E(string.Join(", ", new[] { item.Organization, item.Department }.Where(x => !string.IsNullOrEmpty(x))))).Append("</td><td>").Append(E(words.Reason(item)));

                if (item.Link is { } link && IsWebLink(link))
                {
                    h.Append(" <a href=\"").Append(E(link)).Append("\">").Append(E(T("report:html.inRegister"))).Append("</a>");
                }

                h.Append("</td></tr>\n");
            }

            h.Append("</tbody>\n</table>\n");
        }

        if (list.Items.Length > MaxRowsShown)
        {
            var more = list.Items.Length - MaxRowsShown;
            h.Append("<p>").Append(E(T("report:html.moreRows", ("Shown", Whole(MaxRowsShown)), ("Total", Whole(list.Items.Length)), ("More", Whole(more))))).Append("</p>\n");
        }
    }

    /// <summary>Where a worklist item belongs in the CDO office's lists: its organisation and department.</summary>
    private static string Department(ReportWorklistItem item, ReportWords words) =>
        string.Join(", ", new[] { item.Organization, item.Department }.Where(x => !string.IsNullOrEmpty(x))) is { Length: > 0 } name ? name : words.Say("report:html.departmentUnknown");

    /// <summary>The worklists of things to do, in the CDO office's overview (the lists of what is, such as the impactful algorithms, are not).</summary>
    private static readonly string[] OverviewLists =
        ["stuckPilots", "decisionsDue", "assessmentGaps", "frameworkBreaches", "impactfulNotRegistered", "councilDecisionMissing", "staleRegistrations", "noMeasurableGoal"];

    /// <summary>The CDO office's overview: per organisation and department, how many projects are on each worklist of things to do.</summary>
    private static void WorklistsByDepartment(StringBuilder h, PortfolioReport report, ReportWords words)
    {
        string T(string key) => words.Say(key);
        var culture = words.Culture;
        var lists = report.Sections.SelectMany(s => s.Worklists).Where(w => OverviewLists.Contains(w.Key)).ToList();
        var counts = lists.Select(w => w.Items.GroupBy(i => Department(i, words)).ToDictionary(g => g.Key, g => g.Select(i => i.ProjectId).Distinct(StringComparer.Ordinal).Count(), StringComparer.Ordinal)).ToList();
        var departments = counts.SelectMany(c => c.Keys).Distinct(StringComparer.Ordinal).OrderBy(d => d, StringComparer.Ordinal).ToList();
        h.Append("<section id=\"worklists\" aria-labelledby=\"h-worklists\">\n<h2 id=\"h-worklists\">").Append(E(T("report:html.worklistsByDepartment"))).Append("</h2>\n<p>")
            .Append(E(T("report:html.worklistsNote"))).Append("</p>\n<table class=\"departments\">\n<caption>").Append(E(T("report:html.worklistsByDepartment"))).Append("</caption>\n<thead><tr><th scope=\"col\">")
            .Append(E(T("report:html.organisationAndDepartment"))).Append("</th>");
        foreach (var list in lists)
        {
            h.Append("<th scope=\"col\" class=\"num\">").Append(E(words.Title(list))).Append("</th>");
        }

        h.Append("</tr></thead>\n<tbody>\n");
        foreach (var department in departments)
        {
            h.Append("<tr><th scope=\"row\">").Append(E(department)).Append("</th>");
            foreach (var c in counts)
            {
                h.Append("<td class=\"num\">").Append(c.TryGetValue(department, out var n) ? n.ToString("#,0", culture) : "0").Append("</td>");
            }

            h.Append("</tr>\n");
        }

        h.Append("<tr><th scope=\"row\">").Append(E(T("report:html.total"))).Append("</th>");
        foreach (var list in lists)
        {
            h.Append("<td class=\"num\">").Append(list.Items.Select(i => i.ProjectId).Distinct(StringComparer.Ordinal).Count().ToString("#,0", culture)).Append("</td>");
        }

        h.Append("</tr>\n</tbody>\n</table>\n</section>\n");
    }

    private static void Catalogue(StringBuilder h, PortfolioReport report, ReportWords words)
    {
        string T(string key) => words.Say(key);
        h.Append("<section id=\"projects\" aria-labelledby=\"h-projects\">\n<h2 id=\"h-projects\">").Append(E(T("report:html.projectsByTheme"))).Append("</h2>\n")
            .Append("<p>").Append(E(T("report:html.catalogue"))).Append("</p>\n");
        var byTheme = report.Projects
            .SelectMany(p => p.Themes.IsEmpty ? [(Theme: "", Project: p)] : p.Themes.Select(t => (Theme: t, Project: p)))
            .GroupBy(x => x.Theme)
            .OrderBy(g => g.Key.Length == 0 ? 1 : 0).ThenBy(g => ThemeLabel(g.Key, words), StringComparer.Ordinal);
        foreach (var group in byTheme)
        {
            h.Append("<h3>").Append(E(ThemeLabel(group.Key, words))).Append("</h3>\n");
            foreach (var p in group.Select(x => x.Project).OrderBy(p => p.Name, StringComparer.Ordinal))
            {
                h.Append("<article class=\"project\" aria-label=\"").Append(E(p.Name)).Append("\"><h4>").Append(E(p.Name)).Append("</h4><dl>");
                Field(h, T("report:html.organisation"), p.Organization);
                Field(h, T("report:html.what"), p.What);
                Field(h, T("report:html.why"), p.Why);
                Field(h, T("report:html.oversight"), p.HumanOversight);
                Field(h, T("report:html.objection"), p.Objection);
                Field(h, T("report:html.contact"), p.Contact);
                if (p.RegisterLink is { } link && IsWebLink(link))
                {
                    h.Append("<dt>").Append(E(T("report:html.register"))).Append("</dt><dd><a href=\"").Append(E(link)).Append("\">").Append(E(link)).Append("</a></dd>");
                }

                h.Append("</dl></article>\n");
            }
        }

        h.Append("</section>\n");
    }

    private static string ThemeLabel(string wire, ReportWords words)
    {
        if (wire.Length > 0 && Risk.Wire.TryParse<Model.Theme>(wire, out var theme))
        {
            return words.Label(theme);
        }

        return words.Say("report:html.noTheme");
    }

    private static void Field(StringBuilder h, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            h.Append("<dt>").Append(E(name)).Append("</dt><dd>").Append(E(value!)).Append("</dd>");
        }
    }

    private static bool IsWebLink(string link) => link.StartsWith("https://", StringComparison.Ordinal) || link.StartsWith("http://", StringComparison.Ordinal);

    private static decimal Bar(ReportMetric m) => m.Unit == MetricUnit.Count ? m.Numerator : m.Value;

    private static string Value(ReportMetric m, ReportWords words) => m.Unit == MetricUnit.Count && m.Category is not null
        ? CountOf(m.Numerator, m.Denominator, words)
        : Plain(m.Unit, m.Value, words);

    /// <summary>The previous value as the value is shown: a category's count with its share of the previous whole when that is known.</summary>
    private static string Previous(ReportMetric m, decimal before, ReportWords words) => m.Unit == MetricUnit.Count && m.Category is not null && m.PreviousDenominator is { } whole
        ? CountOf((int)before, whole, words)
        : Plain(m.Unit, before, words);

    /// <summary>A count with its share of the whole, "5 (7,6 %)"; the count alone when the whole is empty.</summary>
    private static string CountOf(int count, int whole, ReportWords words) => whole > 0
        ? count.ToString("#,0", words.Culture) + " (" + words.Percent(count, whole) + ")"
        : count.ToString("#,0", words.Culture);

    /// <summary>A value in its unit, as the figure and its previous value are both shown.</summary>
    private static string Plain(MetricUnit unit, decimal value, ReportWords words) => unit switch
    {
        MetricUnit.Share => words.Say("report:percent", ("Value", ReportText.Number(value, unit, words.Dutch))),
        MetricUnit.Months => words.Say("report:months", ("Value", ReportText.Number(value, unit, words.Dutch))),
        _ => ReportText.Number(value, unit, words.Dutch),
    };

    /// <summary>A count as the interpolated text it was: digits only, no group separator.</summary>
    private static string Whole(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string AudienceName(ReportAudience audience, ReportWords words) => words.Label(audience);

    private static string Date(DateTime date, CultureInfo culture) => date.ToString("d MMMM yyyy", culture);

    /// <summary>HTML-escapes text for element content and quoted attributes.</summary>
    private static string E(string text)
    {
        var needs = false;
        foreach (var c in text)
        {
            if (c is '&' or '<' or '>' or '"' or '\'')
            {
                needs = true;
                break;
            }
        }

        if (!needs)
        {
            return text;
        }

        var b = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            b.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return b.ToString();
    }
}
