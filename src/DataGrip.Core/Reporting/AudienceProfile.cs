using System;
using System.Collections.Generic;
using System.Linq;

namespace DataGrip.Core.Reporting;

/// <summary>What each audience's report shows: its sections, their metrics and its worklists. The CDO office sees everything.</summary>
internal static class AudienceProfile
{
    private static readonly Dictionary<ReportAudience, Dictionary<string, string[]>> Metrics = new()
    {
        [ReportAudience.College] = new(StringComparer.Ordinal)
        {
            ["inventory"] = [ReportCodes.Projects, ReportCodes.ByPhase],
            ["pilotToScale"] = [ReportCodes.PilotConversion, ReportCodes.StuckPilots, ReportCodes.DecisionsDue],
            ["responsibleUse"] = [ReportCodes.HighImpact, ReportCodes.CouncilDecisionMissing, ReportCodes.FrameworkBreaches],
            ["goals"] = [ReportCodes.KpiStatus, ReportCodes.GoalsUnknown],
            ["reuse"] = [ReportCodes.ReuseOpportunities, ReportCodes.SharedSupplierProducts],
            ["changes"] = [ReportCodes.Added, ReportCodes.Removed, ReportCodes.PhaseChanged, ReportCodes.DecisionsTaken],
        },
        [ReportAudience.Council] = new(StringComparer.Ordinal)
        {
            ["inventory"] = [ReportCodes.Projects, ReportCodes.ByPhase, ReportCodes.ByTheme, ReportCodes.ByOrganization],
            ["pilotToScale"] = [ReportCodes.Funnel, ReportCodes.PilotConversion, ReportCodes.StuckPilots],
            ["responsibleUse"] =
            [
                ReportCodes.FrameworkBreaches, ReportCodes.CouncilDecisionMissing, ReportCodes.DpiaOutcome, ReportCodes.DpiaDone, ReportCodes.AiActClass,
                ReportCodes.RegisterCategory, ReportCodes.ImpactLevel, ReportCodes.ImpactfulNotRegistered, ReportCodes.CategoryTooMild,
            ],
            ["goals"] = [ReportCodes.KpiStatus, ReportCodes.KpisByProgramme, ReportCodes.GoalsUnknown, ReportCodes.NoMeasurableGoal],
            ["changes"] = [ReportCodes.Added, ReportCodes.Removed, ReportCodes.Ended, ReportCodes.DecisionsTaken],
            ["unknowns"] = [ReportCodes.Unknown],
        },
        [ReportAudience.Public] = new(StringComparer.Ordinal)
        {
            ["inventory"] = [ReportCodes.Projects, ReportCodes.ByPhase, ReportCodes.ByTheme, ReportCodes.ByKind],
            ["responsibleUse"] = [ReportCodes.DpiaOutcome, ReportCodes.AiActClass, ReportCodes.RegisterCategory, ReportCodes.ImpactLevel],
            ["goals"] = [ReportCodes.KpiStatus, ReportCodes.GoalsUnknown],
            ["changes"] = [ReportCodes.Added, ReportCodes.Ended],
            ["unknowns"] = [ReportCodes.Unknown],
        },
    };

    private static readonly Dictionary<ReportAudience, string[]> WorklistKeys = new()
    {
        [ReportAudience.College] = ["stuckPilots", "decisionsDue", "councilDecisionMissing", "highImpact", "reuse"],
        [ReportAudience.Council] = ["frameworkBreaches", "impactful"],
        [ReportAudience.Public] = [],
    };

    public static bool Shows(ReportAudience audience, string section) => !Metrics.TryGetValue(audience, out var sections) || sections.ContainsKey(section);

    public static bool Shows(ReportAudience audience, string section, string code) =>
        !Metrics.TryGetValue(audience, out var sections) || (sections.TryGetValue(section, out var codes) && codes.Contains(code));

    public static bool ShowsWorklist(ReportAudience audience, string key) => !WorklistKeys.TryGetValue(audience, out var keys) || keys.Contains(key);
}
