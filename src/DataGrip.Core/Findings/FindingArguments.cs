using System;
using System.Collections;
using System.Collections.Generic;

namespace DataGrip.Core;

/// <summary>
/// The arguments of a library-made finding: a few names and values in two arrays, in the order given, read-only.
/// An immutable dictionary costs a tree of nodes per finding, and a finding has at most a handful of arguments, which
/// a linear search finds as fast as a hash would.
/// </summary>
internal sealed class FindingArguments : IReadOnlyDictionary<string, string>
{
    private readonly string[] names;
    private readonly string[] values;

    private FindingArguments(string[] names, string[] values)
    {
        this.names = names;
        this.values = values;
    }

    /// <summary>No arguments, shared.</summary>
    internal static FindingArguments Empty { get; } = new([], []);

    /// <summary>The arguments made text (see <see cref="Messages.Arguments"/>), taking the arrays; a name given twice keeps its last value.</summary>
    internal static FindingArguments Of(string[] names, string[] values)
    {
        var kept = 0;
        for (var i = 0; i < names.Length; i++)
        {
            var at = Array.IndexOf(names, names[i], 0, kept);
            if (at < 0)
            {
                at = kept++;
                names[at] = names[i];
            }

            values[at] = values[i];
        }

        if (kept < names.Length)
        {
            Array.Resize(ref names, kept);
            Array.Resize(ref values, kept);
        }

        return names.Length == 0 ? Empty : new FindingArguments(names, values);
    }

    public int Count => names.Length;

    public IEnumerable<string> Keys => names;

    public IEnumerable<string> Values => values;

    public string this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"The finding has no argument '{key}'.");

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, out string value)
    {
        var at = IndexOf(key);
        value = at < 0 ? null! : values[at];
        return at >= 0;
    }

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator()
    {
        for (var i = 0; i < names.Length; i++)
        {
            yield return new KeyValuePair<string, string>(names[i], values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Whether two sets of arguments have the same names and values, in any order and of any type.</summary>
    internal static bool Same(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a.Count != b.Count)
        {
            return false;
        }

        foreach (var pair in b)
        {
            if (!a.TryGetValue(pair.Key, out var value) || !string.Equals(value, pair.Value, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private int IndexOf(string key)
    {
        if (key is null)
        {
            throw new ArgumentNullException(nameof(key)); // as a dictionary does
        }

        for (var i = 0; i < names.Length; i++)
        {
            if (string.Equals(names[i], key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
