using System;
using System.Collections.Generic;
using System.IO;

namespace DataGrip.Core.Overlap;

/// <summary>
/// Splits Dutch compounds into the parts of an embedded word list (Resources/compound-parts.txt, from OpenTaal; see
/// Resources/ORIGIN.md): "kentekencamerahandhaving" → kenteken, camera, handhaving; "parkeervergunningen" → parkeer,
/// vergunningen. The last part is the longest that fits; a linking s or e(n) between parts is allowed.
/// </summary>
internal static class DutchCompounds
{
    private const int MinPart = 4;

    private static readonly HashSet<string> Parts = Load();

    /// <summary>The parts of a folded word, or an empty list when it is no compound of known parts.</summary>
    public static List<string> Split(string word)
    {
        var parts = new List<string>();
        if (word.Length >= 2 * MinPart && !Split(word, parts, 0))
        {
            parts.Clear();
        }

        return parts;
    }

    private static bool Split(string word, List<string> parts, int depth)
    {
        // The head is the longest known ending that leaves a known (or again splittable) modifier.
        for (var at = MinPart; at <= word.Length - MinPart; at++)
        {
            var head = word.Substring(at);
            if (!Parts.Contains(head) && !(head.Length > MinPart + 1 && Inflected(head)))
            {
                continue;
            }

            var modifier = word.Substring(0, at);
            foreach (var candidate in Modifiers(modifier))
            {
                var before = parts.Count;
                if (Parts.Contains(candidate) || (depth < 2 && candidate.Length >= 2 * MinPart && Split(candidate, parts, depth + 1)))
                {
                    if (parts.Count == before)
                    {
                        parts.Add(candidate);
                    }

                    parts.Add(head);
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A plural or inflected head of a known part: "vergunningen", "meldingen", "camera's" folded to "cameras".</summary>
    private static bool Inflected(string head) =>
        (head.EndsWith("en", StringComparison.Ordinal) && Parts.Contains(head.Substring(0, head.Length - 2)))
        || (head.EndsWith("s", StringComparison.Ordinal) && Parts.Contains(head.Substring(0, head.Length - 1)))
        || (head.EndsWith("e", StringComparison.Ordinal) && Parts.Contains(head.Substring(0, head.Length - 1)));

    /// <summary>The modifier as written, and without a linking s, e or en ("verkeers" → "verkeer").</summary>
    private static IEnumerable<string> Modifiers(string modifier)
    {
        yield return modifier;
        if (modifier.Length > MinPart && modifier[modifier.Length - 1] is 's' or 'e')
        {
            yield return modifier.Substring(0, modifier.Length - 1);
        }

        if (modifier.Length > MinPart + 1 && modifier.EndsWith("en", StringComparison.Ordinal))
        {
            yield return modifier.Substring(0, modifier.Length - 2);
        }
    }

    private static HashSet<string> Load()
    {
        using var stream = typeof(DutchCompounds).Assembly.GetManifestResourceStream("DataGrip.Core.Overlap.compound-parts.txt")
            ?? throw new InvalidOperationException("The embedded compound-parts.txt is missing.");
        using var reader = new StreamReader(stream);
        var parts = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                parts.Add(line);
            }
        }

        return parts;
    }
}
