using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using DataGrip.Core.Model;
using DataGrip.Core.Reporting;
using DataGrip.Core.Tests.Reliability;
using DataGrip.Core.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DataGrip.Core.Tests.Reporting;

/// <summary>The laws of the grip report, over generated exports (issue 12).</summary>
public sealed class ReportProperties
{
    private static readonly PortfolioReportBuilder Builder = ReportFixtures.Builder;

    private static Gen<(ProjectExport Export, DateTime AsOf, ReportAudience Audience)> Inputs =>
        from export in Generators.Export
        from days in Gen.Choose(0, 5000)
        from audience in Gen.Elements(ReportAudience.Cdo, ReportAudience.College, ReportAudience.Council, ReportAudience.Public)
        select (export, new DateTime(2016, 1, 1).AddDays(days), audience);

    private static PortfolioReport Build(ProjectExport export, DateTime asOf, ReportAudience audience = ReportAudience.Cdo, ProjectExport? previous = null, bool overlap = true) =>
        Builder.Build(export, new PortfolioReportOptions { AsOf = asOf, Audience = audience, Previous = previous, IncludeOverlap = overlap });

    [Property(MaxTest = 120)]
    public Property EveryMetric_NumeratorAtMostDenominator_AndItsIdsCountTheNumerator() => Prop.ForAll(Inputs.ToArbitrary(), input =>
    {
        var report = Build(input.Export, input.AsOf, input.Audience, previous: input.Export);
        var ids = report.Projects.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var m in report.Metrics)
        {
            Assert.True(m.Numerator >= 0 && m.Numerator <= m.Denominator, $"{m.Code} {m.Category}: {m.Numerator} of {m.Denominator}");
            Assert.Equal(m.ProjectIds.Length, m.ProjectIds.Distinct(StringComparer.Ordinal).Count());
            if (m.Subject == MetricSubject.Projects)
            {
                Assert.True(m.ProjectIds.Length == m.Numerator, $"{m.Code} {m.Category}: {m.ProjectIds.Length} ids for a numerator of {m.Numerator}");
            }
            else
            {
                Assert.True(m.ProjectIds.Length <= m.Numerator, $"{m.Code} {m.Category}");
            }

            if (m.Code != ReportCodes.Removed)
            {
                Assert.All(m.ProjectIds, id => Assert.Contains(id, ids));
            }

            if (m.Unit == MetricUnit.Share)
            {
                Assert.InRange(m.Value, 0m, 1m);
            }
        }
    });

    [Property(MaxTest = 80)]
    public Property TheReport_DoesNotDependOnProjectOrder() => Prop.ForAll(
        (from input in Inputs from seed in Gen.Choose(0, 10_000) select (input, seed)).ToArbitrary(),
        t =>
        {
            var (input, seed) = t;
            var random = new Random(seed);
            var shuffled = input.Export with { Projects = [.. input.Export.Projects.OrderBy(_ => random.Next())] };

            var a = Build(input.Export, input.AsOf, input.Audience);
            var b = Build(shuffled, input.AsOf, input.Audience);

            // Findings point at positions in the export, which move; what they say does not.
            Assert.Equal(PortfolioReportWriter.WriteJson(a with { Findings = [] }), PortfolioReportWriter.WriteJson(b with { Findings = [] }));
            Assert.Equal(a.Findings.Select(f => f.Code).OrderBy(c => c), b.Findings.Select(f => f.Code).OrderBy(c => c));
        });

    [Property(MaxTest = 80)]
    public Property AddingAProject_ChangesOnlyTheMetricsItBelongsTo() => Prop.ForAll(
        (from input in Inputs from extra in Generators.Project("zz-added-project", []) select (input, extra)).ToArbitrary(),
        t =>
        {
            // Overlap is left out: its per-project cap (five pairs) can move another pair out when one is added.
            var (input, extra) = t;
            var before = Build(input.Export, input.AsOf, overlap: false);
            var after = Build(input.Export with { Projects = input.Export.Projects.Add(extra) }, input.AsOf, overlap: false);
            var now = after.Metrics.ToDictionary(m => (m.Code, m.Category ?? ""));
            foreach (var m in before.Metrics)
            {
                if (!now.TryGetValue((m.Code, m.Category ?? ""), out var changed) || changed.ProjectIds.Contains(extra.Id))
                {
                    continue;
                }

                // The lowest ten is a ranking: a new project can push another out without being in it only if it is in it.
                if (m.Code == ReportCodes.LowestCompleteness)
                {
                    continue;
                }

                Assert.True(m.Numerator == changed.Numerator, $"{m.Code} {m.Category}: {m.Numerator} became {changed.Numerator} without the added project");
                Assert.Equal(m.ProjectIds.ToArray(), changed.ProjectIds.ToArray());
            }

            Assert.Equal(before.Metric(ReportCodes.Projects)!.Numerator + 1, after.Metric(ReportCodes.Projects)!.Numerator);
        });

    [Property(MaxTest = 60)]
    public Property ThePublicReport_HoldsNoInternalValue_InAnyFormat() => Prop.ForAll(
        (from a in LeakProperties.Marked("a") from b in LeakProperties.Marked("b") from days in Gen.Choose(0, 4000) select (a, b, days)).ToArbitrary(),
        t =>
        {
            var secret = LeakProperties.Marker;
            var (a, b, days) = t;

            // Besides the marked fields and people: a reviewer and the CDO office's decision, internal by default.
            a = a with
            {
                Lifecycle = (a.Lifecycle ?? new Lifecycle()) with { Reviewer = secret + "beoordelaar" },
                Decisions = [new Decision { Body = DecisionBody.CdoOffice, Subject = DecisionSubject.Start, Reference = secret + "kenmerk", Summary = secret + "notitie" }],
            };
            var export = Samples.Export(a, b);
            var report = Build(export, new DateTime(2016, 1, 1).AddDays(days), ReportAudience.Public, previous: export);
            foreach (var (output, what) in new[]
            {
                (PortfolioReportWriter.WriteJson(report), "JSON"),
                (PortfolioReportWriter.WriteHtml(report, new CultureInfo("nl-NL")), "HTML (nl)"),
                (PortfolioReportWriter.WriteHtml(report, new CultureInfo("en-GB")), "HTML (en)"),
                (PortfolioReportWriter.WriteCsv(report, new CultureInfo("nl-NL")), "CSV"),
            })
            {
                Assert.True(output.IndexOf(secret, StringComparison.OrdinalIgnoreCase) < 0, $"The public report's {what} leaks an internal value.");
            }
        });
}
