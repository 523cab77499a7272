using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using DataGrip.Core.Interop;

namespace DataGrip.Core.Tests.Interop;

/// <summary>
/// Field-by-field comparison of two register v1.0 registrations, in the register's own terms: an absent field, null
/// and "" are the same (the API treats them alike); HTML fields are compared by their text (the register renders
/// both forms the same); tags are compared as the list of search terms; <c>lang</c> ignores case (the API's enum is
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
            text = HtmlText.ToText(text);
        }
        else if (field == "lang")
        {
            text = text.ToLowerInvariant();
        }

        text = text.Trim();
        return text.Length == 0 ? null : text;
    }

    private static string Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()!.Trim() : string.Empty;
}
