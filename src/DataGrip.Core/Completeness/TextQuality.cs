using System;
using System.Collections.Generic;
using System.Text;

namespace DataGrip.Core.Completeness;

/// <summary>Whether a text says something: placeholders such as "n.v.t." or empty HTML count as missing.</summary>
internal static class TextQuality
{
    private static readonly HashSet<string> Placeholders = new(StringComparer.OrdinalIgnoreCase)
    {
        "-", "--", "—", ".", "..", "...", "…", "?", "x", "n.v.t.", "n.v.t", "nvt", "n/a", "na", "nb", "n.b.",
        "nog niet bekend", "niet bekend", "onbekend", "nog in te vullen", "in te vullen", "volgt", "volgt nog", "tbd",
        "todo", "nog niet beschikbaar", "niet beschikbaar", "geen", "leeg", "unknown", "none", "not applicable",
    };

    /// <summary>True when the text has content: not null, not white space, not a placeholder, not empty HTML.</summary>
    public static bool IsMeaningful(string? text)
    {
        if (text is null)
        {
            return false;
        }

        // Trim without allocating, and read only the ends of a long text: scoring must not scan every character.
        var start = 0;
        var end = text.Length;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var length = end - start;
        if (length == 0)
        {
            return false;
        }

        if (text[start] == '<' || (length <= 24 && text.IndexOf('<', start, length) >= 0))
        {
            // HTML: what counts is the text between the tags ("<p></p>" is empty).
            var plain = StripTags(text.Substring(start, length));
            return plain.Trim().Length > 0 && IsMeaningful(plain);
        }

        if (length > 24)
        {
            return true;
        }

        var trimmed = text.Substring(start, length);
        return !Placeholders.Contains(trimmed) && !Placeholders.Contains(trimmed.TrimEnd('.', ';', ' '));
    }

    /// <summary>
    /// True when a contact is a functional mailbox or a web address rather than a person's own address:
    /// <c>data@utrecht.nl</c> and <c>https://…</c> are functional; <c>j.devries@…</c> and <c>jan.devries@…</c> are personal.
    /// </summary>
    public static bool IsFunctionalContact(string contact)
    {
        var value = contact.Trim();
        if (value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var at = value.IndexOf('@');
        if (at <= 0)
        {
            return false;
        }

        // A dot between letters in the local part (j.devries, jan.de.vries) is how Dutch municipalities write people.
        var local = value.Substring(0, at);
        var dot = local.IndexOf('.');
        return dot <= 0 || dot == local.Length - 1 || !char.IsLetter(local[dot - 1]) || !char.IsLetter(local[dot + 1]);
    }

    private static string StripTags(string html)
    {
        var text = new StringBuilder(html.Length);
        var inTag = false;
        foreach (var c in html)
        {
            if (c == '<')
            {
                inTag = true;
            }
            else if (c == '>')
            {
                inTag = false;
            }
            else if (!inTag)
            {
                text.Append(c);
            }
        }

        return text.Replace("&nbsp;", " ").ToString();
    }
}
