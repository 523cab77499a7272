using System;
using System.Collections.Generic;
using System.Linq;
using DataGrip.Core.Model;

namespace DataGrip.Core.Interop;

/// <summary>
/// Reads the register's <c>category</c> as themes: the 16 v1.0 labels (any case or accents), a Postgres array
/// literal (<c>{"Ruimte en infrastructuur",Verkeer}</c>), a list separated by ";", "|", new lines or commas, and the
/// free-text domains of older versions that name one theme surely ("Veiligheid en handhaving", "Infrastructuur",
/// the consortium standard's domains).
/// </summary>
internal static class ThemeNormaliser
{
    private static readonly Dictionary<string, Theme> Labels = Enum.GetValues(typeof(Theme)).Cast<Theme>()
        .ToDictionary(t => TextKey.Of(RegisterLabels.Label(t)), t => t, StringComparer.Ordinal);

    private static readonly Dictionary<string, Theme> Synonyms = new(StringComparer.Ordinal)
    {
        ["veiligheid en handhaving"] = Theme.PublicOrderAndSafety,
        ["veiligheid"] = Theme.PublicOrderAndSafety,
        ["handhaving"] = Theme.PublicOrderAndSafety,
        ["openbare orde"] = Theme.PublicOrderAndSafety,
        ["infrastructuur"] = Theme.SpatialPlanningAndInfrastructure,
        ["ruimtelijke ordening"] = Theme.SpatialPlanningAndInfrastructure,
        ["verkeer en vervoer"] = Theme.Traffic,
        ["mobiliteit"] = Theme.Traffic,
        ["parkeren"] = Theme.Traffic,
        ["gezondheid en zorg"] = Theme.HealthAndCare,
        ["zorg"] = Theme.HealthAndCare,
        ["gezondheid"] = Theme.HealthAndCare,
        ["bouwen, wonen en leefomgeving"] = Theme.Housing,
        ["werk en loopbaan"] = Theme.Work,
        ["subsidies, uitkeringen en toeslagen"] = Theme.SocialSecurity,
        ["belastingen"] = Theme.PublicFinance,
        ["financien"] = Theme.PublicFinance,
        ["cultuur, sport en vrije tijd"] = Theme.CultureAndRecreation,
        ["economie en ondernemen"] = Theme.Economy,
        ["onderwijs"] = Theme.EducationAndScience,
        ["internationale samenwerking"] = Theme.International,
        ["migratie"] = Theme.MigrationAndIntegration,
        ["landbouw, natuur en voedsel"] = Theme.NatureAndEnvironment,
        ["milieu"] = Theme.NatureAndEnvironment,
        ["natuur"] = Theme.NatureAndEnvironment,
        ["rechtspraak"] = Theme.Law,
        ["bedrijfsvoering"] = Theme.OrganisationAndOperations,
        ["overheid"] = Theme.OrganisationAndOperations,
    };

    /// <summary>Splits a text value into items: a Postgres array literal or a separated list.</summary>
    public static List<string> Items(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length >= 2 && trimmed[0] == '{' && trimmed[trimmed.Length - 1] == '}')
        {
            return PostgresArray(trimmed.Substring(1, trimmed.Length - 2));
        }

        if (TryOne(trimmed, out _))
        {
            return [trimmed];
        }

        var items = new List<string>();
        foreach (var part in trimmed.Split([';', '|', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (TryOne(part, out _) || part.IndexOf(',') < 0)
            {
                items.Add(part.Trim());
            }
            else
            {
                items.AddRange(part.Split(',').Select(p => p.Trim()));
            }
        }

        return items.Where(i => i.Length > 0).ToList();
    }

    /// <summary>Reads one item.</summary>
    public static bool TryOne(string item, out Theme theme) => TryOne(item, out theme, out _);

    /// <summary>Reads one item; <paramref name="exact"/> is true when it is a v1.0 label written exactly.</summary>
    public static bool TryOne(string item, out Theme theme, out bool exact)
    {
        exact = RegisterLabels.TryParseTheme(item, out theme);
        if (exact)
        {
            return true;
        }

        var key = TextKey.Of(item);
        return Labels.TryGetValue(key, out theme) || Synonyms.TryGetValue(key, out theme);
    }

    private static List<string> PostgresArray(string body)
    {
        var items = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c == '\\' && i + 1 < body.Length)
            {
                current.Append(body[++i]);
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                items.Add(current.ToString().Trim());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        items.Add(current.ToString().Trim());
        return items.Where(i => i.Length > 0).ToList();
    }
}
