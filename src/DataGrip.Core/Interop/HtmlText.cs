using System;
using System.Globalization;
using System.Text;

namespace DataGrip.Core.Interop;

/// <summary>
/// Turns the register's HTML fields (it allows div, br, p, ul, ol and li) into clean text and back. Text keeps its
/// line breaks; a blank line separates paragraphs; list items are lines that start with "- " (ul) or "1. " (ol).
/// </summary>
/// <remarks>
/// Law (tested): for every text <c>t</c> that <see cref="ToText"/> produced, <c>ToText(ToHtml(t)) == t</c>.
/// Register values are often plain text with new lines rather than HTML, so new lines count as line breaks.
/// Tags other than the allowed ones are dropped and their text kept; script and style content is dropped.
/// </remarks>
internal static class HtmlText
{
    /// <summary>True when the text holds something that looks like a tag or an entity (so it needs parsing).</summary>
    public static bool LooksLikeHtml(string text)
    {
        for (var i = 0; i < text.Length - 1; i++)
        {
            var next = text[i + 1];
            if ((text[i] == '<' && (char.IsLetter(next) || next == '/')) || (text[i] == '&' && (char.IsLetter(next) || next == '#')))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The clean text of an HTML (or plain) value.</summary>
    public static string ToText(string html)
    {
        if (html.IndexOfAny(['<', '&', '\r', '\u00A0', SoftBreak]) < 0 && IsTidy(html))
        {
            return html;
        }

        var raw = new TextSink(html.Length);
        var listDepthOrdered = new System.Collections.Generic.List<int>(); // -1 for ul, else the next number of an ol
        var skipUntil = (string?)null;
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '<' && i + 1 < html.Length && (char.IsLetter(html[i + 1]) || html[i + 1] == '/' || html[i + 1] == '!'))
            {
                var comment = string.CompareOrdinal(html, i, "<!--", 0, 4) == 0;
                var close = comment ? CommentEnd(html, i) : TagEnd(html, i);
                if (close < 0)
                {
                    raw.Append(c);
                    i++;
                    continue;
                }

                var closing = false;
                var tag = comment ? string.Empty : TagName(html, i + 1, close, out closing);
                if (tag is null)
                {
                    // Not a tag: "<https://…>" (a link in Markdown), "a <b" or "<3".
                    raw.Append(c);
                    i++;
                    continue;
                }

                i = close + 1;
                if (skipUntil is not null)
                {
                    if (closing && tag == skipUntil)
                    {
                        skipUntil = null;
                    }

                    continue;
                }

                switch (tag)
                {
                    case "" when raw.EndsWithSpace:
                        // A comment between two spaces leaves one space.
                        while (i < html.Length && html[i] is ' ' or '\t')
                        {
                            i++;
                        }

                        break;
                    case "td" or "th" when closing:
                        // Table cells are separated, not run together ("cel 1 cel 2").
                        raw.Append(' ');
                        break;
                    case "script" or "style" when !closing:
                        skipUntil = tag;
                        break;
                    case "br":
                        raw.Append('\n');
                        break;
                    case "p" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                        raw.Append("\n\n");
                        break;
                    case "div" or "table" or "tr":
                        raw.Append(SoftBreak);
                        break;
                    case "ul" or "ol":
                        raw.Append("\n\n");
                        if (closing)
                        {
                            if (listDepthOrdered.Count > 0)
                            {
                                listDepthOrdered.RemoveAt(listDepthOrdered.Count - 1);
                            }
                        }
                        else
                        {
                            listDepthOrdered.Add(tag == "ol" ? 1 : -1);
                        }

                        break;
                    case "li" when !closing:
                        raw.Append(SoftBreak);
                        var last = listDepthOrdered.Count - 1;
                        if (last >= 0 && listDepthOrdered[last] > 0)
                        {
                            raw.Append(listDepthOrdered[last].ToString(CultureInfo.InvariantCulture));
                            raw.Append(". ");
                            listDepthOrdered[last]++;
                        }
                        else
                        {
                            raw.Append("- ");
                        }

                        break;
                    case "li":
                        raw.Append(SoftBreak);
                        break;
                }

                continue;
            }

            if (skipUntil is not null)
            {
                i++;
                continue;
            }

            if (c == '&' && TryEntity(html, i, out var decoded, out var length))
            {
                raw.Append(decoded);
                i += length;
                continue;
            }

            raw.Append(c == '\r' ? '\n' : c == '\u00A0' ? ' ' : c);
            if (c == '\r' && i + 1 < html.Length && html[i + 1] == '\n')
            {
                i++;
            }

            i++;
        }

        return raw.ToString();
    }

    /// <summary>
    /// True when plain text is already clean: no white space at the ends of a line or of the text, and no more than
    /// one blank line in a row (so most values need no copy).
    /// </summary>
    private static bool IsTidy(string text)
    {
        var lineStart = 0;
        var emptyLines = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n')
            {
                continue;
            }

            if (i == lineStart)
            {
                emptyLines++;
                if (emptyLines > 1 || lineStart == 0 || i == text.Length)
                {
                    return text.Length == 0;
                }
            }
            else if (char.IsWhiteSpace(text[lineStart]) || char.IsWhiteSpace(text[i - 1]))
            {
                return false;
            }
            else
            {
                emptyLines = 0;
            }

            lineStart = i + 1;
        }

        return true;
    }

    /// <summary>
    /// The register HTML of a clean text: paragraphs in p, single line breaks as br, "- " lists as ul. Numbered lines
    /// ("1. WOO") stay lines of a paragraph: as an ol the register's text would lose their numbers.
    /// </summary>
    public static string ToHtml(string text)
    {
        var html = new StringBuilder(text.Length + 32);
        foreach (var block in text.Split(["\n\n"], StringSplitOptions.RemoveEmptyEntries))
        {
            var lines = block.Split('\n');
            if (IsList(lines, ordered: false))
            {
                html.Append("<ul>");
                foreach (var line in lines)
                {
                    html.Append("<li>").Append(Escape(line.Substring(2))).Append("</li>");
                }

                html.Append("</ul>");
            }
            else
            {
                html.Append("<p>");
                for (var n = 0; n < lines.Length; n++)
                {
                    html.Append(n > 0 ? "<br>" : string.Empty).Append(Escape(lines[n]));
                }

                html.Append("</p>");
            }
        }

        return html.ToString();
    }

    /// <summary>
    /// Trims every line, drops blank lines at both ends and keeps at most one blank line in a row. Two new lines in a
    /// row make a blank line; a soft break (from div and li) only ends a line.
    /// </summary>
    internal static string Tidy(string raw)
    {
        var sink = new TextSink(raw.Length);
        foreach (var c in raw)
        {
            sink.Append(c);
        }

        return sink.ToString();
    }

    /// <summary>Ends a line without making a blank line (div, li).</summary>
    private const char SoftBreak = '\u0001';

    private static bool IsList(string[] lines, bool ordered)
    {
        for (var n = 0; n < lines.Length; n++)
        {
            var marker = ordered ? Marker(n + 1) : "- ";
            if (!lines[n].StartsWith(marker, StringComparison.Ordinal) || lines[n].Length == marker.Length)
            {
                return false;
            }
        }

        return true;
    }

    private static string Marker(int number) => number.ToString(CultureInfo.InvariantCulture) + ". ";

    private static string Escape(string text) =>
        text.IndexOfAny(['&', '<', '>']) < 0 ? text : text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    /// <summary>The index of the '&gt;' that ends the tag starting at <paramref name="start"/>, past quoted attribute values; -1 when none.</summary>
    private static int TagEnd(string html, int start)
    {
        char quote = '\0';
        for (var i = start + 1; i < html.Length; i++)
        {
            var c = html[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c is '"' or '\'' && AfterEquals(html, start, i))
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i;
            }
        }

        // An unclosed quote: the first '>' ends the tag, as before.
        return html.IndexOf('>', start + 1);
    }

    /// <summary>True when the last character before <paramref name="i"/> that is not white space is '='.</summary>
    private static bool AfterEquals(string html, int start, int i)
    {
        for (var j = i - 1; j > start; j--)
        {
            if (!char.IsWhiteSpace(html[j]))
            {
                return html[j] == '=';
            }
        }

        return false;
    }

    /// <summary>The index of the '&gt;' of the "--&gt;" that ends a comment; the first '&gt;' when there is none.</summary>
    private static int CommentEnd(string html, int start)
    {
        var end = html.IndexOf("-->", start + 4, StringComparison.Ordinal);
        return end >= 0 ? end + 2 : html.IndexOf('>', start + 1);
    }

    /// <summary>
    /// Plain text in which every "&lt;…&gt;" that a cleaner would take for a tag (a letter or '/' after '&lt;') has
    /// parentheses instead: "Team Data &lt;data@utrecht.nl&gt;" becomes "Team Data (data@utrecht.nl)".
    /// </summary>
    public static string AngleBracketsAsParentheses(string text)
    {
        var result = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var close = i + 1 < text.Length && text[i] == '<' && (char.IsLetter(text[i + 1]) || text[i + 1] == '/' || text[i + 1] == '!') ? text.IndexOf('>', i + 1) : -1;
            if (close < 0)
            {
                result.Append(text[i]);
                i++;
                continue;
            }

            result.Append('(').Append(text, i + 1, close - i - 1).Append(')');
            i = close + 1;
        }

        return result.ToString();
    }

    /// <summary>The lower-case name of the tag between '&lt;' and '&gt;', "" for a comment, null when it is no tag.</summary>
    private static string? TagName(string html, int start, int end, out bool closing)
    {
        closing = html[start] == '/';
        if (html[start] == '!')
        {
            return string.Empty;
        }

        var first = closing ? start + 1 : start;
        var i = first;
        var upper = false;
        while (i < end && char.IsLetterOrDigit(html[i]))
        {
            upper |= char.IsUpper(html[i]);
            i++;
        }

        if (i == first || (i < end && html[i] != '/' && !char.IsWhiteSpace(html[i])))
        {
            return null;
        }

        var name = html.Substring(first, i - first);
        return upper ? name.ToLowerInvariant() : name;
    }

    /// <summary>
    /// Collects clean text in one pass: trims every line, drops blank lines at both ends, and turns the breaks
    /// between two lines into one new line, or a blank line when two or more hard breaks came between them.
    /// </summary>
    private sealed class TextSink(int capacity)
    {
        private readonly StringBuilder text = new(capacity);
        private int lastContent;
        private int hardBreaks;
        private bool inLine;

        /// <summary>True when the text so far ends in a space within a line.</summary>
        public bool EndsWithSpace => inLine && text.Length > 0 && char.IsWhiteSpace(text[text.Length - 1]);

        public void Append(string value)
        {
            foreach (var c in value)
            {
                Append(c);
            }
        }

        public void Append(char c)
        {
            if (c == '\n' || c == SoftBreak)
            {
                if (inLine)
                {
                    text.Length = lastContent;
                    inLine = false;
                    hardBreaks = 0;
                }

                hardBreaks += c == '\n' ? 1 : 0;
                return;
            }

            if (char.IsWhiteSpace(c))
            {
                if (inLine)
                {
                    text.Append(c);
                }

                return;
            }

            if (!inLine)
            {
                if (text.Length > 0)
                {
                    text.Append(hardBreaks >= 2 ? "\n\n" : "\n");
                }

                inLine = true;
            }

            text.Append(c);
            lastContent = text.Length;
        }

        public override string ToString()
        {
            if (inLine)
            {
                text.Length = lastContent;
            }

            return text.ToString();
        }
    }

    private static readonly (string Name, string Value)[] Legacy = [("amp", "&"), ("lt", "<"), ("gt", ">"), ("quot", "\""), ("nbsp", " ")];

    /// <summary>True when the characters between '&amp;' and ';' can be an entity's name or number.</summary>
    private static bool IsEntityName(string html, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!char.IsLetterOrDigit(html[i]) && !(i == start && html[i] == '#'))
            {
                return false;
            }
        }

        return end > start;
    }

    private static bool TryEntity(string html, int start, out string decoded, out int length)
    {
        decoded = string.Empty;
        length = 0;
        var semicolon = html.IndexOf(';', start + 1, Math.Min(12, html.Length - start - 1));
        if (semicolon < 0 || !IsEntityName(html, start + 1, semicolon))
        {
            // Browsers read the commonest entities without their ';' too ("&amp" in "A &amp B").
            foreach (var (legacy, value) in Legacy)
            {
                var end = start + 1 + legacy.Length;
                if (string.CompareOrdinal(html, start + 1, legacy, 0, legacy.Length) == 0 && (end >= html.Length || !char.IsLetterOrDigit(html[end]) && html[end] != '='))
                {
                    decoded = value;
                    length = legacy.Length + 1;
                    return true;
                }
            }

            return false;
        }

        var name = html.Substring(start + 1, semicolon - start - 1);
        length = semicolon - start + 1;
        if (name.Length > 1 && name[0] == '#')
        {
            var hex = name[1] is 'x' or 'X';
            if (int.TryParse(hex ? name.Substring(2) : name.Substring(1), hex ? NumberStyles.HexNumber : NumberStyles.None, CultureInfo.InvariantCulture, out var code)
                && code is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF))
            {
                decoded = code == 0xA0 ? " " : char.ConvertFromUtf32(code);
                return true;
            }

            return false;
        }

        decoded = name switch
        {
            "amp" => "&",
            "lt" => "<",
            "gt" => ">",
            "quot" => "\"",
            "apos" => "'",
            "nbsp" => " ",
            "euml" => "ë",
            "eacute" => "é",
            "egrave" => "è",
            "iuml" => "ï",
            "ouml" => "ö",
            "uuml" => "ü",
            "ndash" => "–",
            "mdash" => "—",
            "hellip" => "…",
            "rsquo" => "’",
            "lsquo" => "‘",
            "rdquo" => "”",
            "ldquo" => "“",
            "euro" => "€",
            _ => string.Empty,
        };
        return decoded.Length > 0;
    }
}
