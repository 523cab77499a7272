using System.Collections.Generic;
using System.Text;

namespace DataGrip.Core.Interop;

/// <summary>
/// Reads CSV as the register writes it (Python's <c>QUOTE_ALL</c>) and as spreadsheets save it: cells separated by
/// <c>;</c>, <c>,</c> or a tab (whichever the header line uses most outside quotes), optionally in double quotes with
/// <c>""</c> for a quote, new lines inside quoted cells.
/// </summary>
internal static class CsvReader
{
    /// <summary>The separator of the header line: the most frequent of ';', ',' and tab outside quotes; ',' on a tie.</summary>
    public static char DetectSeparator(string text)
    {
        int semicolons = 0, commas = 0, tabs = 0;
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c == '\n')
            {
                break;
            }
            else if (!quoted && c == ';')
            {
                semicolons++;
            }
            else if (!quoted && c == ',')
            {
                commas++;
            }
            else if (!quoted && c == '\t')
            {
                tabs++;
            }
        }

        return tabs > semicolons && tabs > commas ? '\t' : semicolons > commas ? ';' : ',';
    }

    /// <summary>Splits the text into records of cells, with the line number each record starts on.</summary>
    /// <returns>False when a quoted cell is never closed; <paramref name="error"/> is then the number of the line it starts on.</returns>
    public static bool TryRead(string text, char separator, out List<(int Line, List<string> Cells)> records, out string? error)
    {
        records = [];
        error = null;
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        var line = 1;
        var recordLine = 1;
        var cellStarted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else if (c == '\r')
                {
                    // A line break inside a quoted cell is kept as one new line, whether CRLF, LF or CR.
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    line++;
                    cell.Append('\n');
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    cell.Append(c);
                }

                continue;
            }

            if (c == '"' && !cellStarted)
            {
                quoted = true;
                cellStarted = true;
            }
            else if (c == separator)
            {
                cells.Add(cell.ToString());
                cell.Clear();
                cellStarted = false;
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                cells.Add(cell.ToString());
                cell.Clear();
                cellStarted = false;
                if (cells.Count > 1 || cells[0].Length > 0)
                {
                    records.Add((recordLine, cells));
                }

                cells = [];
                line++;
                recordLine = line;
            }
            else
            {
                cell.Append(c);
                cellStarted = true;
            }
        }

        if (quoted)
        {
            error = recordLine.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return false;
        }

        cells.Add(cell.ToString());
        if (cells.Count > 1 || cells[0].Length > 0)
        {
            records.Add((recordLine, cells));
        }

        return true;
    }
}
