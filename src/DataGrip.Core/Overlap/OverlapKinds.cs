using System;
using System.Linq;
using DataGrip.Core.Model;

namespace DataGrip.Core.Overlap;

/// <summary>Why a pair has its kind; the explanation says it first, in words.</summary>
internal enum KindReason
{
    /// <summary>Not known (a pair made outside the detector): the explanation says nothing of the kind.</summary>
    None,

    /// <summary>Duplicate: one organisation registered two projects with the same name.</summary>
    SameName,

    /// <summary>Duplicate: two departments of one organisation, and the pair scores from the duplicate threshold.</summary>
    TwoDepartments,

    /// <summary>Duplicate: one organisation, no two departments named, and the pair scores from the duplicate threshold.</summary>
    NearlyAlike,

    /// <summary>Overlap: one department of one organisation registers related projects.</summary>
    OneDepartment,

    /// <summary>Overlap: one organisation, related projects.</summary>
    OneOrganization,

    /// <summary>Shared supplier: two organisations with the same supplier.</summary>
    SameSupplier,

    /// <summary>Reuse opportunity: two organisations, the same purpose.</summary>
    TwoOrganizations,
}

/// <summary>
/// Whose project it is, as the kind rule reads it: the organisation's code and folded name (a supplier template, whose
/// organisation is still to be filled in, is its supplier's), the folded department and project name, and the names
/// as the public may read them in an explanation.
/// </summary>
internal sealed record Owner(string? Code, string? Name, string? Department, string? ProjectName, string? Display, string? DisplayDepartment);

/// <summary>The kind of a pair, decided as a person would from the two projects' organisations (docs/overlap.md, "Kinds").</summary>
internal static class OverlapKinds
{
    /// <summary>The owner of a project; null for a null entry.</summary>
    public static Owner? Of(DataProject? project)
    {
        if (project is null)
        {
            return null;
        }

        var shown = PublicView(project);
        var (name, display) = project.Organization is { Name: var organization } && organization != Interop.RowMapper.OrganizationToFillIn
            ? (organization, shown?.Organization?.Name)
            : (Author(project)?.Name, shown is null ? null : Author(shown)?.Name);
        return new Owner(
            Text(project.Organization?.Code)?.ToUpperInvariant(),
            Folded(name),
            Folded(project.Department),
            Folded(project.Name),
            Text(display),
            Text(shown?.Department));
    }

    /// <summary>The same organisation: the same code when both have one, else the same name.</summary>
    public static bool SameOrganization(Owner? a, Owner? b) =>
        a is not null && b is not null && (a.Code is { } x && b.Code is { } y ? x == y : a.Name is { } name && name == b.Name);

    /// <summary>
    /// One organisation: a duplicate when the names are the same; an overlap when one department registers both (two
    /// profiles, two steps of one process); else a duplicate when the pair scores from <paramref name="duplicateThreshold"/>
    /// (said as two departments when both name theirs) and an overlap below it. Two organisations: a shared supplier
    /// when they share one, else a reuse opportunity.
    /// </summary>
    public static (OverlapKind Kind, KindReason Reason) Decide(Owner? a, Owner? b, double score, bool sharesSupplier, double duplicateThreshold)
    {
        if (!SameOrganization(a, b))
        {
            return sharesSupplier ? (OverlapKind.SharedSupplier, KindReason.SameSupplier) : (OverlapKind.ReuseOpportunity, KindReason.TwoOrganizations);
        }

        if (a!.ProjectName is { } name && name == b!.ProjectName)
        {
            return (OverlapKind.Duplicate, KindReason.SameName);
        }

        var departments = a.Department is not null && b!.Department is not null;
        if (departments && a.Department == b!.Department)
        {
            return (OverlapKind.Overlap, KindReason.OneDepartment);
        }

        return score < duplicateThreshold ? (OverlapKind.Overlap, KindReason.OneOrganization)
            : departments ? (OverlapKind.Duplicate, KindReason.TwoDepartments)
            : (OverlapKind.Duplicate, KindReason.NearlyAlike);
    }

    /// <summary>Who wrote a template: its first supplier that is a company (not "Intern ontwikkeld").</summary>
    private static Supplier? Author(DataProject project) =>
        project.Suppliers.FirstOrDefault(s => s is not null && Folded(s.Name) is { } n && !n.StartsWith("intern", StringComparison.Ordinal) && !n.StartsWith("eigen", StringComparison.Ordinal));

    /// <summary>The project as the public may see it (what an explanation names comes from it); null when its visibility keys name no field (DG-S107).</summary>
    internal static DataProject? PublicView(DataProject project)
    {
        if (!Serialization.PublicFilter.HasInternalFields(project))
        {
            return project;
        }

        try
        {
            return Serialization.PublicFilter.Project(project);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>A name folded to its runs of letters and digits, one letter too ("Profiel A" is not "Profiel B"); null when it has none.</summary>
    private static string? Folded(string? text)
    {
        if (text is null || string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var folded = DutchText.Fold(text);
        var runs = new System.Text.StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                runs.Append(c);
            }
            else if (runs.Length > 0 && runs[runs.Length - 1] != ' ')
            {
                runs.Append(' ');
            }
        }

        return runs.ToString().TrimEnd() is { Length: > 0 } name ? name : null;
    }

    private static string? Text(string? text) => text is null || string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
