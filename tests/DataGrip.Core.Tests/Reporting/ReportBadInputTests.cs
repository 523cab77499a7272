using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using DataGrip.Core.Model;
using DataGrip.Core.Reporting;
using DataGrip.Core.Tests.Support;

namespace DataGrip.Core.Tests.Reporting;

/// <summary>Bad input gives a report with findings that say what and why, never an exception.</summary>
public sealed class ReportBadInputTests
{
    private static readonly PortfolioReportOptions AsOf = new() { AsOf = ReportFixtures.AsOf };

    private static void WritesInEveryFormat(PortfolioReport report)
    {
        Assert.NotEmpty(PortfolioReportWriter.WriteJson(report));
        Assert.Contains("</html>", PortfolioReportWriter.WriteHtml(report, new CultureInfo("nl-NL")), StringComparison.Ordinal);
        Assert.StartsWith("\uFEFF", PortfolioReportWriter.WriteCsv(report, new CultureInfo("en-GB")), StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyExport_GivesAReportWithAFinding()
    {
        var report = ReportFixtures.Builder.Build(new ProjectExport(), AsOf);

        var finding = Assert.Single(report.Findings);
        Assert.Equal(ReportCodes.EmptyExport, finding.Code);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal("De export bevat geen projecten; het rapport heeft geen cijfers om te tonen.", finding.MessageDutch);
        Assert.All(report.Metrics, m => Assert.Equal(0, m.Numerator));
        Assert.Equal(0m, report.Metric(ReportCodes.PilotConversion)!.Value);
        WritesInEveryFormat(report);
    }

    [Fact]
    public void PreviousExportOfAnotherPublisher_IsNotCompared()
    {
        var previous = ReportFixtures.Previous with { Publisher = new Organization { Name = "Gemeente Zwolle", Code = "GM0193" } };

        var report = ReportFixtures.Builder.Build(ReportFixtures.Sample, AsOf with { Previous = previous });

        var finding = Assert.Single(report.Findings, f => f.Code == ReportCodes.PreviousOfAnotherPublisher);
        Assert.Contains("'Gemeente Zwolle'", finding.MessageDutch, StringComparison.Ordinal);
        Assert.Contains("'Gemeente Utrecht'", finding.MessageDutch, StringComparison.Ordinal);
        Assert.False(report.HasPrevious);
        Assert.Null(report.Metric(ReportCodes.Added));
        Assert.All(report.Metrics, m => Assert.Null(m.PreviousValue));
        Assert.Equal(report.Metric(ReportCodes.Projects)!.Numerator, report.Metric(ReportCodes.Unknown, "changes")!.Numerator);
        WritesInEveryFormat(report);
    }

    [Fact]
    public void DuplicateIds_AreCountedOnce_AndNamed()
    {
        var a = Samples.Project("a");
        var export = Samples.Export(a, Samples.Project("b"), a with { Name = "Tweede a" });

        var report = ReportFixtures.Builder.Build(export, AsOf);

        var finding = Assert.Single(report.Findings, f => f.Code == ReportCodes.DuplicateProjectId);
        Assert.Equal("/projects/2/id", finding.Pointer);
        Assert.Contains("/projects/0", finding.MessageEnglish, StringComparison.Ordinal);
        Assert.Equal(2, report.Metric(ReportCodes.Projects)!.Numerator);
        Assert.Equal(["a", "b"], report.Projects.Select(p => p.Id).ToArray());
        WritesInEveryFormat(report);
    }

    [Fact]
    public void IdsThatDisappeared_AreFindingsPointingIntoThePreviousExport()
    {
        var previous = Samples.Export(Samples.Project("a"), Samples.Project("gone"), Samples.Project("gone"));
        var report = ReportFixtures.Builder.Build(Samples.Export(Samples.Project("a")), AsOf with { Previous = previous });

        var gone = Assert.Single(report.Findings, f => f.Code == ReportCodes.ProjectDisappeared);
        Assert.Equal("/projects/1", gone.Pointer);
        Assert.Equal(Severity.Info, gone.Severity);
        Assert.Single(report.Findings, f => f.Code == ReportCodes.DuplicateIdInPrevious && f.Pointer == "/projects/2/id");
        Assert.Equal(["gone"], report.Metric(ReportCodes.Removed)!.ProjectIds.ToArray());
    }

    [Fact]
    public void AsOfBeforeTheData_IsSaid_AndTheReportStillMade()
    {
        var report = ReportFixtures.Builder.Build(ReportFixtures.Sample, new PortfolioReportOptions { AsOf = new DateTime(2024, 1, 1) });

        var before = Assert.Single(report.Findings, f => f.Code == ReportCodes.AsOfBeforeExport);
        Assert.Equal("/generatedAt", before.Pointer);
        Assert.Contains("2024-01-01", before.MessageDutch, StringComparison.Ordinal);
        var late = report.Findings.Where(f => f.Code == ReportCodes.DatedAfterAsOf).ToList();
        Assert.NotEmpty(late);
        Assert.All(late, f => Assert.StartsWith("/projects/", f.Pointer, StringComparison.Ordinal));
        Assert.Equal(66, report.Metric(ReportCodes.Projects)!.Numerator);
        WritesInEveryFormat(report);
    }

    [Fact]
    public void PreviousMadeAfterThisOne_IsSaid()
    {
        var previous = ReportFixtures.Previous with { GeneratedAt = new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero) };

        var report = ReportFixtures.Builder.Build(ReportFixtures.Sample, AsOf with { Previous = previous });

        Assert.Single(report.Findings, f => f.Code == ReportCodes.PreviousNotOlder);
        Assert.True(report.HasPrevious);
    }

    [Fact]
    public void PublicReport_LeavesOutAProjectThatCannotBeMadePublic()
    {
        var typo = Samples.Project("typo") with
        {
            Record = new RecordInfo { Visibility = ImmutableDictionary<string, FieldVisibility>.Empty.Add("/Department", FieldVisibility.Internal) },
        };

        var report = ReportFixtures.Builder.Build(Samples.Export(Samples.Project("a"), typo), AsOf with { Audience = ReportAudience.Public });

        var finding = Assert.Single(report.Findings, f => f.Code == ReportCodes.NotPublic);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("/projects/1/record/visibility", finding.Pointer);
        Assert.Equal(["a"], report.Projects.Select(p => p.Id).ToArray());
    }

    [Fact]
    public void NullProjectsAndInvalidOptions_AreHandled()
    {
        Assert.Throws<ArgumentNullException>(() => ReportFixtures.Builder.Build(null!));
        var ex = Assert.Throws<ArgumentException>(() => ReportFixtures.Builder.Build(new ProjectExport(), new PortfolioReportOptions { StuckPilotMonths = 0, Framework = null! }));
        Assert.Contains("StuckPilotMonths", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Framework", ex.Message, StringComparison.Ordinal);

        var withNull = new ProjectExport { Projects = [Samples.Project("a"), null!] };
        Assert.Equal(1, ReportFixtures.Builder.Build(withNull, AsOf).Metric(ReportCodes.Projects)!.Numerator);
    }
}
