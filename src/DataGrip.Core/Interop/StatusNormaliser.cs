using System;
using System.Collections.Generic;
using DataGrip.Core.Model;

namespace DataGrip.Core.Interop;

/// <summary>
/// Reads the register's status (free text before v0.2.3) as a lifecycle phase: the three v1.0 labels, the seven
/// values of the consortium standard v0.3.1 and the variants seen in real data ("Actief", "In productie",
/// "in gebruik sinds 18-12-2020", "Gestopt", "pilot").
/// </summary>
internal static class StatusNormaliser
{
    private static readonly Dictionary<string, Phase> Known = new(StringComparer.Ordinal)
    {
        ["in gebruik"] = Phase.Production,
        ["in ontwikkeling"] = Phase.Development,
        ["buiten gebruik"] = Phase.Ended,
        ["actief"] = Phase.Production,
        ["in productie"] = Phase.Production,
        ["productie"] = Phase.Production,
        ["in werking"] = Phase.Production,
        ["operationeel"] = Phase.Production,
        ["live"] = Phase.Production,
        ["gestopt"] = Phase.Ended,
        ["beeindigd"] = Phase.Ended,
        ["niet meer in gebruik"] = Phase.Ended,
        ["uitgefaseerd"] = Phase.Ended,
        ["inactief"] = Phase.Ended,
        ["pilot"] = Phase.Pilot,
        ["in pilot"] = Phase.Pilot,
        ["proef"] = Phase.Pilot,
        ["experiment"] = Phase.Pilot,
        ["gepland"] = Phase.Idea,
        ["ontwerp"] = Phase.Design,
        ["in ontwerp"] = Phase.Design,
        ["ontwikkeling"] = Phase.Development,
        ["evaluatie"] = Phase.Evaluation,
        ["in evaluatie"] = Phase.Evaluation,
    };

    /// <summary>Reads a status; <paramref name="since"/> is a date found after "sinds"/"vanaf", if any.</summary>
    /// <returns>False when the text names no status surely (for example a paragraph that is not one).</returns>
    public static bool TryRead(string text, out Phase phase, out PartialDate? since)
    {
        since = null;
        var key = TextKey.Of(text);
        if (Known.TryGetValue(key, out phase))
        {
            return true;
        }

        // "In gebruik sinds 18-12-2020", "Actief, vanaf 2019-03": a known status followed by more words.
        foreach (var pair in Known)
        {
            if (key.Length > pair.Key.Length && key.StartsWith(pair.Key, StringComparison.Ordinal) && !char.IsLetter(key[pair.Key.Length]))
            {
                phase = pair.Value;
                var rest = key.Substring(pair.Key.Length).TrimStart(',', ' ', ';', ':', '-');
                foreach (var lead in new[] { "sinds ", "vanaf ", "per " })
                {
                    if (rest.StartsWith(lead, StringComparison.Ordinal) && DateNormaliser.TryRead(rest.Substring(lead.Length), out var date))
                    {
                        since = date;
                    }
                }

                return pair.Key.Length >= 5;
            }
        }

        return false;
    }
}
