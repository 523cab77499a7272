using System.Globalization;
using DataGrip.Core.Reporting;

namespace DataGrip.Core.Tests.Reporting;

/// <summary>The HTML and CSV writers with a vendor's <see cref="MessageCatalog"/>: the library's own catalog changes nothing, a vendor's words reach the output.</summary>
public sealed class ReportCatalogTests
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    [Theory]
    [InlineData(ReportAudience.Cdo)]
    [InlineData(ReportAudience.College)]
    [InlineData(ReportAudience.Council)]
    [InlineData(ReportAudience.Public)]
    public void TheLibrarysOwnCatalog_WritesWhatNoCatalogWrites(ReportAudience audience)
    {
        var report = ReportFixtures.SampleReport(audience);
        foreach (var culture in new[] { Dutch, English })
        {
            Assert.Equal(PortfolioReportWriter.WriteHtml(report, culture), PortfolioReportWriter.WriteHtml(report, culture, MessageCatalog.Default));
            Assert.Equal(PortfolioReportWriter.WriteCsv(report, culture), PortfolioReportWriter.WriteCsv(report, culture, ';', MessageCatalog.Default));
        }
    }

    [Fact]
    public void AVendorsDutchWords_ReachTheHtmlAndTheCsv()
    {
        var report = ReportFixtures.SampleReport(ReportAudience.Cdo);
        var catalog = MessageCatalog.Default
            .With("nl", "report:html.contents", "Inhoudsopgave")
            .With("nl", "report:section.inventory", "Wat er loopt")
            .With("nl", "report:csv.reason", "Waarom")
            .With("nl", "report:reason.gap", "toets ontbreekt nog: {Assessment}");

        var html = PortfolioReportWriter.WriteHtml(report, Dutch, catalog);
        Assert.Contains("Inhoudsopgave", html, System.StringComparison.Ordinal);
        Assert.Contains("Wat er loopt", html, System.StringComparison.Ordinal);
        Assert.DoesNotContain(">Inhoud<", html, System.StringComparison.Ordinal);

        var csv = PortfolioReportWriter.WriteCsv(report, Dutch, ';', catalog);
        Assert.Contains(";Waarom;", csv, System.StringComparison.Ordinal);
        Assert.Contains("toets ontbreekt nog: DPIA", csv, System.StringComparison.Ordinal);
        Assert.DoesNotContain("verplichte toets ontbreekt:", csv, System.StringComparison.Ordinal);
    }

    [Fact]
    public void AVendorsLanguage_IsWrittenWhereItHasWords_AndEnglishElsewhere()
    {
        var report = ReportFixtures.SampleReport(ReportAudience.Cdo);
        var catalog = MessageCatalog.Default
            .With("de", "report:html.contents", "Inhalt")
            .With("de", "report:worklist.assessmentGaps", "Fehlende Prüfungen")
            .With("de", "report:reason.gap", "Prüfung fehlt: {Assessment}");

        var html = PortfolioReportWriter.WriteHtml(report, German, catalog);
        Assert.Contains("<html lang=\"de\">", html, System.StringComparison.Ordinal);
        Assert.Contains(">Inhalt</h2>", html, System.StringComparison.Ordinal);
        Assert.Contains("Fehlende Prüfungen", html, System.StringComparison.Ordinal);
        Assert.Contains("Prüfung fehlt: DPIA", html, System.StringComparison.Ordinal);

        // What the vendor did not translate is the library's English.
        Assert.Contains("About the data", html, System.StringComparison.Ordinal);

        var csv = PortfolioReportWriter.WriteCsv(report, German, ';', catalog);
        Assert.Contains("Fehlende Prüfungen;", csv, System.StringComparison.Ordinal);
        Assert.Contains("Prüfung fehlt: ", csv, System.StringComparison.Ordinal);
        Assert.Contains("Worklist;", csv, System.StringComparison.Ordinal);
    }
}
