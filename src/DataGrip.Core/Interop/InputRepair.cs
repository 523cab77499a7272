using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using DataGrip.Core.Serialization;
using DataGrip.Core.Internal;

namespace DataGrip.Core.Interop;

/// <summary>
/// Makes register input into something every later step can carry: text encodings (UTF-16, Windows-1252), escaped
/// lone surrogates, numbers no double holds, values nested too deep for an export, repeated names in nested objects.
/// Every repair is reported; nothing is dropped.
/// </summary>
internal static class InputRepair
{
    /// <summary>How deep a register value may nest below its field; deeper parts are kept as JSON text.</summary>
    public const int MaxValueDepth = 32;

    /// <summary>The longest CSV cell carried (System.Text.Json writes no longer string).</summary>
    public const int MaxCell = 100_000_000;

    /// <summary>Windows-1252 characters of bytes 0x80–0x9F (the five undefined ones as in Latin-1).</summary>
    private static readonly char[] Cp1252 =
    [
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021', '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014', '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
    ];

    /// <summary>Bytes read as Windows-1252, the encoding spreadsheets on Windows save in.</summary>
    public static string Windows1252(ArraySegment<byte> bytes)
    {
        var chars = new char[bytes.Count];
        for (var i = 0; i < bytes.Count; i++)
        {
            var b = bytes.Array![bytes.Offset + i];
            chars[i] = b is >= 0x80 and <= 0x9F ? Cp1252[b - 0x80] : (char)b;
        }

        return new string(chars);
    }

    /// <summary>The text with every unpaired surrogate replaced by U+FFFD; the same instance when there is none.</summary>
    public static string WellFormed(string text)
    {
        char[]? chars = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                chars ??= text.ToCharArray();
                chars[i] = '\uFFFD';
            }
        }

        return chars is null ? text : new string(chars);
    }

    /// <summary>
    /// A copy of JSON text with every <c>\uD800</c>–<c>\uDFFF</c> escape that is not half of a pair replaced by
    /// <c>\uFFFD</c>; null when there is none (the input is never changed).
    /// </summary>
    public static ArraySegment<byte>? WithoutLoneSurrogateEscapes(ArraySegment<byte> utf8)
    {
        if (!MayHoldSurrogateEscape(utf8.Array!, utf8.Offset, utf8.Offset + utf8.Count))
        {
            return null;
        }

        var copy = new byte[utf8.Count];
        Buffer.BlockCopy(utf8.Array!, utf8.Offset, copy, 0, utf8.Count);
        return FixLoneSurrogateEscapes(copy, 0, copy.Length) > 0 ? new ArraySegment<byte>(copy) : (ArraySegment<byte>?)null;
    }

    private static int FixLoneSurrogateEscapes(byte[] json, int start, int end)
    {

        var fixedCount = 0;
        var inString = false;
        for (var i = start; i < end; i++)
        {
            var b = json[i];
            if (!inString)
            {
                inString = b == (byte)'"';
                continue;
            }

            if (b == (byte)'"')
            {
                inString = false;
            }
            else if (b == (byte)'\\' && i + 1 < end)
            {
                if (json[i + 1] == (byte)'u' && Hex(json, i + 2, end) is { } unit && unit is >= 0xD800 and <= 0xDFFF)
                {
                    var paired = unit <= 0xDBFF && i + 12 <= end && json[i + 6] == (byte)'\\' && json[i + 7] == (byte)'u'
                        && Hex(json, i + 8, end) is { } low && low is >= 0xDC00 and <= 0xDFFF;
                    if (paired)
                    {
                        i += 11;
                        continue;
                    }

                    json[i + 2] = (byte)'F';
                    json[i + 3] = (byte)'F';
                    json[i + 4] = (byte)'F';
                    json[i + 5] = (byte)'D';
                    fixedCount++;
                    i += 5;
                    continue;
                }

                i++;
            }
        }

        return fixedCount;
    }

    private static bool MayHoldSurrogateEscape(byte[] json, int start, int end)
    {
        for (var i = start; i + 2 < end; i++)
        {
            if (json[i] == (byte)'\\' && json[i + 1] == (byte)'u' && (json[i + 2] | 0x20) == (byte)'d')
            {
                return true;
            }
        }

        return false;
    }

    private static int? Hex(byte[] json, int start, int end)
    {
        if (start + 4 > end)
        {
            return null;
        }

        var value = 0;
        for (var i = start; i < start + 4; i++)
        {
            var b = json[i];
            var digit = b is >= (byte)'0' and <= (byte)'9' ? b - '0' : (b | 0x20) is >= 'a' and <= 'f' ? (b | 0x20) - 'a' + 10 : -1;
            if (digit < 0)
            {
                return null;
            }

            value = (value * 16) + digit;
        }

        return value;
    }

    /// <summary>
    /// True when a register document needs <see cref="Rewrite"/>: a number no double holds, a value nested deeper
    /// than <see cref="MaxValueDepth"/> below its field, or a name repeated in a nested object.
    /// </summary>
    public static bool NeedsRewrite(JsonElement root) => Needs(root, root.ValueKind == JsonValueKind.Object ? 1 : 0);

    private static bool Needs(JsonElement element, int depth)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Number:
                return !Carried(element);
            case JsonValueKind.Array:
                if (depth > MaxValueDepth)
                {
                    return true;
                }

                foreach (var item in element.EnumerateArray())
                {
                    if (Needs(item, depth + 1))
                    {
                        return true;
                    }
                }

                return false;
            case JsonValueKind.Object:
                if (depth > MaxValueDepth)
                {
                    return true;
                }

                HashSet<string>? names = depth >= 2 ? new HashSet<string>(StringComparer.Ordinal) : null;
                foreach (var property in element.EnumerateObject())
                {
                    if ((names is not null && !names.Add(property.Name)) || Needs(property.Value, depth + 1))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }

    /// <summary>
    /// True when a number can be carried as a number: a double and a decimal hold it (schema validation reads
    /// numbers as decimals), and an integer fits 64 bits (a longer one is read as a big integer it cannot compare).
    /// </summary>
    private static bool Carried(JsonElement number)
    {
        if (!number.TryGetDouble(out var d) || double.IsInfinity(d) || double.IsNaN(d) || !number.TryGetDecimal(out _))
        {
            return false;
        }

        if (number.TryGetInt64(out _))
        {
            return true;
        }

        var raw = number.GetRawText();
        return raw.IndexOf('.') >= 0 || raw.IndexOf('e') >= 0 || raw.IndexOf('E') >= 0;
    }

    /// <summary>The document written again with every repair <see cref="NeedsRewrite"/> looks for, each reported.</summary>
    public static byte[] Rewrite(JsonElement root, List<Finding> findings)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = false }))
        {
            Write(root, writer, root.ValueKind == JsonValueKind.Object ? 1 : 0, string.Empty, findings);
        }

        return buffer.ToArray();
    }

    private static void Write(JsonElement element, Utf8JsonWriter writer, int depth, string pointer, List<Finding> findings)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Number:
                if (!Carried(element))
                {
                    var raw = element.GetRawText();
                    findings.Add(InteropMessages.Create(InteropCodes.NumberKeptAsText, pointer, ("Value", raw)));
                    writer.WriteStringValue(raw);
                }
                else
                {
                    element.WriteTo(writer);
                }

                return;
            case JsonValueKind.Array or JsonValueKind.Object when depth > MaxValueDepth:
                findings.Add(InteropMessages.Create(InteropCodes.NestingKeptAsText, pointer, ("MaxDepth", MaxValueDepth)));
                writer.WriteStringValue(element.GetRawText());
                return;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Write(item, writer, depth + 1, JsonPointer.Append(pointer, index++), findings);
                }

                writer.WriteEndArray();
                return;
            case JsonValueKind.Object:
                writer.WriteStartObject();
                HashSet<string>? names = depth >= 2 ? new HashSet<string>(StringComparer.Ordinal) : null;
                foreach (var property in element.EnumerateObject())
                {
                    var name = property.Name;
                    if (names is not null && !names.Add(name))
                    {
                        var n = 2;
                        while (!names.Add(name + "-" + n.ToString(CultureInfo.InvariantCulture)))
                        {
                            n++;
                        }

                        var renamed = name + "-" + n.ToString(CultureInfo.InvariantCulture);
                        findings.Add(InteropMessages.Create(InteropCodes.RepeatedNameRenamed, JsonPointer.Append(pointer, name), ("Property", name), ("Renamed", renamed)));
                        name = renamed;
                    }

                    writer.WritePropertyName(name);
                    Write(property.Value, writer, depth + 1, JsonPointer.Append(pointer, name), findings);
                }

                writer.WriteEndObject();
                return;
            default:
                element.WriteTo(writer);
                return;
        }
    }

    /// <summary>The first bytes say UTF-16 (a byte order mark): the text, else null.</summary>
    public static string? Utf16(ArraySegment<byte> bytes)
    {
        if (bytes.Count < 2)
        {
            return null;
        }

        var a = bytes.Array![bytes.Offset];
        var b = bytes.Array[bytes.Offset + 1];
        Encoding? encoding = (a, b) switch
        {
            (0xFF, 0xFE) => new UnicodeEncoding(bigEndian: false, byteOrderMark: false),
            (0xFE, 0xFF) => new UnicodeEncoding(bigEndian: true, byteOrderMark: false),
            _ => null,
        };
        return encoding?.GetString(bytes.Array, bytes.Offset + 2, (bytes.Count - 2) & ~1);
    }
}
