using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using DataGrip.Core.Interop;

namespace DataGrip.Core.Tests.Interop;

/// <summary>
/// Field-by-field comparison of two register v1.0 registrations, in the register's own terms: an absent field, null
/// and "" are the same (the API treats them alike); HTML fields are compared by their text as the register's cleaner
/// leaves it (<see cref="RegisterText"/>: tags removed, so an ol's numbers are not there); tags are compared as the list of search terms; <c>lang</c> ignores case (the API's enum is
/// "nld", templates say "NLD"); a grouping link "" equals no link.
/// </summary>
internal static class RegisterComparison
{
    // The API's field list (MinBZK/amt AlgorithmIn) is a fact, not behaviour under test: the library's copy is used.
    private static readonly string[] Fields = RegisterFields.AlgorithmIn;

    private static readonly HashSet<string> Html =
    [
        "goal", "proportionality", "human_intervention", "risks", "lawful_basis", "impacttoetsen", "source_data", "methods_and_models",
    ];

    /// <summary>The fields whose values differ, as "field: original ≠ exported".</summary>
    public static List<string> Differences(JsonElement original, JsonElement exported)
    {
        var differences = new List<string>();
        foreach (var field in Fields)
        {
            var a = Canonical(field, original);
            var b = Canonical(field, exported);
            if (!string.Equals(a, b, StringComparison.Ordinal))
            {
                differences.Add($"{field}: '{a}' ≠ '{b}'");
            }
        }

        return differences;
    }

    private static string? Canonical(string field, JsonElement registration)
    {
        if (!registration.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Array)
        {
            var items = value.EnumerateArray().Select(item => item.ValueKind == JsonValueKind.Object
                ? Text(item, "title") + " | " + Text(item, "link")
                : item.GetString()!.Trim()).ToList();
            return items.Count == 0 ? null : string.Join(" ;; ", items);
        }

        var text = value.GetString()!;
        if (field == "tags")
        {
            text = string.Join(", ", HtmlText.ToText(text).Split(',', '\n').Select(t => t.Trim()).Where(t => t.Length > 0).Distinct());
        }
        else if (Html.Contains(field))
        {
            text = RegisterText(text);
        }
        else if (field == "lang")
        {
            text = text.ToLowerInvariant();
        }

        text = text.Trim();
        return text.Length == 0 ? null : text;
    }

    /// <summary>
    /// The text of an HTML value as the register's cleaner leaves it, written independently of the library: comments
    /// removed, tags other than the allowed p, div, br, ul, ol and li removed with their text kept; each block ends a
    /// line; an item of a ul is a bullet (compared as "- "), an item of an ol has no number in the text (the register's
    /// text loses it); entities decoded, white space within a line collapsed, empty lines dropped.
    /// </summary>
    public static string RegisterText(string html)
    {
        var text = System.Text.RegularExpressions.Regex.Replace(html, "<!--.*?-->", " ", System.Text.RegularExpressions.RegexOptions.Singleline);
        var output = new System.Text.StringBuilder();
        var lists = new Stack<bool>(); // true for ol
        foreach (var token in System.Text.RegularExpressions.Regex.Split(text, "(</?[A-Za-z][^>]*>)"))
        {
            var tag = System.Text.RegularExpressions.Regex.Match(token, "^<(/?)([A-Za-z0-9]+)");
            if (!tag.Success)
            {
                output.Append(token);
                continue;
            }

            var closing = tag.Groups[1].Value == "/";
            switch (tag.Groups[2].Value.ToLowerInvariant())
            {
                case "ul" or "ol" when !closing:
                    lists.Push(tag.Groups[2].Value.Equals("ol", StringComparison.OrdinalIgnoreCase));
                    output.Append('\n');
                    break;
                case "ul" or "ol":
                    if (lists.Count > 0)
                    {
                        lists.Pop();
                    }

                    output.Append('\n');
                    break;
                case "li" when !closing:
                    output.Append('\n').Append(lists.Count > 0 && !lists.Peek() ? "- " : string.Empty);
                    break;
                case "li" or "p" or "div" or "br":
                    output.Append('\n');
                    break;
            }
        }

        var decoded = System.Net.WebUtility.HtmlDecode(output.ToString()).Replace('\u00A0', ' ').Replace("\r\n", "\n").Replace('\r', '\n');
        return string.Join("\n", decoded.Split('\n')
            .Select(line => System.Text.RegularExpressions.Regex.Replace(line, "\\s+", " ").Trim())
            .Where(line => line.Length > 0 && line != "-"));
    }

    private static string Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()!.Trim() : string.Empty;
}
