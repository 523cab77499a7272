using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using DataGrip.Core.Reporting;
using DataGrip.Core.Tests.Support;
using NJsonSchema;

namespace DataGrip.Core.Tests.Reporting;

/// <summary>
/// The grip report of the bundled sample: its JSON equals the committed golden file (regenerate on purpose with
/// <c>DATAGRIP_UPDATE_GOLDEN=1 dotnet test --filter ReportSampleTests</c>), follows the published schema, and says what
/// the sample was built to show.
/// </summary>
public sealed class ReportSampleTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromJsonAsync(File.ReadAllText(Repository.PathOf("schema", "v1", "datagrip-portfolio-report.schema.json"))).GetAwaiter().GetResult());

    [Fact]
    public void CdoReportJson_EqualsTheGoldenFile()
    {
        var json = PortfolioReportWriter.WriteJson(ReportFixtures.SampleReport(ReportAudience.Cdo));
        var path = Repository.PathOf("tests", "DataGrip.Core.Tests", "Reporting", "golden", "gemeenten-cdo-report.json");
        if (Environment.GetEnvironmentVariable("DATAGRIP_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, json);
        }

        Assert.True(File.Exists(path), "The golden file is missing; run DATAGRIP_UPDATE_GOLDEN=1 dotnet test --filter ReportSampleTests.");
        Assert.True(File.ReadAllText(path).Replace("\r\n", "\n") == json,
            "The CDO report of the sample differs from tests/DataGrip.Core.Tests/Reporting/golden/gemeenten-cdo-report.json. If the change is intended, run DATAGRIP_UPDATE_GOLDEN=1 dotnet test --filter ReportSampleTests and review the diff.");
    }

    [Theory]
    [InlineData(ReportAudience.Cdo)]
    [InlineData(ReportAudience.College)]
    [InlineData(ReportAudience.Council)]
    [InlineData(ReportAudience.Public)]
    public void EveryAudiencesJson_FollowsThePublishedSchema(ReportAudience audience)
    {
        foreach (var previous in new[] { true, false })
        {
            var errors = Schema.Value.Validate(PortfolioReportWriter.WriteJson(ReportFixtures.SampleReport(audience, previous)));

            Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => e.ToString())));
        }
    }

    [Fact]
    public void TheSameInput_GivesTheSameReport()
    {
        var a = PortfolioReportWriter.WriteJson(ReportFixtures.SampleReport(ReportAudience.Cdo));
        var b = PortfolioReportWriter.WriteJson(ReportFixtures.SampleReport(ReportAudience.Cdo));

        Assert.Equal(a, b);
    }

    [Fact]
    public void WithoutAnAsOfDate_TheInjectedClockDecides()
    {
        var report = ReportFixtures.Builder.Build(ReportFixtures.Sample);

        Assert.Equal(ReportFixtures.AsOf, report.AsOf);
        Assert.Equal(ReportFixtures.AsOf.AddMonths(-12), report.PeriodStart);
    }

    [Fact]
    public void StuckPilots_AreThoseTheSampleWasBuiltWith()
    {
        var report = ReportFixtures.SampleReport(ReportAudience.Cdo);

        var stuck = report.Metric(ReportCodes.StuckPilots)!;
        Assert.Equal(
            ["amsterdam-verkeerslichten-fietsers", "eindhoven-afvalinzameling-routes", "eindhoven-drukte-stratumseind", "utrecht-chatbot-inwoners", "utrecht-energiearmoede-analyse", "zwolle-energiearmoede"],
            stuck.ProjectIds.ToArray());
        Assert.Equal(10, stuck.Denominator);
        var list = report.Sections.Single(s => s.Key == "pilotToScale").Worklists.Single(w => w.Key == "stuckPilots");
        var chatbot = list.Items.Single(i => i.ProjectId == "utrecht-chatbot-inwoners");
        Assert.Equal("evaluatiedatum 2026-03 is voorbij zonder besluit", chatbot.ReasonDutch);
        Assert.Equal(["tilburg-subsidiecontrole"], report.Metric(ReportCodes.DecisionsDue)!.ProjectIds.ToArray());

        // The extended pilot is not stuck, and the one that scaled counts in the conversion.
        Assert.DoesNotContain("eindhoven-anonimiseren-woo", stuck.ProjectIds);
        Assert.Contains("utrecht-vroegsignalering-schulden", report.Metric(ReportCodes.PilotConversion)!.ProjectIds);
        Assert.Contains("amsterdam-bijstand-risicoselectie", report.Metric(ReportCodes.PilotsStopped)!.ProjectIds);
    }

    [Fact]
    public void Changes_ComeFromThePreviousExport()
    {
        var report = ReportFixtures.SampleReport(ReportAudience.Cdo);

        Assert.True(report.HasPrevious);
        Assert.Equal(
            ["amsterdam-inburgering-taalmaatjes", "eindhoven-subsidiecontrole-sport", "tilburg-subsidiecontrole", "utrecht-afvalroutes", "zwolle-chatbot"],
            report.Metric(ReportCodes.Added)!.ProjectIds.ToArray());
        Assert.Equal(["utrecht-parkeervergunningen-wachtlijst"], report.Metric(ReportCodes.Removed)!.ProjectIds.ToArray());
        // Zwolle's energy poverty pilot went into evaluation, Amsterdam's Wmo dashboard into development, Tilburg's energy
        // poverty project into design, and Amsterdam's energy poverty map ended (the phase histories of the sample).
        Assert.Equal(
            ["amsterdam-energiearmoede-kaart", "amsterdam-wmo-dashboard", "tilburg-energiearmoede", "zwolle-energiearmoede"],
            report.Metric(ReportCodes.PhaseChanged)!.ProjectIds.ToArray());
        Assert.Equal(["amsterdam-energiearmoede-kaart"], report.Metric(ReportCodes.Ended)!.ProjectIds.ToArray());

        // The verb agrees with the count.
        Assert.Equal("4 projecten van 61 gingen naar een andere fase.", report.Metric(ReportCodes.PhaseChanged)!.ExplanationDutch);
        Assert.Equal("4 projects of 61 have moved to another phase.", report.Metric(ReportCodes.PhaseChanged)!.ExplanationEnglish);
        Assert.Equal("1 project van 61 is beëindigd.", report.Metric(ReportCodes.Ended)!.ExplanationDutch);
        Assert.Equal("6 pilots van 10 staan stil (60,0 %).", report.Metric(ReportCodes.StuckPilots)!.ExplanationDutch);
        Assert.Equal(62, report.Metric(ReportCodes.Projects)!.PreviousValue);
        Assert.Contains(report.Findings, f => f.Code == ReportCodes.ProjectDisappeared && f.Pointer == "/projects/3");
        var decided = report.Metric(ReportCodes.DecisionsTaken)!.ProjectIds;
        Assert.Contains("utrecht-scanauto-parkeren", decided);
        Assert.Contains("eindhoven-anonimiseren-woo", decided);
    }

    [Fact]
    public void Explanations_AreDutchWithDecimalCommaAndRightPlurals()
    {
        var report = ReportFixtures.SampleReport(ReportAudience.Cdo);

        var pilot = report.Metric(ReportCodes.ByPhase, "pilot")!;
        Assert.Equal("Pilot: 7 projecten van 66 (10,6 %).", pilot.ExplanationDutch);
        Assert.Equal("Pilot: 7 projects of 66 (10.6%).", pilot.ExplanationEnglish);
        var one = report.Metric(ReportCodes.ByTheme, "work")!;
        Assert.StartsWith("Werk: 1 project van 66", one.ExplanationDutch, StringComparison.Ordinal);
        Assert.Equal(one.ExplanationDutch, one.GetExplanation(new CultureInfo("nl-NL")));
    }

    [Fact]
    public void TheFrameworkIsCheckedClauseByClause_WithTheProjectsNamed()
    {
        var report = ReportFixtures.SampleReport(ReportAudience.Council);

        var clauses = report.Metrics.Where(m => m.Code == ReportCodes.FrameworkBreaches).ToList();
        Assert.Contains(clauses, m => m.Category == "/maxImpactLevelWithoutCouncilDecision" && m.Numerator > 0);
        Assert.Contains(clauses, m => m.Numerator == 0); // clauses nobody breaks are listed too
        var list = report.Sections.Single(s => s.Key == "responsibleUse").Worklists.Single(w => w.Key == "frameworkBreaches");
        Assert.Equal(clauses.Sum(c => c.Numerator), list.Items.Length);
    }

    [Fact]
    public void EachAudience_GetsItsOwnSections()
    {
        string[] Keys(ReportAudience a) => [.. ReportFixtures.SampleReport(a).Sections.Select(s => s.Key)];

        Assert.Equal(["inventory", "pilotToScale", "responsibleUse", "goals", "quality", "reuse", "changes", "unknowns"], Keys(ReportAudience.Cdo));
        Assert.Equal(["inventory", "pilotToScale", "responsibleUse", "goals", "reuse", "changes"], Keys(ReportAudience.College));
        Assert.Equal(["inventory", "pilotToScale", "responsibleUse", "goals", "changes", "unknowns"], Keys(ReportAudience.Council));
        Assert.Equal(["inventory", "responsibleUse", "goals", "changes", "unknowns"], Keys(ReportAudience.Public));
        Assert.Empty(ReportFixtures.SampleReport(ReportAudience.Public).Sections.SelectMany(s => s.Worklists));
    }

    [Fact]
    public void Csv_IsUtf8WithBom_SemicolonSeparated_AndQuotedPerRfc4180()
    {
        var csv = PortfolioReportWriter.WriteCsv(ReportFixtures.SampleReport(ReportAudience.Cdo), new CultureInfo("nl-NL"));

        Assert.StartsWith("\uFEFFWerklijst;Code;Project-id;", csv, StringComparison.Ordinal);
        var lines = csv.Split("\r\n");
        Assert.Equal("", lines[^1]);
        Assert.Contains(lines, l => l.StartsWith("Pilots die stilstaan;DG-M023;utrecht-chatbot-inwoners;", StringComparison.Ordinal));

        // A reason with a semicolon or quote is quoted, its quotes doubled.
        Assert.All(lines.Skip(1).Where(l => l.Length > 0), l => Assert.True(Fields(l) == 12, l));
    }

    [Fact]
    public void CdoWorklists_AreGroupedPerOrganisationAndDepartment_WithTheirCounts()
    {
        var report = ReportFixtures.SampleReport(ReportAudience.Cdo);
        var csv = PortfolioReportWriter.WriteCsv(report, new CultureInfo("nl-NL"));
        var rows = csv.TrimStart('\uFEFF').Split("\r\n").Skip(1).Where(l => l.Length > 0).Select(Split).ToList();

        Assert.Equal("Aantal in organisatie en afdeling", Split(csv.TrimStart('\uFEFF').Split("\r\n")[0])[11]);
        foreach (var list in report.Sections.SelectMany(s => s.Worklists))
        {
            var mine = rows.Where(r => r[0] == list.TitleDutch).ToList();
            Assert.Equal(list.Items.Length, mine.Count);

            // One run of rows per organisation and department, each saying how many rows it has.
            var runs = mine.Select((r, i) => (Key: r[4] + "|" + r[5], Row: r, Index: i)).GroupBy(x => x.Key).ToList();
            Assert.All(runs, g => Assert.Equal(g.Count() - 1, g.Last().Index - g.First().Index));
            Assert.All(runs, g => Assert.All(g, x => Assert.Equal(g.Count().ToString(CultureInfo.InvariantCulture), x.Row[11])));
        }

        var html = PortfolioReportWriter.WriteHtml(report, new CultureInfo("nl-NL"));
        Assert.Contains("<section id=\"worklists\"", html, StringComparison.Ordinal);
        var stuck = report.Sections.Single(s => s.Key == "pilotToScale").Worklists.Single(w => w.Key == "stuckPilots");
        foreach (var group in stuck.Items.GroupBy(i => string.Join(", ", new[] { i.Organization, i.Department }.Where(x => !string.IsNullOrEmpty(x)))))
        {
            var n = group.Count();
            Assert.Contains($"<caption>Pilots die stilstaan — {group.Key} ({n} {(n == 1 ? "project" : "projecten")})</caption>", html, StringComparison.Ordinal);
        }
    }

    /// <summary>The fields of one RFC 4180 record without line breaks in fields.</summary>
    private static string[] Split(string line)
    {
        var fields = new System.Collections.Generic.List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ';' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return [.. fields];
    }

    [Fact]
    public void Csv_WritesAFormulaAsText()
    {
        var export = ReportFixtures.Sample with { Projects = [ReportFixtures.Sample.Projects[0] with { Name = "=HYPERLINK(\"x\")" }] };
        var report = ReportFixtures.Builder.Build(export, new PortfolioReportOptions { AsOf = ReportFixtures.AsOf });

        var csv = PortfolioReportWriter.WriteCsv(report);

        Assert.DoesNotContain(";=HYPERLINK", csv, StringComparison.Ordinal);
        Assert.Contains(";\"'=HYPERLINK(\"\"x\"\")\";", csv, StringComparison.Ordinal);
    }

    /// <summary>The number of fields of one RFC 4180 record (no line breaks inside fields in these tests).</summary>
    private static int Fields(string line)
    {
        var count = 1;
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ';' && !quoted)
            {
                count++;
            }
        }

        return count;
    }

    [Fact]
    public void Json_HasEveryMetricWithItsCodeAndBothLanguages()
    {
        using var doc = JsonDocument.Parse(PortfolioReportWriter.WriteJson(ReportFixtures.SampleReport(ReportAudience.Cdo)));
        var metrics = doc.RootElement.GetProperty("sections").EnumerateArray().SelectMany(s => s.GetProperty("metrics").EnumerateArray()).ToList();

        Assert.NotEmpty(metrics);
        Assert.All(metrics, m => Assert.Matches("^DG-M[0-9]{3}$", m.GetProperty("code").GetString()!));
        var codes = metrics.Select(m => m.GetProperty("code").GetString()).ToHashSet();
        var all = typeof(ReportCodes).GetFields().Select(f => (string)f.GetValue(null)!).Where(c => c.StartsWith("DG-M", StringComparison.Ordinal));
        Assert.Equal(all.OrderBy(c => c), codes.OrderBy(c => c));
    }
}
