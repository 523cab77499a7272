using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;

namespace DataGrip.Core;

/// <summary>
/// Dutch and English labels for every value of every public enum a person sees (severity, perspective, band, phase,
/// theme, kind, AI Act class, DPIA outcome, impact level, approver, overlap kind, personal-data level, …), so that no
/// consumer writes a table of its own. The register's own verbatim labels are in <see cref="Model.RegisterLabels"/>.
/// </summary>
/// <remarks>
/// Thread-safe. A label is a term of the <see cref="MessageCatalog"/> with the key <c>label:Type.Value</c> (such as
/// <c>label:Phase.Pilot</c>), so a vendor replaces or adds a language's labels the way it does messages.
/// </remarks>
public static class Labels
{
    private static readonly ImmutableDictionary<string, Messages.Template> Table = Build();

    /// <summary>The enums that have labels.</summary>
    public static IReadOnlyList<Type> Enums { get; } = [.. LabelTable.Tables.Select(t => t.Type)];

    /// <summary>The labels as terms of the message tables (<c>label:Type.Value</c>).</summary>
    internal static ImmutableDictionary<string, Messages.Template> Terms => Table;

    /// <summary>The label of a value in the language of a culture: Dutch for any <c>nl</c> culture, English otherwise; with a catalog, its term in the culture's language.</summary>
    /// <param name="value">The value, such as <c>Phase.Pilot</c>. A combination of flags gets its labels joined by commas.</param>
    /// <param name="culture">The culture; the current UI culture when null.</param>
    /// <param name="catalog">A vendor's catalog; null for the library's own labels.</param>
    /// <returns>The label, such as "pilot" or "hoog risico".</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The enum has no labels, or the value is not defined.</exception>
    public static string Get(Enum value, CultureInfo? culture = null, MessageCatalog? catalog = null)
    {
        if (value is null)
        {
            throw new ArgumentNullException(nameof(value));
        }

        culture ??= CultureInfo.CurrentUICulture;
        var key = Key(value);
        if (Table.ContainsKey(key))
        {
            return Say(key, culture, catalog);
        }

        var type = value.GetType();
        if (type.IsDefined(typeof(FlagsAttribute), false) && Enums.Contains(type))
        {
            var bits = Convert.ToUInt64(value, CultureInfo.InvariantCulture);
            var parts = Enum.GetValues(type).Cast<Enum>()
                .Where(flag => Convert.ToUInt64(flag, CultureInfo.InvariantCulture) is var f && f != 0 && (bits & f) == f)
                .Select(flag => Say(Key(flag), culture, catalog))
                .ToList();
            if (parts.Count > 0)
            {
                return string.Join(", ", parts);
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, $"No label for {type.Name}.{value}.");
    }

    /// <summary>The key of a value's label in the <see cref="MessageCatalog"/>, such as <c>label:Phase.Pilot</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The key.</returns>
    public static string Key(Enum value) => "label:" + value.GetType().Name + "." + value;

    private static string Say(string key, CultureInfo culture, MessageCatalog? catalog)
    {
        if (catalog is not null)
        {
            return catalog.Format(key, ImmutableDictionary<string, string>.Empty, culture);
        }

        var label = Table[key];
        return culture.TwoLetterISOLanguageName == "nl" ? label.Dutch : label.English;
    }

    private static ImmutableDictionary<string, Messages.Template> Build()
    {
        var table = ImmutableDictionary.CreateBuilder<string, Messages.Template>(StringComparer.Ordinal);
        foreach (var (type, lines) in LabelTable.Tables)
        {
            foreach (var line in lines.Split('\n'))
            {
                var cells = line.Split('|');
                if (cells.Length != 3)
                {
                    continue;
                }

                var value = (Enum)Enum.Parse(type, cells[0].Trim());
                table.Add(Key(value), Messages.Term(cells[1].Trim(), cells[2].Trim()));
            }
        }

        return table.ToImmutable();
    }
}
