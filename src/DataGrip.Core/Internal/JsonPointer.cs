using System;
using System.Text;

namespace DataGrip.Core.Internal;

/// <summary>JSON Pointer (RFC 6901) helpers.</summary>
internal static class JsonPointer
{
    /// <summary>Escapes one reference token: <c>~</c> becomes <c>~0</c>, <c>/</c> becomes <c>~1</c>.</summary>
    public static string Escape(string token) =>
        token.IndexOf('~') < 0 && token.IndexOf('/') < 0 ? token : token.Replace("~", "~0").Replace("/", "~1");

    /// <summary>The unescaped reference tokens of a pointer: <c>/a~1b/0</c> gives <c>a/b</c> and <c>0</c>.</summary>
    public static System.Collections.Generic.IEnumerable<string> Tokens(string pointer)
    {
        foreach (var raw in pointer.Split('/'))
        {
            if (raw.Length > 0)
            {
                yield return raw.Replace("~1", "/").Replace("~0", "~");
            }
        }
    }

    /// <summary>The last unescaped token of a pointer (the property name or index it ends with).</summary>
    public static string LastToken(string pointer) => System.Linq.Enumerable.LastOrDefault(Tokens(pointer)) ?? string.Empty;

    /// <summary>Appends a property name to a pointer.</summary>
    public static string Append(string pointer, string property) => pointer + "/" + Escape(property);

    /// <summary>Appends an array index to a pointer.</summary>
    public static string Append(string pointer, int index) => pointer + "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The pointer of a project in an export: <c>/projects/3</c>. The one place such pointers are made.</summary>
    public static string Project(int index) => Append("/projects", index);

    /// <summary>The index of the project a pointer is in (<c>/projects/3/name</c> gives 3), or −1 when it is not inside a project.</summary>
    public static int ProjectIndex(string pointer)
    {
        const string Prefix = "/projects/";
        if (!pointer.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return -1;
        }

        var index = 0;
        var i = Prefix.Length;
        for (; i < pointer.Length && pointer[i] != '/'; i++)
        {
            var digit = pointer[i] - '0';
            if (digit is < 0 or > 9 || index > (int.MaxValue - digit) / 10)
            {
                return -1;
            }

            index = (index * 10) + digit;
        }

        return i == Prefix.Length ? -1 : index;
    }

    /// <summary>
    /// Turns a System.Text.Json path such as <c>$.data.sources[0]['x.y']</c> into a JSON Pointer
    /// (<c>/data/sources/0/x.y</c>) under <paramref name="prefix"/>.
    /// </summary>
    public static string FromJsonPath(string? path, string prefix = "")
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return prefix;
        }

        var pointer = new StringBuilder(prefix);
        var i = path![0] == '$' ? 1 : 0;
        while (i < path.Length)
        {
            var c = path[i];
            if (c == '.')
            {
                var next = i + 1;
                while (next < path.Length && path[next] != '.' && path[next] != '[')
                {
                    next++;
                }

                pointer.Append('/').Append(Escape(path.Substring(i + 1, next - i - 1)));
                i = next;
            }
            else if (c == '[' && i + 1 < path.Length && path[i + 1] == '\'')
            {
                var close = path.IndexOf("']", i + 2, System.StringComparison.Ordinal);
                if (close < 0)
                {
                    break;
                }

                pointer.Append('/').Append(Escape(path.Substring(i + 2, close - i - 2)));
                i = close + 2;
            }
            else if (c == '[')
            {
                var close = path.IndexOf(']', i + 1);
                if (close < 0)
                {
                    break;
                }

                pointer.Append('/').Append(path, i + 1, close - i - 1);
                i = close + 1;
            }
            else
            {
                i++;
            }
        }

        return pointer.ToString();
    }

    /// <summary>The text of the scalar value at a pointer in a JSON document, or null when there is none.</summary>
    public static string? ValueAt(byte[] json, string pointer)
    {
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(json, new System.Text.Json.JsonDocumentOptions { MaxDepth = 1000 });
            var element = document.RootElement;
            foreach (var token in Tokens(pointer))
            {
                if (element.ValueKind == System.Text.Json.JsonValueKind.Object && element.TryGetProperty(token, out var child))
                {
                    element = child;
                }
                else if (element.ValueKind == System.Text.Json.JsonValueKind.Array && int.TryParse(token, out var index) && index < element.GetArrayLength())
                {
                    element = element[index];
                }
                else
                {
                    return null;
                }
            }

            return element.ValueKind == System.Text.Json.JsonValueKind.String ? element.GetString() : element.GetRawText();
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException)
        {
            // Not JSON here, or text that is not valid Unicode (a lone surrogate escape): there is nothing to point at.
            return null;
        }
    }

    /// <summary>The byte offset where the value at a pointer starts in a JSON document, or null when there is none.</summary>
    public static int? OffsetAt(ReadOnlySpan<byte> json, string pointer)
    {
        try
        {
            var reader = new System.Text.Json.Utf8JsonReader(json, new System.Text.Json.JsonReaderOptions { MaxDepth = 1000 });
            if (!reader.Read())
            {
                return null;
            }

            foreach (var token in Tokens(pointer))
            {
                if (reader.TokenType == System.Text.Json.JsonTokenType.StartObject)
                {
                    var found = false;
                    while (reader.Read() && reader.TokenType == System.Text.Json.JsonTokenType.PropertyName)
                    {
                        var match = reader.ValueTextEquals(token);
                        reader.Read();
                        if (match)
                        {
                            found = true;
                            break;
                        }

                        reader.Skip();
                    }

                    if (!found)
                    {
                        return null;
                    }
                }
                else if (reader.TokenType == System.Text.Json.JsonTokenType.StartArray
                    && int.TryParse(token, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index))
                {
                    for (var i = 0; ; i++)
                    {
                        if (!reader.Read() || reader.TokenType == System.Text.Json.JsonTokenType.EndArray)
                        {
                            return null;
                        }

                        if (i == index)
                        {
                            break;
                        }

                        reader.Skip();
                    }
                }
                else
                {
                    return null;
                }
            }

            return (int)reader.TokenStartIndex;
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException)
        {
            // Not JSON here, or text that is not valid Unicode (a lone surrogate escape): there is nothing to point at.
            return null;
        }
    }
}
