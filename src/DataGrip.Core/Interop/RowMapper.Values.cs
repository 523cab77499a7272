using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using DataGrip.Core.Model;
using DataGrip.Core.Serialization;

namespace DataGrip.Core.Interop;

/// <summary>Reading one value as text, HTML, a date or a web address, with its accounting (mapped, normalised, kept, skipped) and findings.</summary>
internal sealed partial class RowMapper
{
    private string? Plain(string key, string name, JsonElement value, int maxLength, bool count = true) =>
        ReadText(key, name, value, maxLength, html: false, count);

    private string? Html(string key, string name, JsonElement value) =>
        ReadText(key, name, value, WireLimits.Text, html: true, count: true);

    /// <summary>
    /// A text value, trimmed; HTML fields (and plain fields that hold tags) become clean text. Empty: counted as
    /// skipped. Longer than the model allows: kept whole as an extension (a name is cut, its original kept).
    /// </summary>
    private string? ReadText(string key, string name, JsonElement value, int maxLength, bool html, bool count)
    {
        var raw = RawText(key, name, value);
        if (raw is null)
        {
            return null;
        }

        if (raw.Length > 4 * maxLength + 1000)
        {
            // Cleaning cannot bring it within the limit; do not spend time on it (a 100 MB field).
            TooLong(key, name, value, raw.Length, maxLength);
            return null;
        }

        var text = html || (raw.IndexOf('<') >= 0 && HtmlText.LooksLikeHtml(raw)) ? HtmlText.ToText(raw) : raw.Trim();
        if (text.Length == 0)
        {
            session.Count(key, Outcome.Skipped);
            return null;
        }

        if (text.Length > maxLength)
        {
            TooLong(key, name, value, text.Length, maxLength);
            return key == "name" ? text.Substring(0, maxLength - 1) + "…" : null;
        }

        if (count)
        {
            Count(key, value, text);
        }

        return text;
    }

    /// <summary>The text of a value that names a status, type, date or label: at most 1,000 characters, else kept.</summary>
    private string? ShortText(string key, string name, JsonElement value)
    {
        var raw = RawText(key, name, value);
        if (raw is not null && raw.Length > MaxLabel)
        {
            TooLong(key, name, value, raw.Length, MaxLabel);
            return null;
        }

        return raw;
    }

    private const int MaxLabel = 1000;

    private PartialDate? Date(string key, string name, JsonElement value)
    {
        var raw = ShortText(key, name, value);
        if (raw is null)
        {
            return null;
        }

        if (!DateNormaliser.TryRead(raw, out var date))
        {
            Keep(key, name, value, InteropMessages.Say("not a date the normaliser is sure of (expected for example 2023-01 or 18-12-2020)", "geen datum die zeker herkend wordt (verwacht werd bijvoorbeeld 2023-01 of 18-12-2020)"));
            return null;
        }

        session.Count(key, date.ToString() == raw ? Outcome.Mapped : Outcome.Normalised);
        return date;
    }

    private string? UrlValue(string key, string name, JsonElement value)
    {
        var raw = Plain(key, name, value, WireLimits.Url, count: false);
        if (raw is null)
        {
            return null;
        }

        if (!TryUrl(raw, out var url, out var changed))
        {
            Keep(key, name, value, InteropMessages.Say("not a web address (expected https://…)", "geen webadres (verwacht werd https://…)"));
            return null;
        }

        session.Count(key, changed || !value.ValueEquals(raw) ? Outcome.Normalised : Outcome.Mapped);
        return url;
    }

    private static bool TryUrl(string text, out string url, out bool changed)
    {
        url = text.Trim();
        changed = url != text;
        if (!IsUrl(url) && url.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && IsUrl("https://" + url))
        {
            url = "https://" + url;
            changed = true;
        }

        return IsUrl(url) && url.Length <= WireLimits.Url;
    }

    /// <summary>The text of a value; null (and counted) when it is empty or not text.</summary>
    private string? RawText(string key, string name, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                var text = value.GetString()!;
                if (IsBlank(text))
                {
                    session.Count(key, Outcome.Skipped);
                    return null;
                }

                return text;
            case JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False:
                return value.GetRawText();
            case JsonValueKind.Null or JsonValueKind.Undefined:
                session.Count(key, Outcome.Skipped);
                return null;
            default:
                Keep(key, name, value, InteropMessages.Say("expected text, found a JSON " + value.ValueKind.ToString().ToLowerInvariant(), "verwacht werd tekst, gevonden: " + JsonKind(value.ValueKind)));
                return null;
        }
    }

    private void Count(string key, JsonElement value, string text) =>
        session.Count(key, value.ValueKind == JsonValueKind.String && value.ValueEquals(text) ? Outcome.Mapped : Outcome.Normalised);

    private void Keep(string key, string name, JsonElement value, InteropMessages.Bilingual reason, string? extension = null)
    {
        extension ??= Extension(name);
        extensions[extension] = value;
        session.Count(key, Outcome.Extension);
        session.Findings.Add(InteropMessages.Create(InteropCodes.KeptAsExtension, Pointer(name), ("Value", value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText()), ("Field", name), ("Reason", reason), ("Extension", extension)));
    }

    private void TooLong(string key, string name, JsonElement value, int length, int maxLength)
    {
        var extension = Extension(name);
        extensions[extension] = value;
        session.Count(key, Outcome.Extension);
        session.Findings.Add(InteropMessages.Create(InteropCodes.ValueTooLong, Pointer(name), ("Field", name), ("Length", length), ("MaxLength", maxLength), ("Extension", extension)));
    }

    /// <summary>The Dutch name of a kind of JSON value.</summary>
    internal static string JsonKind(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "een JSON-lijst",
        JsonValueKind.Object => "een JSON-object",
        JsonValueKind.String => "een JSON-tekst",
        JsonValueKind.Number => "een JSON-getal",
        JsonValueKind.True or JsonValueKind.False => "een JSON-waarheidswaarde",
        _ => "een lege JSON-waarde",
    };

    /// <summary>True for text without a letter or digit ("", "-", "...").</summary>
    private static bool IsBlank(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string Extension(string name) => RegisterFields.ExtensionPrefix + name.Trim().ToLowerInvariant();

    private string Pointer(string name) => JsonPointer.Append(pointer, name);

    /// <summary>Null, "" or []; text of only spaces or dashes is found empty later, when it is read.</summary>
    private static bool IsEmpty(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => true,
        JsonValueKind.String => value.ValueEquals(string.Empty),
        JsonValueKind.Array => value.GetArrayLength() == 0,
        _ => false,
    };
}
