using System;
using System.Diagnostics;
using System.Globalization;
using DataGrip.Core.Model;
using DataGrip.Core.Reporting;

namespace DataGrip.Core.Benchmarks;

/// <summary>
/// The CDO office's grip report at scale, a Stopwatch macro benchmark (one run at 100,000 projects takes many seconds,
/// too long for BenchmarkDotNet's iterations), on a <see cref="SyntheticOverlap"/> corpus with lifecycle and KPIs added:
/// the analyses the report uses alone (<see cref="PortfolioAnalyses.Run"/>: completeness, publishability, risk,
/// overlap) and the whole report (<see cref="PortfolioReportBuilder.Build"/>, which runs the same analyses), side by
/// side in one run, alternating, the best of each; then writing its JSON and HTML. Targets: the report within
/// <see cref="SecondsTarget"/> and at most <see cref="RatioTarget"/> times the analyses alone.
/// </summary>
public static class ReportScale
{
    public const double SecondsTarget = 30;
    public const double RatioTarget = 1.2;

    /// <summary>Runs at <paramref name="count"/> projects; returns 1 when <paramref name="checkTargets"/> and a target is missed.</summary>
    public static int Run(int count, int rounds, bool checkTargets)
    {
        var export = new ProjectExport { Projects = [.. Projects(count)] };
        var asOf = new DateTime(2026, 11, 20);
        var options = new PortfolioReportOptions { AsOf = asOf };
        var builder = new PortfolioReportBuilder();

        // JIT warm-up on a small corpus.
        builder.Build(new ProjectExport { Projects = [.. Projects(500)] }, options);

        var analyses = double.MaxValue;
        var report = double.MaxValue;
        PortfolioReport? built = null;
        for (var round = 0; round < rounds; round++)
        {
            GC.Collect();
            var watch = Stopwatch.StartNew();
            PortfolioAnalyses.Run(export.Projects, asOf, options, null);
            analyses = Math.Min(analyses, watch.Elapsed.TotalSeconds);

            GC.Collect();
            watch.Restart();
            built = builder.Build(export, options);
            report = Math.Min(report, watch.Elapsed.TotalSeconds);
        }

        var write = Stopwatch.StartNew();
        var json = PortfolioReportWriter.WriteJson(built!);
        var jsonSeconds = write.Elapsed.TotalSeconds;
        write.Restart();
        var html = PortfolioReportWriter.WriteHtml(built!, CultureInfo.GetCultureInfo("nl-NL"));
        var htmlSeconds = write.Elapsed.TotalSeconds;

        var ratio = report / analyses;
        var inTime = report <= SecondsTarget;
        var inRatio = ratio <= RatioTarget;
        Console.WriteLine($"REPORT {count:N0} projects (best of {rounds}): analyses alone {analyses:F2} s, CDO report {report:F2} s, ratio {ratio:F3} "
            + $"(targets ≤ {SecondsTarget} s: {(inTime ? "met" : "MISSED")}, ≤ {RatioTarget}×: {(inRatio ? "met" : "MISSED")}); "
            + $"JSON {json.Length / 1048576.0:F1} MiB in {jsonSeconds:F2} s, HTML {html.Length / 1048576.0:F1} MiB in {htmlSeconds:F2} s");
        return checkTargets && !(inTime && inRatio) ? 1 : 0;
    }

    /// <summary>The overlap benchmark's corpus, with the phases, pilot terms and KPIs a portfolio has.</summary>
    internal static DataProject[] Projects(int count)
    {
        var projects = SyntheticOverlap.Create(count, seed: 12);
        var phases = (Phase[])Enum.GetValues(typeof(Phase));
        for (var i = 0; i < projects.Length; i++)
        {
            var phase = phases[i % phases.Length];
            var begin = new PartialDate(2018 + (i % 8), 1 + (i % 12));
            projects[i] = projects[i] with
            {
                Lifecycle = new Lifecycle
                {
                    Phase = phase,
                    BeginDate = begin,
                    PhaseHistory = [new PhaseEntry { Phase = phase, Entered = begin }],
                    Pilot = phase is Phase.Pilot or Phase.Evaluation ? new PilotTerms { EvaluationDate = new PartialDate(2026, 1 + (i % 12)) } : null,
                },
                Purpose = i % 3 == 0 ? null : new Purpose
                {
                    SocietalGoals = [new SocietalGoal { Goal = "Doel", Kpis = [new Kpi { Indicator = "Indicator", Baseline = 10, Target = 20, Measurements = [new KpiMeasurement { Date = new PartialDate(2026, 6), Value = i % 30 }], Programme = "Programma " + (i % 9) }] }],
                },
            };
        }

        return projects;
    }
}
