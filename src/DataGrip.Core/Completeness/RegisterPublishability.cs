using System;
using System.Collections.Immutable;
using System.Linq;
using DataGrip.Core.Model;

namespace DataGrip.Core.Completeness;

/// <summary>Whether a project can be submitted to the Algoritmeregister (publication standard v1.0).</summary>
/// <remarks>Instances are immutable.</remarks>
public sealed class PublishabilityResult
{
    internal PublishabilityResult(ImmutableArray<Finding> findings, bool allAlwaysShownFieldsFilled)
    {
        Findings = findings;
        AllAlwaysShownFieldsFilled = allAlwaysShownFieldsFilled;
    }

    /// <summary>True when the register's seven required fields are filled and valid.</summary>
    public bool IsPublishable => Findings.IsEmpty;

    /// <summary>What stops publication: one finding per required field that is missing or too long.</summary>
    public ImmutableArray<Finding> Findings { get; }

    /// <summary>
    /// The register's binary completeness flag: every "always shown" field is filled (name, short description,
    /// organisation, themes, status, begin date, contact, publication category, goal, proportionality, human
    /// intervention, risks, data: a description or a source) — the register shows "Veld niet ingevuld" for an empty one.
    /// </summary>
    public bool AllAlwaysShownFieldsFilled { get; }
}

/// <summary>
/// The Algoritmeregister's publishing gate: standard v1.0 requires <c>name</c> (≤ 100), <c>description_short</c>
/// (≤ 400), <c>organization</c> (≤ 100), <c>status</c>, <c>contact_email</c> (≤ 500), <c>publication_category</c> and
/// <c>lang</c>. Codes <c>DG-P001</c>–<c>DG-P007</c>, one per field.
/// </summary>
public static class RegisterPublishability
{
    /// <summary>The codes of the publishing gate, one per required field of the register.</summary>
    public static ImmutableArray<string> Codes { get; } =
    [
        PublishabilityCodes.Name, PublishabilityCodes.ShortDescription, PublishabilityCodes.Organization, PublishabilityCodes.Status,
        PublishabilityCodes.Contact, PublishabilityCodes.PublicationCategory, PublishabilityCodes.Language,
    ];

    /// <summary>Checks whether a project can be published in the Algoritmeregister.</summary>
    /// <param name="project">The project.</param>
    /// <returns>Yes or no, the findings, and the "always shown fields filled" flag.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="project"/> is null.</exception>
    public static PublishabilityResult Check(DataProject project)
    {
        if (project is null)
        {
            throw new ArgumentNullException(nameof(project));
        }

        var findings = ImmutableArray.CreateBuilder<Finding>();
        Text(findings, PublishabilityCodes.Name, "/name", project.Name, 100);
        Text(findings, PublishabilityCodes.ShortDescription, "/shortDescription", project.ShortDescription, 400);
        Text(findings, PublishabilityCodes.Organization, "/organization/name", project.Organization?.Name, 100);
        if (project.Lifecycle?.RegisterStatus is null)
        {
            findings.Add(Missing(PublishabilityCodes.Status, "/lifecycle/phase"));
        }

        Text(findings, PublishabilityCodes.Contact, "/contact", project.Contact, 500);
        if (project.Risk?.PublicationCategory is null)
        {
            findings.Add(Missing(PublishabilityCodes.PublicationCategory, "/risk/publicationCategory"));
        }

        if (project.Language is null)
        {
            findings.Add(Missing(PublishabilityCodes.Language, "/language"));
        }

        var shown = TextQuality.IsMeaningful(project.Name)
            && TextQuality.IsMeaningful(project.ShortDescription)
            && TextQuality.IsMeaningful(project.Organization?.Name)
            && project.Themes.Length > 0
            && project.Lifecycle?.Phase is not null
            && project.Lifecycle.BeginDate is not null
            && TextQuality.IsMeaningful(project.Contact)
            && project.Risk?.PublicationCategory is not null
            && TextQuality.IsMeaningful(project.Purpose?.GoalAndImpact)
            && TextQuality.IsMeaningful(project.Purpose?.Proportionality)
            && TextQuality.IsMeaningful(project.Oversight?.HumanIntervention)
            && project.Risk.Risks.Length > 0
            // The register's "Gegevens" (source_data) is a text: filled when the project describes its data or lists a source.
            && (project.Data?.Sources.Length > 0 || TextQuality.IsMeaningful(project.Data?.Description));
        return new PublishabilityResult(findings.ToImmutable(), shown);
    }

    private static void Text(ImmutableArray<Finding>.Builder findings, string code, string pointer, string? value, int maxLength)
    {
        if (!TextQuality.IsMeaningful(value))
        {
            findings.Add(Missing(code, pointer));
        }
        else if (value!.Length > maxLength)
        {
            var key = code + ".tooLong";
            findings.Add(Messages.Create(CompletenessMessages.Publishability[key], code, key, pointer, null, null, ("MaxLength", maxLength), ("Length", value.Length)));
        }
    }

    private static Finding Missing(string code, string pointer) =>
        Messages.Create(CompletenessMessages.Publishability[code], code, null, pointer, null, null);
}
