using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace DataGrip.Sample;

/// <summary>The console's tables: no cell is ever cut; on a terminal they fit its width.</summary>
public static partial class Cli
{
    private const int Gap = 2;

    /// <summary>
    /// Writes a table. Not on a terminal: one line per row, columns padded to their longest cell. On a terminal whose
    /// width the table exceeds: cells wrapped at spaces within their column (no word is split, so an id stays whole);
    /// when even the longest words do not fit side by side, each row as a block of "column: value" lines.
    /// </summary>
    internal static void WriteTable(TextWriter output, string[] header, List<string[]> rows, Func<int, string, Tone>? tone = null)
    {
        var width = ScreenWriter.WidthOf(output);
        var all = rows.Prepend(header).ToList();
        var natural = Enumerable.Range(0, header.Length).Select(c => all.Max(r => r[c].Length)).ToArray();
        var widths = natural;
        if (width is { } max && natural.Sum() + (Gap * (header.Length - 1)) > max)
        {
            var words = Enumerable.Range(0, header.Length).Select(c => all.Max(r => r[c].Split(' ').Max(w => w.Length))).ToArray();
            if (words.Sum() + (Gap * (header.Length - 1)) > max)
            {
                WriteBlocks(output, header, rows, max, tone);
                return;
            }

            widths = Share(natural, words, max - (Gap * (header.Length - 1)));
        }

        WriteRow(output, header, widths, (_, _) => Tone.Heading);
        var last = header.Length - 1;
        output.WriteLine(string.Join(new string(' ', Gap), widths.Select((w, c) => new string('-', c == last ? Math.Min(w, Math.Max(header[last].Length, 12)) : w))));
        foreach (var row in rows)
        {
            WriteRow(output, row, widths, tone);
        }
    }

    /// <summary>Column widths within a total: each column its longest word, the rest handed out to the columns that lack the most.</summary>
    private static int[] Share(int[] natural, int[] words, int total)
    {
        var widths = (int[])words.Clone();
        for (var spare = total - widths.Sum(); spare > 0; spare--)
        {
            var wanting = Enumerable.Range(0, widths.Length).MaxBy(c => natural[c] - widths[c]);
            if (natural[wanting] <= widths[wanting])
            {
                break;
            }

            widths[wanting]++;
        }

        return widths;
    }

    private static void WriteRow(TextWriter output, string[] cells, int[] widths, Func<int, string, Tone>? tone)
    {
        var wrapped = cells.Select((cell, c) => ScreenWriter.Wrap(cell, widths[c], hanging: 0).ToList()).ToList();
        for (var line = 0; line < wrapped.Max(w => w.Count); line++)
        {
            var parts = wrapped.Select((w, c) =>
            {
                var text = line < w.Count ? w[line] : string.Empty;
                return ScreenWriter.Paint(output, text, tone?.Invoke(c, cells[c]) ?? Tone.Plain) + new string(' ', Math.Max(0, widths[c] - text.Length));
            });
            output.WriteLine(string.Join(new string(' ', Gap), parts).TrimEnd());
        }
    }

    /// <summary>Each row as a block of "column: value" lines, for a terminal too narrow for the table.</summary>
    private static void WriteBlocks(TextWriter output, string[] header, List<string[]> rows, int width, Func<int, string, Tone>? tone)
    {
        var label = header.Max(h => h.Length) + 2;
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            if (r > 0)
            {
                output.WriteLine();
            }

            for (var c = 0; c < header.Length; c++)
            {
                var lines = ScreenWriter.Wrap(row[c], Math.Max(20, width - label), hanging: 0).ToList();
                for (var i = 0; i < lines.Count; i++)
                {
                    var head = i == 0 ? (header[c] + ":").PadRight(label) : new string(' ', label);
                    output.WriteLine((head + ScreenWriter.Paint(output, lines[i], tone?.Invoke(c, row[c]) ?? Tone.Plain)).TrimEnd());
                }
            }
        }
    }
}
