using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace DataGrip.Sample;

/// <summary>
/// What one output stream of the console is: a terminal of a width (text is wrapped to it), with colour or not, where
/// a progress bar may redraw itself; or a file or pipe, which gets plain lines that are never wrapped or redrawn.
/// </summary>
/// <param name="Width">The width to wrap text to; null to never wrap.</param>
/// <param name="Colour">Whether ANSI colours may be written.</param>
/// <param name="Interactive">Whether a person watches it live (a progress bar may redraw with a carriage return).</param>
public sealed record Screen(int? Width, bool Colour, bool Interactive)
{
    /// <summary>A file or a pipe: no wrapping, no colour, no progress.</summary>
    public static Screen Plain { get; } = new(null, false, false);

    /// <summary>Standard output as it is: a terminal (its width, colour unless NO_COLOR or TERM=dumb) or redirected (plain).</summary>
    public static Screen StandardOutput() => Detect(Console.IsOutputRedirected, WindowWidth(), Environment.GetEnvironmentVariable);

    /// <summary>Standard error as it is (see <see cref="StandardOutput"/>).</summary>
    public static Screen StandardError() => Detect(Console.IsErrorRedirected, WindowWidth(), Environment.GetEnvironmentVariable);

    /// <summary>A stream that is redirected or a terminal of a width (null: unknown), with the environment that may turn colour off.</summary>
    public static Screen Detect(bool redirected, int? width, Func<string, string?> environment)
    {
        if (redirected)
        {
            return Plain;
        }

        // https://no-color.org: NO_COLOR set to anything but the empty string turns colour off.
        var colour = string.IsNullOrEmpty(environment("NO_COLOR")) && environment("TERM") != "dumb";
        return new Screen(width, colour, Interactive: true);
    }

    /// <summary>The terminal's width less one (a full line would make some terminals wrap by themselves); null when unknown.</summary>
    private static int? WindowWidth()
    {
        try
        {
            return Console.WindowWidth is > 20 and var w ? w - 1 : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}

/// <summary>The tones the console colours text with, on a terminal only.</summary>
internal enum Tone
{
    Plain,
    Bad,
    Doubt,
    Good,
    Heading,
}

/// <summary>
/// A writer to one <see cref="Screen"/>: each line longer than the width is wrapped at spaces (a word longer than the
/// width, such as an id, stays whole on a line of its own); continuation lines of an indented line are indented two more.
/// </summary>
internal sealed class ScreenWriter(TextWriter inner, Screen screen) : TextWriter
{
    private readonly StringBuilder line = new();

    public override Encoding Encoding => inner.Encoding;

    public Screen Screen => screen;

    /// <summary>The stream itself, for what must not be wrapped (JSON, a progress bar's frames).</summary>
    public TextWriter Inner => inner;

    public override void Write(char value)
    {
        if (value == '\n')
        {
            var text = line.ToString().TrimEnd('\r');
            line.Clear();
            foreach (var part in Wrap(text, screen.Width))
            {
                inner.WriteLine(part);
            }
        }
        else
        {
            line.Append(value);
        }
    }

    public override void Write(string? value)
    {
        foreach (var c in value ?? string.Empty)
        {
            Write(c);
        }
    }

    public override void WriteLine(string? value)
    {
        Write(value);
        Write('\n');
    }

    public override void WriteLine() => Write('\n');

    public override void Flush()
    {
        if (line.Length > 0)
        {
            inner.Write(line.ToString());
            line.Clear();
        }

        inner.Flush();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Flush();
        }

        base.Dispose(disposing);
    }

    /// <summary>The width text on this writer is wrapped to, or null (not a terminal, or not a <see cref="ScreenWriter"/>).</summary>
    public static int? WidthOf(TextWriter writer) => writer is ScreenWriter s ? s.Screen.Width : null;

    /// <summary>The stream under a writer, for JSON and progress frames.</summary>
    public static TextWriter Raw(TextWriter writer) => writer is ScreenWriter s ? s.Inner : writer;

    /// <summary>Whether a person watches this writer live (a progress bar is for them only).</summary>
    public static bool IsInteractive(TextWriter writer) => writer is ScreenWriter { Screen.Interactive: true };

    /// <summary>The text in a tone, as ANSI colour on a terminal that has colour; unchanged elsewhere.</summary>
    public static string Paint(TextWriter writer, string text, Tone tone)
    {
        if (tone == Tone.Plain || text.Length == 0 || writer is not ScreenWriter { Screen.Colour: true })
        {
            return text;
        }

        var code = tone switch { Tone.Bad => "31", Tone.Doubt => "33", Tone.Good => "32", _ => "1" };
        return "\u001b[" + code + "m" + text + "\u001b[0m";
    }

    /// <summary>The length a person sees: without ANSI escapes.</summary>
    public static int Visible(string text) => text.IndexOf('\u001b') < 0 ? text.Length : Escapes.Replace(text, string.Empty).Length;

    /// <summary>A line wrapped at spaces to a width (null: not at all); continuation lines of an indented line indented two more, or by <paramref name="hanging"/>.</summary>
    public static IEnumerable<string> Wrap(string text, int? width, int? hanging = null)
    {
        if (width is not { } max || Visible(text) <= max)
        {
            yield return text;
            yield break;
        }

        var indent = text.Length - text.TrimStart(' ').Length;
        var next = new string(' ', hanging ?? (indent == 0 ? 0 : indent + 2));
        var current = new StringBuilder(text.Substring(0, indent));
        var length = indent;
        var empty = true;
        foreach (var word in text.Substring(indent).Split(' ').Where(w => w.Length > 0))
        {
            var size = Visible(word);
            if (!empty && length + 1 + size > max)
            {
                yield return current.ToString();
                current.Clear().Append(next);
                length = next.Length;
                empty = true;
            }

            if (!empty)
            {
                current.Append(' ');
                length++;
            }

            current.Append(word);
            length += size;
            empty = false;
        }

        yield return current.ToString();
    }

    private static readonly Regex Escapes = new("\u001b\\[[0-9;]*m", RegexOptions.Compiled);
}
