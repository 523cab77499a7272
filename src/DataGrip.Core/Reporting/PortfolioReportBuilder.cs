using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using DataGrip.Core.Model;
using DataGrip.Core.Overlap;
using DataGrip.Core.Serialization;

namespace DataGrip.Core.Reporting;

/// <summary>
/// Builds the grip report of an export: the municipality's whole portfolio for the CDO office, the college, the council
/// or citizens. Thread-safe; make one and reuse it. The clock is only read when the options give no as-of date.
/// </summary>
public sealed class PortfolioReportBuilder
{
    private readonly Func<DateTimeOffset> clock;

    /// <summary>Makes a builder.</summary>
    /// <param name="clock">Today's date and time, for reports without an as-of date; the system clock (UTC) when null.</param>
    public PortfolioReportBuilder(Func<DateTimeOffset>? clock = null) => this.clock = clock ?? (() => DateTimeOffset.UtcNow);

    /// <summary>Builds the report. Bad input (an empty export, duplicate ids, a previous export of another publisher, an as-of date before the data) gives findings, never an exception.</summary>
    /// <param name="export">The export.</param>
    /// <param name="options">The options; <see cref="PortfolioReportOptions.Default"/> when null.</param>
    /// <param name="progress">Reports the progress of the overlap comparison, the longest step on large exports.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="export"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> are invalid.</exception>
    public PortfolioReport Build(ProjectExport export, PortfolioReportOptions? options = null, IProgress<OverlapProgress>? progress = null)
    {
        if (export is null)
        {
            throw new ArgumentNullException(nameof(export));
        }

        options ??= PortfolioReportOptions.Default;
        options.Validate();
        var asOf = (options.AsOf ?? clock().UtcDateTime).Date;
        var periodStart = (options.PeriodStart ?? asOf.AddMonths(-12)).Date;
        var findings = new List<Finding>();
        var audience = options.Audience;

        var projects = Prepare(export.Projects, audience, "/projects", findings, ReportCodes.DuplicateProjectId);
        if (projects.IsEmpty)
        {
            findings.Add(ReportMessages.Finding(ReportCodes.EmptyExport, "/projects"));
        }

        CheckDates(export, projects, asOf, findings);

        ReportContext? previous = null;
        if (options.Previous is { } before)
        {
            var currentPublisher = Publisher(export);
            var previousPublisher = Publisher(before);
            if (currentPublisher is not null && previousPublisher is not null && !SamePublisher(export.Publisher!, before.Publisher!))
            {
                findings.Add(ReportMessages.Finding(ReportCodes.PreviousOfAnotherPublisher, "/publisher", ("Previous", previousPublisher), ("Current", currentPublisher)));
            }
            else
            {
                if (before.GeneratedAt is { } then && export.GeneratedAt is { } now && then >= now)
                {
                    findings.Add(ReportMessages.Finding(ReportCodes.PreviousNotOlder, "/generatedAt", ("Previous", Iso(then)), ("Current", Iso(now))));
                }

                var earlier = Prepare(before.Projects, audience, "/projects", findings, ReportCodes.DuplicateIdInPrevious);
                var ids = new HashSet<string>(projects.Select(p => p.Id), StringComparer.Ordinal);
                var compared = new HashSet<string>(earlier.Select(p => p.Id), StringComparer.Ordinal);
                for (var i = 0; i < before.Projects.Length; i++)
                {
                    if (before.Projects[i]?.Id is { } gone && !ids.Contains(gone) && compared.Remove(gone))
                    {
                        findings.Add(ReportMessages.Finding(ReportCodes.ProjectDisappeared, "/projects/" + i.ToString(CultureInfo.InvariantCulture), ("Id", gone)));
                    }
                }

                var previousAsOf = before.GeneratedAt?.UtcDateTime.Date ?? periodStart;
                var previousOptions = options with { Previous = null };
                previous = new ReportContext(PortfolioAnalyses.Run(earlier, previousAsOf, previousOptions, null), previousAsOf, previousAsOf.AddMonths(-12), previousOptions);
            }
        }

        var context = new ReportContext(PortfolioAnalyses.Run(projects, asOf, options, progress), asOf, periodStart, options);
        var figures = ReportFigures.Compute(context, previous);
        var previousValues = previous is null ? null : ReportFigures.Compute(previous, null, withWorklists: false).Metrics
            .Where(s => s.Key != "changes" && s.Key != "unknowns")
            .SelectMany(s => s.Value)
            .GroupBy(m => (m.Code, m.Category ?? ""))
            .ToDictionary(g => g.Key, g => (g.First().Value, g.First().Denominator));

        var sections = ImmutableArray.CreateBuilder<ReportSection>();
        for (var n = 0; n < ReportFigures.SectionKeys.Length; n++)
        {
            var key = ReportFigures.SectionKeys[n];
            if (!AudienceProfile.Shows(audience, key))
            {
                continue;
            }

            var metrics = figures.Metrics[key]
                .Where(m => AudienceProfile.Shows(audience, key, m.Code))
                .Select(m => previousValues is not null && previousValues.TryGetValue((m.Code, m.Category ?? ""), out var before) ? m with { PreviousValue = before.Value, PreviousDenominator = before.Denominator } : m)
                .ToImmutableArray();
            var worklists = figures.Worklists[key].Where(w => AudienceProfile.ShowsWorklist(audience, w.Key)).ToImmutableArray();
            if (metrics.IsEmpty && worklists.IsEmpty)
            {
                continue;
            }

            var title = ReportMessages.Sections[key];
            sections.Add(new ReportSection { Key = key, Number = n + 1, TitleDutch = title.Dutch, TitleEnglish = title.English, Metrics = metrics, Worklists = worklists });
        }

        return new PortfolioReport
        {
            Audience = audience,
            AsOf = asOf,
            PeriodStart = periodStart,
            Publisher = Publisher(export),
            ExportGeneratedAt = export.GeneratedAt,
            PreviousGeneratedAt = previous is null ? null : options.Previous!.GeneratedAt,
            HasPrevious = previous is not null,
            FrameworkName = options.Framework.Name,
            Generator = "DataGrip.Core " + typeof(PortfolioReportBuilder).Assembly.GetName().Version!.ToString(3),
            Sections = sections.ToImmutable(),
            // The context's projects are in id order already.
            Projects = [.. Enumerable.Range(0, context.Count).Select(i => Describe(context, i))],
            Kpis = [.. figures.Kpis.OrderBy(k => k.ProjectId, StringComparer.Ordinal)],
            Findings = [.. findings],
        };
    }

    /// <summary>The projects the report counts: each id once (the first), and for the public only what the public export shows.</summary>
    private static ImmutableArray<DataProject> Prepare(ImmutableArray<DataProject> projects, ReportAudience audience, string pointer, List<Finding> findings, string duplicateCode)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<DataProject>(projects.Length);
        for (var i = 0; i < projects.Length; i++)
        {
            var p = projects[i];
            if (p?.Id is null)
            {
                continue;
            }

            var at = pointer + "/" + i.ToString(CultureInfo.InvariantCulture);
            if (seen.TryGetValue(p.Id, out var first))
            {
                findings.Add(ReportMessages.Finding(duplicateCode, at + "/id", ("Id", p.Id), ("Other", pointer + "/" + first.ToString(CultureInfo.InvariantCulture))));
                continue;
            }

            seen[p.Id] = i;
            if (audience == ReportAudience.Public)
            {
                try
                {
                    p = PublicFilter.Project(p);
                }
                catch (ArgumentException)
                {
                    findings.Add(ReportMessages.Finding(ReportCodes.NotPublic, at + "/record/visibility", ("Id", p.Id)));
                    continue;
                }
            }

            result.Add(p);
        }

        // In id order: every figure lists its projects in that order without sorting, and no figure can depend on the export's order.
        return [.. result.OrderBy(p => p.Id, StringComparer.Ordinal)];
    }

    private static void CheckDates(ProjectExport export, ImmutableArray<DataProject> projects, DateTime asOf, List<Finding> findings)
    {
        var day = asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (export.GeneratedAt is { } generated && generated.UtcDateTime.Date > asOf)
        {
            findings.Add(ReportMessages.Finding(ReportCodes.AsOfBeforeExport, "/generatedAt", ("AsOf", day), ("GeneratedAt", Iso(generated))));
        }

        // Where each id first is in the export, made only when a project has a late date.
        Dictionary<string, int>? index = null;
        foreach (var p in projects)
        {
            if (FirstAfter(p, asOf) is { } late)
            {
                index ??= export.Projects.Select((q, i) => (q, i)).Where(x => x.q is not null).GroupBy(x => x.q.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
                var at = "/projects/" + index[p.Id].ToString(CultureInfo.InvariantCulture) + late.Pointer;
                findings.Add(ReportMessages.Finding(ReportCodes.DatedAfterAsOf, at, ("Id", p.Id), ("AsOf", day), ("Date", late.Date)));
            }
        }
    }

    /// <summary>The first date in a project's history that lies after the as-of date (a phase entered, a decision, a measurement).</summary>
    private static (string Pointer, string Date)? FirstAfter(DataProject p, DateTime asOf)
    {
        var history = p.Lifecycle?.PhaseHistory ?? [];
        for (var i = 0; i < history.Length; i++)
        {
            if (history[i] is { } e && e.Entered.Start > asOf)
            {
                return ($"/lifecycle/phaseHistory/{i}/entered", e.Entered.ToString());
            }
        }

        for (var i = 0; i < p.Decisions.Length; i++)
        {
            if (p.Decisions[i]?.Date is { } d && d.Start > asOf)
            {
                return ($"/decisions/{i}/date", d.ToString());
            }
        }

        var goals = p.Purpose?.SocietalGoals ?? [];
        for (var g = 0; g < goals.Length; g++)
        {
            var kpis = goals[g]?.Kpis ?? [];
            for (var k = 0; k < kpis.Length; k++)
            {
                var ms = kpis[k]?.Measurements ?? [];
                for (var m = 0; m < ms.Length; m++)
                {
                    if (ms[m] is { } x && x.Date.Start > asOf)
                    {
                        return ($"/purpose/societalGoals/{g}/kpis/{k}/measurements/{m}/date", x.Date.ToString());
                    }
                }
            }
        }

        return null;
    }

    private static string? Publisher(ProjectExport export) => export.Publisher?.Name is { Length: > 0 } name ? name : null;

    private static bool SamePublisher(Organization a, Organization b) =>
        a.Code is { Length: > 0 } && b.Code is { Length: > 0 }
            ? string.Equals(a.Code, b.Code, StringComparison.OrdinalIgnoreCase)
            : string.Equals(a.Name?.Trim(), b.Name?.Trim(), StringComparison.OrdinalIgnoreCase);

    private static string Iso(DateTimeOffset value) => value.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture);

    private static ReportProject Describe(ReportContext ctx, int i)
    {
        var p = ctx.Projects[i];
        var risk = ctx.Analyses.Risk[i];
        return new ReportProject
        {
            Id = p.Id,
            Name = p.Name ?? "",
            Organization = p.Organization?.Name,
            Department = p.Department,
            Phase = p.Lifecycle?.Phase is { } phase ? ReportText.Wire(phase) : null,
            Kind = p.Kind is { } kind ? ReportText.Wire(kind) : null,
            Themes = [.. p.Themes.Distinct().Select(ReportText.Wire)],
            PortfolioHolder = ReportContext.PortfolioHolder(p),
            What = p.ShortDescription,
            Why = p.Purpose?.GoalAndImpact,
            HumanOversight = p.Oversight?.HumanIntervention,
            Objection = p.Oversight?.ObjectionProcedure,
            Contact = p.Contact,
            RegisterLink = p.Transparency?.Register?.Link,
            DerivedCategory = ReportText.Wire(risk.PublicationCategory.Category),
            ImpactLevel = Risk.Wire.Name(risk.Impact.Level),
            CompletenessScore = ctx.Analyses.Completeness[i].Score,
        };
    }
}
