using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DataGrip.Core.Model;

namespace DataGrip.Core.Reporting;

/// <summary>One export's projects with their analyses, as of a date: what every section's figures are computed from.</summary>
internal sealed class ReportContext
{
    /// <summary>The funnel's phases in order; ended is off the funnel.</summary>
    public static readonly Phase[] Funnel = [Phase.Idea, Phase.Design, Phase.Development, Phase.Pilot, Phase.Evaluation, Phase.Production, Phase.Scaling];

    private readonly Lazy<int[]> owners;

    public ReportContext(PortfolioAnalyses analyses, DateTime asOf, DateTime periodStart, PortfolioReportOptions options)
    {
        Analyses = analyses;
        Projects = analyses.Projects;
        AsOf = asOf.Date;
        PeriodStart = periodStart.Date;
        Options = options;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Projects.Length; i++)
        {
            index[Projects[i].Id] = i;
        }

        Index = index;
        Holders = new string?[Projects.Length];
        for (var i = 0; i < Projects.Length; i++)
        {
            Holders[i] = PortfolioHolder(Projects[i]);
        }

        owners = new Lazy<int[]>(OwnerOrder);
    }

    public ImmutableArray<DataProject> Projects { get; }

    public PortfolioAnalyses Analyses { get; }

    public DateTime AsOf { get; }

    public DateTime PeriodStart { get; }

    public PortfolioReportOptions Options { get; }

    public IReadOnlyDictionary<string, int> Index { get; }

    public int Count => Projects.Length;

    /// <summary>Each project's portfolio holder (<see cref="PortfolioHolder(DataProject)"/>), found once: every worklist item carries it.</summary>
    public string?[] Holders { get; }

    /// <summary>Each project's place in the order worklists share: by organisation, department, then id (each ordinal, none first).</summary>
    public int[] OwnerPlaces => owners.Value;

    public static Phase? PhaseOf(DataProject p) => p.Lifecycle?.Phase;

    private int[] OwnerOrder()
    {
        // The projects are in id order, so their index breaks a tie of organisation and department.
        var order = new int[Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) =>
        {
            var c = string.CompareOrdinal(Projects[a].Organization?.Name ?? "", Projects[b].Organization?.Name ?? "");
            if (c == 0)
            {
                c = string.CompareOrdinal(Projects[a].Department ?? "", Projects[b].Department ?? "");
            }

            return c != 0 ? c : a.CompareTo(b);
        });
        var places = new int[order.Length];
        for (var n = 0; n < order.Length; n++)
        {
            places[order[n]] = n;
        }

        return places;
    }

    /// <summary>The phases a project is known to have been in: its history and its current phase.</summary>
    public static IEnumerable<Phase> PhasesSeen(DataProject p)
    {
        foreach (var entry in p.Lifecycle?.PhaseHistory ?? [])
        {
            if (entry is not null)
            {
                yield return entry.Phase;
            }
        }

        if (PhaseOf(p) is { } phase)
        {
            yield return phase;
        }
    }

    /// <summary>The furthest funnel phase a project reached, or null when its course is not known (no phase, or ended without history).</summary>
    public static int? Furthest(DataProject p)
    {
        var furthest = -1;
        foreach (var phase in PhasesSeen(p))
        {
            furthest = Math.Max(furthest, Array.IndexOf(Funnel, phase));
        }

        return furthest < 0 ? null : furthest;
    }

    public static bool InPilot(DataProject p) => PhaseOf(p) is Phase.Pilot or Phase.Evaluation;

    public static bool InPilotOrUse(DataProject p) => PhaseOf(p) is Phase.Pilot or Phase.Evaluation or Phase.Production or Phase.Scaling;

    public static bool Ended(DataProject p) => PhaseOf(p) == Phase.Ended;

    public static string PhaseGroup(DataProject p) => PhaseOf(p) switch
    {
        Phase.Idea or Phase.Design or Phase.Development => "beforePilot",
        Phase.Pilot or Phase.Evaluation => "inPilot",
        Phase.Production or Phase.Scaling => "inUse",
        Phase.Ended => "ended",
        _ => "unknown",
    };

    /// <summary>When a project entered its current phase: the last history entry for it, else its begin date for a pilot.</summary>
    public static PartialDate? EnteredCurrent(DataProject p)
    {
        var phase = PhaseOf(p);
        PartialDate? entered = null;
        foreach (var entry in p.Lifecycle?.PhaseHistory ?? [])
        {
            if (entry is not null && entry.Phase == phase)
            {
                entered = entry.Entered;
            }
        }

        return entered ?? p.Lifecycle?.BeginDate;
    }

    /// <summary>When a pilot began: the first history entry in pilot, else its begin date.</summary>
    public static PartialDate? PilotSince(DataProject p)
    {
        foreach (var entry in p.Lifecycle?.PhaseHistory ?? [])
        {
            if (entry is { Phase: Phase.Pilot or Phase.Evaluation })
            {
                return entry.Entered;
            }
        }

        return p.Lifecycle?.BeginDate;
    }

    public static string? PortfolioHolder(DataProject p)
    {
        foreach (var role in p.Roles)
        {
            if (role is { Kind: RoleKind.PortfolioHolder, Function: { Length: > 0 } function })
            {
                return function;
            }
        }

        return null;
    }

    public static bool InRegister(DataProject p) =>
        p.Transparency?.Register is { } r && (r.RegisterId is not null || r.Link is not null) || p.ExternalIds?.AlgoritmeregisterLars is not null;

    public static bool HasCouncilDecision(DataProject p) =>
        p.CouncilDecision is not null || p.Decisions.Any(d => d is { Body: DecisionBody.Council, Outcome: null or DecisionOutcome.Approved });

    /// <summary>Months from one date to another, one decimal.</summary>
    public static decimal Months(DateTime from, DateTime to) => Math.Round((decimal)(to - from).TotalDays / 30.4375m, 1, MidpointRounding.AwayFromZero);

    public static decimal Median(List<decimal> values)
    {
        values.Sort();
        var n = values.Count;
        return n == 0 ? 0 : n % 2 == 1 ? values[n / 2] : Math.Round((values[(n / 2) - 1] + values[n / 2]) / 2, 1, MidpointRounding.AwayFromZero);
    }
}
