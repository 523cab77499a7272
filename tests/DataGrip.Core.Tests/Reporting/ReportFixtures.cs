using System;
using System.IO;
using DataGrip.Core.Model;
using DataGrip.Core.Reporting;
using DataGrip.Core.Serialization;
using DataGrip.Core.Tests.Support;

namespace DataGrip.Core.Tests.Reporting;

/// <summary>The bundled sample and its previous export, and reports of them as of the sample's date.</summary>
internal static class ReportFixtures
{
    public static readonly DateTime AsOf = new(2026, 11, 20);

    private static readonly Lazy<ProjectExport> SampleExport = new(() => Read("gemeenten-export.json"));
    private static readonly Lazy<ProjectExport> PreviousExport = new(() => Read("gemeenten-export-2025.json"));

    public static ProjectExport Sample => SampleExport.Value;

    public static ProjectExport Previous => PreviousExport.Value;

    /// <summary>A builder whose clock is a fixed day, so a report without an as-of date is still deterministic.</summary>
    public static PortfolioReportBuilder Builder { get; } = new(() => new DateTimeOffset(AsOf, TimeSpan.Zero));

    public static PortfolioReport SampleReport(ReportAudience audience, bool previous = true) =>
        Builder.Build(Sample, new PortfolioReportOptions { Audience = audience, AsOf = AsOf, Previous = previous ? Previous : null });

    private static ProjectExport Read(string file) =>
        DataGripJson.ReadExport(File.ReadAllText(Repository.PathOf("samples", "data", file))).GetValueOrThrow();
}
