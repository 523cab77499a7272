using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
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

    /// <summary>
    /// The sample <paramref name="times"/> over, each copy with its own ids and a portfolio holder of thirty, and a few
    /// ids twice (so the report has findings to list): a larger municipality for the college's page limit.
    /// </summary>
    public static ProjectExport Larger(int times)
    {
        var projects = new List<DataProject>();
        for (var t = 0; t < times; t++)
        {
            foreach (var p in Sample.Projects)
            {
                var holder = new Role { Kind = RoleKind.PortfolioHolder, Function = "Wethouder portefeuille " + ((projects.Count % 30) + 1).ToString(CultureInfo.InvariantCulture) };
                projects.Add(p with
                {
                    Id = t == 0 ? p.Id : p.Id + "-" + t.ToString(CultureInfo.InvariantCulture),
                    Roles = [holder, .. p.Roles.Where(r => r.Kind != RoleKind.PortfolioHolder)],
                });
            }
        }

        projects.AddRange(projects.Take(20).ToList());
        return Sample with { Projects = [.. projects] };
    }

    private static ProjectExport Read(string file) =>
        DataGripJson.ReadExport(File.ReadAllText(Repository.PathOf("samples", "data", file))).GetValueOrThrow();
}
