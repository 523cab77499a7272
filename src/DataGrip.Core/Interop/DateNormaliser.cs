using System;
using System.Collections.Generic;
using System.Globalization;
using DataGrip.Core.Model;

namespace DataGrip.Core.Interop;

/// <summary>
/// Reads the dates found in register data: "YYYY-MM" (the v1.0 form), "YYYY-MM-DD", ISO timestamps, Dutch
/// numeric dates "18-12-2020" and "18.12.2020" (day first), slashed dates "11/24/2022" (month first, as in the
/// register's spreadsheet exports, unless the first number cannot be a month), "MM-YYYY", and Dutch written dates
/// "18 december 2020", "dec. 2020", "december 2020". A year alone is not a month: it is no date here.
/// </summary>
internal static class DateNormaliser
{
    private static readonly Dictionary<string, int> Months = new(StringComparer.Ordinal)
    {
        ["januari"] = 1, ["jan"] = 1, ["februari"] = 2, ["feb"] = 2, ["maart"] = 3, ["mrt"] = 3, ["april"] = 4, ["apr"] = 4,
        ["mei"] = 5, ["juni"] = 6, ["jun"] = 6, ["juli"] = 7, ["jul"] = 7, ["augustus"] = 8, ["aug"] = 8,
        ["september"] = 9, ["sep"] = 9, ["sept"] = 9, ["oktober"] = 10, ["okt"] = 10, ["november"] = 11, ["nov"] = 11,
        ["december"] = 12, ["dec"] = 12,
    };

    /// <summary>Reads a date; false when the text is no date this normaliser is sure of.</summary>
    public static bool TryRead(string text, out PartialDate date)
    {
        var trimmed = text.Trim();
        if (PartialDate.TryParse(trimmed, out date))
        {
            return true;
        }

        // ISO timestamps: "2023-06-19T10:00:00Z", "2023-06-19 10:00:00".
        if (trimmed.Length > 10 && trimmed[10] is 'T' or ' ' && PartialDate.TryParse(trimmed.Substring(0, 10), out date))
        {
            return true;
        }

        var parts = trimmed.Split(['-', '/', '.', ' '], StringSplitOptions.RemoveEmptyEntries);
        var slashed = trimmed.IndexOf('/') >= 0;
        if (parts.Length == 3 && AllDigits(parts))
        {
            var a = int.Parse(parts[0], CultureInfo.InvariantCulture);
            var b = int.Parse(parts[1], CultureInfo.InvariantCulture);
            var year = int.Parse(parts[2], CultureInfo.InvariantCulture);
            if (parts[2].Length != 4)
            {
                return false;
            }

            var (day, month) = slashed && a <= 12 ? (b, a) : (a, b);
            return TryMake(year, month, day, out date);
        }

        if (parts.Length == 2 && AllDigits(parts) && parts[1].Length == 4)
        {
            return TryMake(int.Parse(parts[1], CultureInfo.InvariantCulture), int.Parse(parts[0], CultureInfo.InvariantCulture), 0, out date);
        }

        // Written Dutch: "18 december 2020", "december 2020", "dec. 2020".
        if (parts.Length is 2 or 3 && parts[parts.Length - 1].Length == 4 && AllDigits([parts[parts.Length - 1]])
            && Months.TryGetValue(TextKey.Of(parts[parts.Length - 2]), out var written))
        {
            var year = int.Parse(parts[parts.Length - 1], CultureInfo.InvariantCulture);
            var day = 0;
            if (parts.Length == 3 && !(AllDigits([parts[0]]) && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out day)))
            {
                return false;
            }

            return TryMake(year, written, day, out date);
        }

        return false;
    }

    private static bool TryMake(int year, int month, int day, out PartialDate date)
    {
        date = default;
        if (year is < 1900 or > 2200 || month is < 1 or > 12 || day < 0 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = day == 0 ? new PartialDate(year, month) : new PartialDate(year, month, day);
        return true;
    }

    private static bool AllDigits(string[] parts)
    {
        foreach (var part in parts)
        {
            if (part.Length == 0 || part.Length > 4)
            {
                return false;
            }

            foreach (var c in part)
            {
                if (c is < '0' or > '9')
                {
                    return false;
                }
            }
        }

        return true;
    }
}
