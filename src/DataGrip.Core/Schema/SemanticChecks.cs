using System;
using DataGrip.Core.Model;
using DataGrip.Core.Reference;
using DataGrip.Core.Serialization;

namespace DataGrip.Core.Schema;

/// <summary>The checks of one project that the schema cannot express.</summary>
internal static class SemanticChecks
{
    public static void Check(DataProject project, string pointer, ValidatorOptions options, Action<Finding> report)
    {
        var municipalities = options.Municipalities;
        if (project.Lifecycle is { BeginDate: { } begin, EndDate: { } end } && end.End < begin.Start)
        {
            report(Messages.Create(SchemaCodes.EndBeforeBegin, pointer + "/lifecycle/endDate", null, null, ("End", end), ("Begin", begin)));
        }

        CheckHistory(project, pointer, report);
        foreach (var finding in PublicFilter.KeyFindings(project, pointer))
        {
            report(finding);
        }

        if (project.Organization is not null)
        {
            CheckOrganization(project.Organization, pointer + "/organization", municipalities, report);
        }
        for (var i = 0; i < project.Partners.Length; i++)
        {
            var partner = project.Partners[i];
            if (partner is not null && MunicipalityList.IsMunicipalityCode(partner.Code) && !municipalities.TryGet(partner.Code, out _))
            {
                report(Messages.Create(SchemaCodes.UnknownMunicipalityCode, $"{pointer}/partners/{i}/code", null, null, ("Value", partner.Code)));
            }
        }

        foreach (var check in options.Checks)
        {
            foreach (var finding in check.Check(project) ?? [])
            {
                // A check's pointers are relative to the project; inside an export they become absolute here.
                report(finding is null ? throw new InvalidOperationException($"The check {check.GetType().Name} returned a null finding.") : pointer.Length == 0 ? finding : finding with { Pointer = pointer + finding.Pointer });
            }
        }
    }

    /// <summary>The schema 1.1 checks: phase history in order and ending in the current phase, decision references that resolve, measurement and pilot dates.</summary>
    private static void CheckHistory(DataProject project, string pointer, Action<Finding> report)
    {
        var lifecycle = project.Lifecycle;
        var references = new System.Collections.Generic.HashSet<string>(StringComparer.Ordinal);
        foreach (var decision in project.Decisions)
        {
            if (decision?.Reference is { } reference)
            {
                references.Add(reference);
            }
        }

        if (project.CouncilDecision?.Reference is { } council)
        {
            references.Add(council);
        }

        void Reference(string? value, string at)
        {
            if (value is not null && !references.Contains(value))
            {
                report(Messages.Create(SchemaCodes.UnresolvedDecisionReference, at, null, null, ("Value", value)));
            }
        }

        if (lifecycle is not null)
        {
            var history = lifecycle.PhaseHistory;
            PhaseEntry? previous = null;
            for (var i = 0; i < history.Length; i++)
            {
                if (history[i] is not { } entry)
                {
                    continue;
                }

                var at = $"{pointer}/lifecycle/phaseHistory/{i}";
                if (previous is not null && entry.Entered < previous.Entered)
                {
                    report(Messages.Create(SchemaCodes.PhaseHistoryOutOfOrder, at + "/entered", null, null, ("Date", entry.Entered), ("Previous", previous.Entered)));
                }

                Reference(entry.DecisionReference, at + "/decisionReference");
                previous = entry;
            }

            if (previous is not null && lifecycle.Phase is { } phase && previous.Phase != phase)
            {
                report(Messages.Create(SchemaCodes.PhaseHistoryDisagrees, pointer + "/lifecycle/phase"));
            }

            if (lifecycle.Pilot is { } pilot)
            {
                Reference(pilot.DecisionReference, pointer + "/lifecycle/pilot/decisionReference");
                if (pilot is { EvaluationDate: { } evaluation, PlannedEnd: { } end } && evaluation.Start > end.End)
                {
                    report(Messages.Create(SchemaCodes.PilotEvaluationAfterEnd, pointer + "/lifecycle/pilot/evaluationDate", null, null, ("Evaluation", evaluation), ("End", end)));
                }
            }
        }

        var goals = project.Purpose?.SocietalGoals ?? [];
        for (var g = 0; g < goals.Length; g++)
        {
            var kpis = goals[g]?.Kpis ?? [];
            for (var k = 0; k < kpis.Length; k++)
            {
                if (kpis[k] is not { BaselineDate: { } baseline } kpi)
                {
                    continue;
                }

                for (var m = 0; m < kpi.Measurements.Length; m++)
                {
                    if (kpi.Measurements[m] is { } measurement && measurement.Date.End < baseline.Start)
                    {
                        report(Messages.Create(SchemaCodes.MeasurementBeforeBaseline, $"{pointer}/purpose/societalGoals/{g}/kpis/{k}/measurements/{m}/date", null, null, ("Date", measurement.Date), ("Baseline", baseline)));
                    }
                }
            }
        }
    }

    public static void CheckOrganization(Organization organization, string pointer, MunicipalityList municipalities, Action<Finding> report)
    {
        if (!MunicipalityList.IsMunicipality(organization) || organization.Code is null)
        {
            return;
        }

        if (!municipalities.TryGet(organization.Code, out var municipality))
        {
            report(Messages.Create(SchemaCodes.UnknownMunicipalityCode, pointer + "/code", null, null, ("Value", organization.Code)));
        }
        else if (!SameName(organization.Name, municipality!.Name))
        {
            report(Messages.Create(SchemaCodes.MunicipalityNameMismatch, pointer + "/name", null, null, ("Value", organization.Name), ("Expected", municipality.Name), ("Code", municipality.Code)));
        }
    }

    /// <summary>"Utrecht", "Gemeente Utrecht" and "gemeente utrecht" all name Gemeente Utrecht.</summary>
    private static bool SameName(string? given, string official)
    {
        if (given is null)
        {
            return false;
        }

        static string Normalize(string name)
        {
            var trimmed = name.Trim();
            return trimmed.StartsWith("gemeente ", StringComparison.OrdinalIgnoreCase) ? trimmed.Substring(9).Trim() : trimmed;
        }

        return string.Equals(Normalize(given), Normalize(official), StringComparison.OrdinalIgnoreCase);
    }
}
