using System;
using System.Collections.Generic;
using DataGrip.Core.Model;
using DataGrip.Core.Reference;

namespace DataGrip.Core.Interop;

/// <summary>How an organisation name was matched.</summary>
internal enum OrganizationMatch
{
    /// <summary>The official name of a municipality, exactly.</summary>
    Exact,

    /// <summary>A municipality, recognised despite case, accents, punctuation or a missing "Gemeente".</summary>
    Spelling,

    /// <summary>Not a municipality: another kind of organisation (ministry, province…) or unknown.</summary>
    None,

    /// <summary>Looks like a municipality ("Gemeente …") but no municipality matches surely.</summary>
    Unsure,
}

/// <summary>
/// Matches an organisation name to a municipality of a <see cref="MunicipalityList"/>: the official name
/// ("Gemeente Utrecht"), the bare name ("Utrecht"), or either with drift in case, accents, apostrophes, hyphens and
/// spaces ("gemeente 's Hertogenbosch", "Gem. Súdwest Fryslân"). A name that starts with "Gemeente" and matches
/// nothing is unsure: the closest name is offered as a hint, never set. Other names get a type when their first
/// word says it (ministerie, provincie, waterschap…).
/// </summary>
internal sealed class OrganizationMatcher
{
    private static readonly (string Prefix, OrganizationType Type)[] TypePrefixes =
    [
        ("ministerie", OrganizationType.Ministerie),
        ("provincie", OrganizationType.Provincie),
        ("waterschap", OrganizationType.Waterschap),
        ("hoogheemraadschap", OrganizationType.Waterschap),
        ("politie", OrganizationType.Politie),
        ("veiligheidsregio", OrganizationType.Veiligheidsregio),
        ("brandweer", OrganizationType.Brandweer),
    ];

    private readonly Dictionary<string, Municipality> byKey = new(StringComparer.Ordinal);

    public OrganizationMatcher(MunicipalityList municipalities)
    {
        foreach (var municipality in municipalities.All)
        {
            byKey[Key(municipality.Name)] = municipality;
        }
    }

    /// <summary>Matches a name; <paramref name="hint"/> names the closest municipality when the match is unsure.</summary>
    public OrganizationMatch Match(string name, out Municipality? municipality, out OrganizationType? type, out InteropMessages.Bilingual? hint)
    {
        hint = null;
        type = null;
        var key = Key(name);
        if (byKey.TryGetValue(key, out municipality))
        {
            type = OrganizationType.Gemeente;
            return string.Equals(municipality.Name, name, StringComparison.Ordinal) ? OrganizationMatch.Exact : OrganizationMatch.Spelling;
        }

        var textKey = TextKey.Of(name);
        foreach (var (prefix, prefixType) in TypePrefixes)
        {
            if (textKey.StartsWith(prefix, StringComparison.Ordinal))
            {
                type = prefixType;
                return OrganizationMatch.None;
            }
        }

        if (!textKey.StartsWith("gemeente", StringComparison.Ordinal) && !textKey.StartsWith("gem ", StringComparison.Ordinal) && !textKey.StartsWith("gem.", StringComparison.Ordinal))
        {
            return OrganizationMatch.None;
        }

        type = OrganizationType.Gemeente;
        var best = int.MaxValue;
        string? closest = null;
        foreach (var pair in byKey)
        {
            var distance = Distance(key, pair.Key, Math.Min(best, 3));
            if (distance < best)
            {
                best = distance;
                closest = pair.Value.Name + " (" + pair.Value.Code + ")";
            }
        }

        hint = best <= 2 ? InteropMessages.Say("did you mean " + closest + "?", "bedoelde u " + closest + "?") : InteropMessages.Say("no municipality with a similar name", "geen gemeente met een gelijkende naam");
        return OrganizationMatch.Unsure;
    }

    /// <summary>The matching key of a name: without "Gemeente", accents, apostrophes, hyphens and extra spaces.</summary>
    internal static string Key(string name)
    {
        var key = TextKey.Of(name.Replace('-', ' ').Replace('\'', ' ').Replace('’', ' ').Replace('.', ' '));
        foreach (var prefix in new[] { "gemeente ", "gem " })
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal))
            {
                key = key.Substring(prefix.Length);
            }
        }

        return key.Replace(" ", string.Empty);
    }

    /// <summary>Levenshtein distance, giving up (returning <paramref name="cap"/>) once it exceeds the cap.</summary>
    private static int Distance(string a, string b, int cap)
    {
        if (Math.Abs(a.Length - b.Length) >= cap)
        {
            return cap;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin >= cap)
            {
                return cap;
            }

            (previous, current) = (current, previous);
        }

        return Math.Min(previous[b.Length], cap);
    }
}
