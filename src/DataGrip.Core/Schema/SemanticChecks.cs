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
