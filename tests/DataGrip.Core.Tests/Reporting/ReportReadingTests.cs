using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using DataGrip.Core.Model;
using DataGrip.Core.Reporting;

namespace DataGrip.Core.Tests.Reporting;

/// <summary>
/// The sample's reports as the CDO office and a college member read them: a figure and its previous value with the
/// same decimals, one reuse row per project naming its partners, holders grouped per organisation, risk changes that
/// say from what to what, labels without a full stop before a colon, and a header that says whose projects they are.
/// </summary>
public sealed class ReportReadingTests
{
    private static readonly CultureInfo Nl = new("nl-NL");
    private static readonly CultureInfo En = new("en-GB");

    [Theory]
    [InlineData(MetricUnit.Count, 34, "34", "34")]
    [InlineData(MetricUnit.Count, 1234, "1.234", "1,234")]
    [InlineData(MetricUnit.Share, 0.3, "30,0", "30.0")]
    [InlineData(MetricUnit.Share, 0.3333, "33,3", "33.3")]
    [InlineData(MetricUnit.Score, 34, "34,0", "34.0")]
    [InlineData(MetricUnit.Score, 37.25, "37,3", "37.3")]
    [InlineData(MetricUnit.Months, 7, "7,0", "7.0")]
    public void AValue_HasTheDecimalsOfItsUnit_WholeOrNot(MetricUnit unit, double value, string dutch, string english)
    {
        Assert.Equal(dutch, ReportText.Number((decimal)value, unit, true));
        Assert.Equal(english, ReportText.Number((decimal)value, unit, false));
    }

    [Theory]
    [InlineData("nl-NL", "Sturen", "37,3", "34,0", "0,0 %")]
    [InlineData("en-GB", "Steering", "37.3", "34.0", "0.0%")]
    public void TheChartTables_ShowThePreviousValueLikeTheValue(string culture, string steering, string now, string before, string share)
    {
        var html = PortfolioReportWriter.WriteHtml(ReportFixtures.SampleReport(ReportAudience.Cdo), new CultureInfo(culture));

        // DG-M060: the mean score per perspective, one decimal in both columns.
        Assert.Contains($"<tr><th scope=\"row\">{steering}</th><td class=\"num\">{now}</td><td class=\"num\">66</td><td class=\"num\">66</td><td class=\"num\">{before}</td>", html, StringComparison.Ordinal);

        // Every value and previous value of a score, share or months has one decimal.
        foreach (Match row in Regex.Matches(html, "<tr><th scope=\"row\">[^<]*</th><td class=\"num\">([^<]*)</td><td class=\"num\">[^<]*</td><td class=\"num\">[^<]*</td><td class=\"num\">([^<]*)</td>"))
        {
            foreach (var cell in new[] { row.Groups[1].Value, row.Groups[2].Value }.Where(c => c.EndsWith('%') && !c.Contains('(') || c.EndsWith("mo", StringComparison.Ordinal) || c.EndsWith("mnd", StringComparison.Ordinal)))
            {
                Assert.Matches("^[0-9.,]*[0-9][.,][0-9]( ?%| mo| mnd)$", cell);
            }
        }

        // DG-M052: a share of the previous export is a percentage with one decimal too.
        Assert.Contains($"<td class=\"num\">{share}</td>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl-NL", "idee", "5 (7,6 %)", "6 (9,7 %)")]
    [InlineData("en-GB", "idea", "5 (7.6%)", "6 (9.7%)")]
    public void TheChartTables_ShowAPreviousCountWithItsShare_LikeTheCount(string culture, string idea, string now, string before)
    {
        var report = ReportFixtures.SampleReport(ReportAudience.Cdo);
        var html = PortfolioReportWriter.WriteHtml(report, new CultureInfo(culture));

        // DG-M002: 5 of 66 projects are ideas now, 6 of the previous export's 62 were.
        var ideas = report.Metric(ReportCodes.ByPhase, "idea")!;
        Assert.Equal((6m, 62), (ideas.PreviousValue, ideas.PreviousDenominator));
        Assert.Contains($"<tr><th scope=\"row\">{idea}</th><td class=\"num\">{now}</td><td class=\"num\">5</td><td class=\"num\">66</td><td class=\"num\">{before}</td>", html, StringComparison.Ordinal);

        // Every category's count that has its previous whole is shown with its share in both columns.
        foreach (var m in report.Metrics.Where(m => m.Unit == MetricUnit.Count && m.Category is not null && m.PreviousDenominator > 0))
        {
            Assert.Contains($"<td class=\"num\">{m.Denominator.ToString("#,0", new CultureInfo(culture))}</td><td class=\"num\">{((int)m.PreviousValue!.Value).ToString("#,0", new CultureInfo(culture))} (", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ThePreviousExport_HasAMetKpi_SoTheGoalsHaveAPreviousShare()
    {
        // generate_samples.py, MET_A_YEAR_AGO: Tilburg's WMO dashboard met its target in 2025 already.
        var report = ReportFixtures.SampleReport(ReportAudience.Cdo);

        Assert.Equal(1m, report.Metric(ReportCodes.KpiStatus, "met")!.PreviousValue);
        Assert.Equal(1m, report.Metric(ReportCodes.KpisByProgramme, "Programma 5 Zorg en welzijn")!.PreviousValue);
        Assert.Contains("<td class=\"num\">1 (3,2 %)</td>", PortfolioReportWriter.WriteHtml(report, Nl), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl-NL", "volledigheidsscore")]
    [InlineData("en-GB", "completeness score")]
    public void TheCsv_WritesEveryScoreWithOneDecimal(string culture, string words)
    {
        var csv = PortfolioReportWriter.WriteCsv(ReportFixtures.SampleReport(ReportAudience.Cdo), new CultureInfo(culture));

        var scores = Regex.Matches(csv, Regex.Escape(words) + " ([0-9][0-9.,]*)(?: → ([0-9][0-9.,]*))?").SelectMany(m => m.Groups.Values.Skip(1).Where(g => g.Success).Select(g => g.Value)).ToList();
        Assert.NotEmpty(scores);
        Assert.All(scores, s => Assert.Matches("^[0-9]+[.,][0-9]$", s));
    }

    [Theory]
    [InlineData("nl-NL", "bijzondere persoonsgegevens (alleen na raadsbesluit): geschonden door 6 projecten van 66.")]
    [InlineData("en-GB", "special categories of personal data (only after a council decision): broken by 6 projects of 66.")]
    public void AClauseWithALimit_ReadsAsOneLabel_WithOneColonBeforeItsCount(string culture, string expected)
    {
        var html = PortfolioReportWriter.WriteHtml(ReportFixtures.SampleReport(ReportAudience.Cdo), new CultureInfo(culture));

        Assert.Contains(expected, html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch("(persoonsgegevens|personal data): (alleen|only)", html);
    }

    [Fact]
    public void AReuseReason_SaysTheKindOnce_AndADuplicateReasonSaysWhyItIsOne()
    {
        var items = ReportFixtures.SampleReport(ReportAudience.Cdo).Sections.Single(s => s.Key == "reuse").Worklists.Single(w => w.Key == "reuse").Items;

        var reuse = items.Where(i => i.ReasonDutch.StartsWith("kans op hergebruik", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(reuse);
        Assert.All(reuse, i => Assert.DoesNotContain("elkaars werk", i.ReasonDutch, StringComparison.Ordinal));
        Assert.All(reuse, i => Assert.DoesNotContain("each other's work", i.ReasonEnglish, StringComparison.Ordinal));
        Assert.Contains(items, i => i.ReasonDutch.StartsWith("dubbel met", StringComparison.Ordinal) && i.ReasonDutch.Contains("twee projecten met dezelfde naam", StringComparison.Ordinal));
    }

    [Fact]
    public void TheReuseWorklist_HasOneRowPerProjectAndKind_NamingItsPartners()
    {
        var report = ReportFixtures.SampleReport(ReportAudience.Cdo);
        var list = report.Sections.Single(s => s.Key == "reuse").Worklists.Single(w => w.Key == "reuse");
        var names = report.Projects.ToDictionary(p => p.Id, p => p.Name, StringComparer.Ordinal);

        // The kind starts the reason: a project is on the list once per kind.
        Assert.All(list.Items.GroupBy(i => (i.ProjectId, Kind: i.ReasonEnglish.Substring(0, i.ReasonEnglish.IndexOf(" with ", StringComparison.Ordinal)))), g => Assert.Single(g));
        var leerlingenvervoer = Assert.Single(list.Items, i => i.ProjectId == "amsterdam-leerlingenvervoer-routes");
        Assert.True(leerlingenvervoer.OtherProjectIds.Length > 1);

        foreach (var item in list.Items)
        {
            Assert.NotEmpty(item.OtherProjectIds);
            Assert.DoesNotContain(item.ProjectId, item.OtherProjectIds);

            // Partners by name, not by id; the first few named, the rest counted.
            var named = item.OtherProjectIds.Take(OverlapPartners.Named).ToList();
            Assert.All(named, id => Assert.Contains(names[id] + " (", item.ReasonDutch, StringComparison.Ordinal));
            Assert.All(item.OtherProjectIds, id => Assert.DoesNotContain(id, item.ReasonDutch, StringComparison.Ordinal));
            var more = item.OtherProjectIds.Length - named.Count;
            Assert.Equal(more > 0, item.ReasonDutch.Contains($" en nog {more}: ", StringComparison.Ordinal));
            Assert.Equal(more > 0, item.ReasonEnglish.Contains($" and {more} more: ", StringComparison.Ordinal));

            // A pair is seen from both sides: the partner has the project among its own.
            Assert.All(item.OtherProjectIds, other => Assert.Contains(list.Items, i => i.ProjectId == other && i.OtherProjectIds.Contains(item.ProjectId)));
        }

        // The rows are the projects the metrics count.
        var counted = new[] { ReportCodes.Duplicates, ReportCodes.Overlaps, ReportCodes.ReuseOpportunities, ReportCodes.SharedSupplierProducts }
            .SelectMany(c => report.Metric(c)!.ProjectIds).Distinct().OrderBy(id => id, StringComparer.Ordinal);
        Assert.Equal(counted, list.Items.Select(i => i.ProjectId).Distinct().OrderBy(id => id, StringComparer.Ordinal));

        // The HTML says the partners once, in the reason; the CSV has a row per item with the partners' ids.
        var html = PortfolioReportWriter.WriteHtml(report, Nl);
        Assert.DoesNotContain("(met " + leerlingenvervoer.OtherProjectIds[0] + ")", html, StringComparison.Ordinal);
        var csv = PortfolioReportWriter.WriteCsv(report, Nl).Split("\r\n");
        var rows = csv.Where(l => l.StartsWith(list.TitleDutch + ";", StringComparison.Ordinal)).ToList();
        Assert.Equal(list.Items.Length, rows.Count);
        Assert.Single(rows, r => r.Contains(";amsterdam-leerlingenvervoer-routes;", StringComparison.Ordinal) && r.Contains(";" + string.Join(", ", leerlingenvervoer.OtherProjectIds) + ";", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(1, "A (0,98)", "A (0.98)")]
    [InlineData(2, "A (0,98) en B (Gemeente Tilburg, 0,91)", "A (0.98) and B (Gemeente Tilburg, 0.91)")]
    [InlineData(3, "A (0,98), B (Gemeente Tilburg, 0,91) en C (0,90)", "A (0.98), B (Gemeente Tilburg, 0.91) and C (0.90)")]
    [InlineData(5, "A (0,98), B (Gemeente Tilburg, 0,91), C (0,90) en nog 2", "A (0.98), B (Gemeente Tilburg, 0.91), C (0.90) and 2 more")]
    public void Partners_AreNamedWithTheirOrganisationAndScore_TheRestCounted(int count, string dutch, string english)
    {
        var all = new List<OverlapPartners.Partner> { new("A", null, 0.98m), new("B", "Gemeente Tilburg", 0.91m), new("C", null, 0.90m) };
        var partners = new OverlapPartners(all.Take(Math.Min(count, OverlapPartners.Named)).ToList(), count);

        Assert.Equal(dutch, partners.Write(true));
        Assert.Equal(english, partners.Write(false));
    }

    [Theory]
    [InlineData("nl-NL", "Organisatie", "geen portefeuillehouder genoemd", "Totaal")]
    [InlineData("en-GB", "Organisation", "no portfolio holder named", "Total")]
    public void TheCollege_ReadsHoldersPerOrganisation_InTwoColumns_EveryGroupShown(string culture, string organisation, string none, string total)
    {
        var report = ReportFixtures.SampleReport(ReportAudience.College);
        var html = PortfolioReportWriter.WriteHtml(report, new CultureInfo(culture));
        var rows = HolderRows(html);

        // The organisation and the holder each in a column of their own, the organisation once across its rows.
        Assert.Contains("<thead><tr><th scope=\"col\">" + organisation + "</th>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td rowspan=\"2\">Gemeente Amsterdam</td><th scope=\"row\">Wethouder</th>", html, StringComparison.Ordinal);
        Assert.Contains(("Gemeente Eindhoven", none), rows);
        Assert.Contains(("Gemeente Amsterdam", "Wethouder"), rows);
        Assert.DoesNotContain(rows, r => r.Holder.Contains(" — ", StringComparison.Ordinal) || r.Holder.Contains("Gemeente", StringComparison.Ordinal));
        Assert.DoesNotContain("Wethouder (Gemeente Eindhoven)", html, StringComparison.Ordinal);

        // Every group of the sample has its row: none is folded into "the other …"; the total last, across both columns.
        var groups = report.Projects.Select(p => (p.Organization, Holder: p.PortfolioHolder ?? none)).Distinct().ToList();
        Assert.Equal(groups.Count + 1, rows.Count);
        Assert.All(groups, g => Assert.Contains((g.Organization!, g.Holder), rows));
        Assert.Equal(("", total), rows[^1]);
        Assert.Contains("<th scope=\"row\" colspan=\"2\">" + total + "</th>", html, StringComparison.Ordinal);

        // Per organisation: each organisation's rows together, the holders before the projects without one.
        var organisations = rows.Take(rows.Count - 1).Select(r => r.Organisation).ToList();
        Assert.Equal(organisations.OrderBy(o => o, StringComparer.Ordinal), organisations);
        foreach (var block in rows.Take(rows.Count - 1).GroupBy(r => r.Organisation))
        {
            var holders = block.Select(r => r.Holder).ToList();
            Assert.True(!holders.Contains(none) || holders[^1] == none, block.Key + ": " + string.Join(", ", holders));
        }

        // The short lists keep the group in one cell, named the same way.
        var stuck = html.Substring(html.IndexOf("<table class=\"short\">", StringComparison.Ordinal));
        Assert.Contains("<tr><td>Gemeente Eindhoven — " + none + "</td>", stuck.Substring(0, stuck.IndexOf("</table>", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    /// <summary>The holder table's rows as (organisation, holder): an organisation's cell spans its rows; the total's is empty.</summary>
    private static List<(string Organisation, string Holder)> HolderRows(string html)
    {
        var table = html.Substring(html.IndexOf("<table class=\"holders", StringComparison.Ordinal));
        table = table.Substring(0, table.IndexOf("</table>", StringComparison.Ordinal));
        var rows = new List<(string, string)>();
        var organisation = "";
        foreach (Match m in Regex.Matches(table, "<tr>(?:<td(?: rowspan=\"[0-9]+\")?>([^<]*)</td>)?<th scope=\"row\"( colspan=\"2\")?>([^<]*)</th>"))
        {
            organisation = m.Groups[2].Success ? "" : m.Groups[1].Value.Length > 0 ? m.Groups[1].Value : organisation;
            rows.Add((organisation, m.Groups[3].Value));
        }

        return rows;
    }

    [Fact]
    public void InAReportOnOneOrganisation_HoldersStandAlone_AndTheDepartmentNamesTheGroupWithoutOne()
    {
        var utrecht = ReportFixtures.Sample with { Projects = [.. ReportFixtures.Sample.Projects.Where(p => p.Organization?.Name == "Gemeente Utrecht")] };
        var report = ReportFixtures.Builder.Build(utrecht, new PortfolioReportOptions { Audience = ReportAudience.College, AsOf = ReportFixtures.AsOf });
        var html = PortfolioReportWriter.WriteHtml(report, Nl);
        var withoutHolder = report.Projects.First(p => p.PortfolioHolder is null && p.Department is not null);

        Assert.Contains("<tr><th scope=\"row\">Wethouder</th>", html, StringComparison.Ordinal);
        Assert.Contains("<table class=\"holders\">\n<caption>Per portefeuillehouder</caption>\n<thead><tr><th scope=\"col\">Portefeuillehouder</th>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th scope=\"row\">" + withoutHolder.Department + " — geen portefeuillehouder genoemd</th>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl-NL", "geen portefeuillehouder genoemd")]
    [InlineData("en-GB", "no portfolio holder named")]
    public void TheCsv_SaysWhenNoHolderIsNamed(string culture, string none)
    {
        var report = ReportFixtures.SampleReport(ReportAudience.College);
        var stuck = report.Sections.Single(s => s.Key == "pilotToScale").Worklists.Single(w => w.Key == "stuckPilots").Items.First(i => i.PortfolioHolder is null);
        var csv = PortfolioReportWriter.WriteCsv(report, new CultureInfo(culture));

        Assert.Contains(csv.Split("\r\n"), l => l.Contains(";" + stuck.ProjectId + ";", StringComparison.Ordinal) && l.Contains(";" + none + ";", StringComparison.Ordinal));
    }

    [Fact]
    public void ARiskChange_CountsARangeThatNarrowed_AndSaysFromWhatToWhat()
    {
        var report = ReportFixtures.SampleReport(ReportAudience.Cdo);

        // The sample's previous export lacks two projects' risk answers of 2026 (generate_samples.py, RISK_ANSWERED_IN_2026).
        var changed = report.Metric(ReportCodes.RiskChanged)!;
        Assert.Equal(["utrecht-vroegsignalering-schulden", "zwolle-subsidiecontrole"], changed.ProjectIds.ToArray());
        Assert.Equal("Het risico van 2 projecten van 61 veranderde.", changed.ExplanationDutch);
        var changes = report.Sections.Single(s => s.Key == "changes").Worklists.Single(w => w.Key == "changes");
        var item = Assert.Single(changes.Items, i => i.ProjectId == "utrecht-vroegsignalering-schulden" && i.ReasonDutch.StartsWith("impact", StringComparison.Ordinal));
        Assert.Equal("impactniveau II–III → II", item.ReasonDutch);
        Assert.Equal("impact level II–III → II", item.ReasonEnglish);
    }

    [Fact]
    public void ALevelThatBecameDetermined_IsAChange_TheSameLevelIsNot()
    {
        var project = ReportFixtures.Sample.Projects.Single(p => p.Id == "utrecht-vroegsignalering-schulden");
        var export = ReportFixtures.Sample with { Projects = [project] };
        // As the previous export has it: without the answers given since, its level a range.
        var unanswered = ReportFixtures.Previous with { Projects = [ReportFixtures.Previous.Projects.Single(p => p.Id == project.Id)] };

        PortfolioReport Against(ProjectExport previous) =>
            ReportFixtures.Builder.Build(export, new PortfolioReportOptions { AsOf = ReportFixtures.AsOf, Previous = previous });

        Assert.Equal(1, Against(unanswered).Metric(ReportCodes.RiskChanged)!.Numerator);
        Assert.Equal(0, Against(export with { GeneratedAt = unanswered.GeneratedAt }).Metric(ReportCodes.RiskChanged)!.Numerator);
    }

    [Fact]
    public void ASentenceUsedAsALabel_LosesItsFullStop()
    {
        var report = ReportFixtures.SampleReport(ReportAudience.Cdo);

        var missing = report.Metrics.Where(m => m.Code == ReportCodes.MostOftenMissing).ToList();
        Assert.NotEmpty(missing);
        Assert.StartsWith("DG-C011: Het doel en de impact ontbreken of zijn een opvultekst: ontbreekt bij 53 projecten", report.Metric(ReportCodes.MostOftenMissing, "DG-C011")!.ExplanationDutch, StringComparison.Ordinal);
        foreach (var m in report.Metrics)
        {
            Assert.DoesNotMatch("[a-z]{2}\\.:", m.ExplanationDutch);
            Assert.DoesNotMatch("[a-z]{2}\\.:", m.ExplanationEnglish);
        }

        foreach (var culture in new[] { Nl, En })
        {
            Assert.DoesNotMatch("[a-z]{2}\\.: ", PortfolioReportWriter.WriteHtml(report, culture));
        }
    }

    [Fact]
    public void ProjectsWithoutATheme_AreLabelledSo_NotWithABareNone()
    {
        var none = ReportFixtures.SampleReport(ReportAudience.Council).Metric(ReportCodes.ByTheme, "none")!;

        Assert.Equal("Zonder thema", none.LabelDutch);
        Assert.Equal("No theme", none.LabelEnglish);
        Assert.StartsWith("Zonder thema: ", none.ExplanationDutch, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl-NL", "Grip op datagedreven werken", "66 projecten van 5 organisaties, uitgegeven door Gemeente Utrecht")]
    [InlineData("en-GB", "Grip on data-driven work", "66 projects of 5 organisations, published by Gemeente Utrecht")]
    public void AnExportOfSeveralOrganisations_SaysSoInItsHeader(string culture, string title, string whose)
    {
        var html = PortfolioReportWriter.WriteHtml(ReportFixtures.SampleReport(ReportAudience.Council), new CultureInfo(culture));

        Assert.Contains("<h1>" + title + "</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"meta\">" + whose + " · ", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl-NL", "Grip op datagedreven werken: Gemeente Utrecht", "13 projecten · ")]
    [InlineData("en-GB", "Grip on data-driven work: Gemeente Utrecht", "13 projects · ")]
    public void AnExportOfItsPublishersOwnProjects_NamesThePublisherInTheTitle(string culture, string title, string whose)
    {
        var utrecht = ReportFixtures.Sample with { Projects = [.. ReportFixtures.Sample.Projects.Where(p => p.Organization?.Name == "Gemeente Utrecht")] };
        var html = PortfolioReportWriter.WriteHtml(ReportFixtures.Builder.Build(utrecht, new PortfolioReportOptions { AsOf = ReportFixtures.AsOf }), new CultureInfo(culture));

        Assert.Contains("<h1>" + title + "</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"meta\">" + whose, html, StringComparison.Ordinal);
    }
}
