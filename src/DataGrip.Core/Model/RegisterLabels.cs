using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace DataGrip.Core.Model;

/// <summary>
/// The verbatim Dutch labels of the Algoritmeregister (publication standard v1.0) for the model's vocabularies
/// that come from the register, and the way back from a label to a value.
/// </summary>
/// <remarks>All members are thread-safe. Labels are compared exactly (the register's spelling); normalising free
/// text from older registrations is the importer's job.</remarks>
public static class RegisterLabels
{
    private static readonly ImmutableDictionary<Theme, string> Themes = new Dictionary<Theme, string>
    {
        [Theme.OrganisationAndOperations] = "Organisatie en bedrijfsvoering",
        [Theme.CultureAndRecreation] = "Cultuur en recreatie",
        [Theme.Economy] = "Economie",
        [Theme.PublicFinance] = "Overheidsfinanciën",
        [Theme.Housing] = "Wonen",
        [Theme.International] = "Internationaal",
        [Theme.MigrationAndIntegration] = "Migratie en integratie",
        [Theme.NatureAndEnvironment] = "Natuur en milieu",
        [Theme.EducationAndScience] = "Onderwijs en wetenschap",
        [Theme.PublicOrderAndSafety] = "Openbare orde en veiligheid",
        [Theme.Law] = "Recht",
        [Theme.SpatialPlanningAndInfrastructure] = "Ruimte en infrastructuur",
        [Theme.SocialSecurity] = "Sociale zekerheid",
        [Theme.Traffic] = "Verkeer",
        [Theme.Work] = "Werk",
        [Theme.HealthAndCare] = "Zorg en gezondheid",
    }.ToImmutableDictionary();

    private static readonly ImmutableDictionary<RegisterStatus, string> Statuses = new Dictionary<RegisterStatus, string>
    {
        [RegisterStatus.InDevelopment] = "In ontwikkeling",
        [RegisterStatus.InUse] = "In gebruik",
        [RegisterStatus.OutOfUse] = "Buiten gebruik",
    }.ToImmutableDictionary();

    private static readonly ImmutableDictionary<PublicationCategory, string> Categories = new Dictionary<PublicationCategory, string>
    {
        [PublicationCategory.HighRiskAiSystem] = "Hoog-risico AI-systeem",
        [PublicationCategory.ImpactfulAlgorithm] = "Impactvolle algoritmes",
        [PublicationCategory.OtherAlgorithm] = "Overige algoritmes",
    }.ToImmutableDictionary();

    /// <summary>The register's label of a theme, such as "Sociale zekerheid".</summary>
    /// <param name="theme">The theme.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined theme.</exception>
    public static string Label(Theme theme) => Lookup(Themes, theme);

    /// <summary>The register's label of a status, such as "In gebruik".</summary>
    /// <param name="status">The status.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined status.</exception>
    public static string Label(RegisterStatus status) => Lookup(Statuses, status);

    /// <summary>The register's label of a publication category, such as "Impactvolle algoritmes".</summary>
    /// <param name="category">The category.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined category.</exception>
    public static string Label(PublicationCategory category) => Lookup(Categories, category);

    /// <summary>The register's identifier of an organisation type, such as <c>regionaal_samenwerkingsorgaan</c>.</summary>
    /// <param name="type">The organisation type.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined organisation type.</exception>
    public static string Label(OrganizationType type)
    {
        if (!Enum.IsDefined(typeof(OrganizationType), type))
        {
            throw new ArgumentOutOfRangeException(nameof(type), type, "Not a defined organisation type.");
        }

        var name = type.ToString();
        return string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
    }

    /// <summary>Finds the theme with a register label.</summary>
    /// <param name="label">The label, such as "Wonen".</param>
    /// <param name="theme">The theme found.</param>
    /// <returns>True when the label is one of the 16.</returns>
    public static bool TryParseTheme(string? label, out Theme theme) => TryFind(Themes, label, out theme);

    /// <summary>Finds the status with a register label.</summary>
    /// <param name="label">The label, such as "In gebruik".</param>
    /// <param name="status">The status found.</param>
    /// <returns>True when the label is one of the 3.</returns>
    public static bool TryParseStatus(string? label, out RegisterStatus status) => TryFind(Statuses, label, out status);

    /// <summary>Finds the publication category with a register label.</summary>
    /// <param name="label">The label, such as "Overige algoritmes".</param>
    /// <param name="category">The category found.</param>
    /// <returns>True when the label is one of the 3.</returns>
    public static bool TryParseCategory(string? label, out PublicationCategory category) => TryFind(Categories, label, out category);

    private static string Lookup<T>(ImmutableDictionary<T, string> labels, T value)
        where T : struct, Enum =>
        labels.TryGetValue(value, out var label) ? label : throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a defined {typeof(T).Name}.");

    private static bool TryFind<T>(ImmutableDictionary<T, string> labels, string? label, out T value)
        where T : struct, Enum
    {
        foreach (var pair in labels)
        {
            if (string.Equals(pair.Value, label, StringComparison.Ordinal))
            {
                value = pair.Key;
                return true;
            }
        }

        value = default;
        return false;
    }
}
