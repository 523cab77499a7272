using System;
using System.Globalization;
using System.Text.Json.Serialization;

namespace DataGrip.Core.Model;

/// <summary>
/// A calendar date whose day may be unknown: <c>2024-03</c> (a month, as the Algoritmeregister records begin and end
/// dates) or <c>2024-03-15</c> (a day). On the wire it is that ISO 8601 text.
/// </summary>
/// <remarks>
/// Instances are immutable and thread-safe. Ordering compares year, month, then day; a month sorts before its days.
/// <c>default(PartialDate)</c> is not a date: a model property given it holds null instead.
/// </remarks>
[JsonConverter(typeof(PartialDateJsonConverter))]
public readonly struct PartialDate : IEquatable<PartialDate>, IComparable<PartialDate>
{
    private readonly int day;

    /// <summary>Creates a month date such as <c>2024-03</c>.</summary>
    /// <param name="year">The year, 1–9999.</param>
    /// <param name="month">The month, 1–12.</param>
    /// <exception cref="ArgumentOutOfRangeException">The year or month is out of range.</exception>
    public PartialDate(int year, int month)
        : this(year, month, 0, validateDay: false)
    {
    }

    /// <summary>Creates a full date such as <c>2024-03-15</c>.</summary>
    /// <param name="year">The year, 1–9999.</param>
    /// <param name="month">The month, 1–12.</param>
    /// <param name="day">The day, valid for the month.</param>
    /// <exception cref="ArgumentOutOfRangeException">The year, month or day is out of range.</exception>
    public PartialDate(int year, int month, int day)
        : this(year, month, day, validateDay: true)
    {
    }

    private PartialDate(int year, int month, int day, bool validateDay)
    {
        if (year is < 1 or > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "The year must be between 1 and 9999.");
        }

        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "The month must be between 1 and 12.");
        }

        if (validateDay && (day < 1 || day > DateTime.DaysInMonth(year, month)))
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, $"The day must be between 1 and {DateTime.DaysInMonth(year, month)} for {year:D4}-{month:D2}.");
        }

        Year = year;
        Month = month;
        this.day = day;
    }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>
    /// <c>default(PartialDate)</c> is no date (year 0): the model's date properties hold it as absent (null), so a
    /// writer never writes <c>0000-00</c>.
    /// </summary>
    internal static PartialDate? Present(PartialDate? value) => value is { Year: 0 } ? null : value;

    /// <summary>The month, 1–12.</summary>
    public int Month { get; }

    /// <summary>The day of the month, or null when only the month is known.</summary>
    public int? Day => day == 0 ? null : day;

    /// <summary>The first day this date can mean (the 1st for a month date).</summary>
    public DateTime Start => new(Year, Month, day == 0 ? 1 : day, 0, 0, 0, DateTimeKind.Unspecified);

    /// <summary>The last day this date can mean (the last day of the month for a month date).</summary>
    public DateTime End => new(Year, Month, day == 0 ? DateTime.DaysInMonth(Year, Month) : day, 0, 0, 0, DateTimeKind.Unspecified);

    /// <summary>Reads <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.</summary>
    /// <param name="text">The text to read.</param>
    /// <param name="date">The date read, or the default value.</param>
    /// <returns>True when <paramref name="text"/> is a valid date in one of the two forms.</returns>
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (text is null || (text.Length != 7 && text.Length != 10) || text[4] != '-')
        {
            return false;
        }

        if (!TryDigits(text, 0, 4, out var year) || !TryDigits(text, 5, 2, out var month) || year < 1 || month is < 1 or > 12)
        {
            return false;
        }

        if (text.Length == 7)
        {
            date = new PartialDate(year, month);
            return true;
        }

        if (text[7] != '-' || !TryDigits(text, 8, 2, out var d) || d < 1 || d > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new PartialDate(year, month, d);
        return true;
    }

    /// <summary>The ISO 8601 text: <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.</summary>
    /// <returns>The date as text.</returns>
    public override string ToString() => day == 0
        ? string.Format(CultureInfo.InvariantCulture, "{0:D4}-{1:D2}", Year, Month)
        : string.Format(CultureInfo.InvariantCulture, "{0:D4}-{1:D2}-{2:D2}", Year, Month, day);

    /// <inheritdoc />
    public bool Equals(PartialDate other) => Year == other.Year && Month == other.Month && day == other.day;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PartialDate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => (Year * 100 + Month) * 100 + day;

    /// <inheritdoc />
    public int CompareTo(PartialDate other) => GetHashCode().CompareTo(other.GetHashCode());

    /// <summary>Equality.</summary>
    /// <param name="left">The left date.</param>
    /// <param name="right">The right date.</param>
    /// <returns>True when both are the same date with the same precision.</returns>
    public static bool operator ==(PartialDate left, PartialDate right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The left date.</param>
    /// <param name="right">The right date.</param>
    /// <returns>True when the dates differ.</returns>
    public static bool operator !=(PartialDate left, PartialDate right) => !left.Equals(right);

    /// <summary>Ordering.</summary>
    /// <param name="left">The left date.</param>
    /// <param name="right">The right date.</param>
    /// <returns>True when <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    /// <summary>Ordering.</summary>
    /// <param name="left">The left date.</param>
    /// <param name="right">The right date.</param>
    /// <returns>True when <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    /// <summary>Ordering.</summary>
    /// <param name="left">The left date.</param>
    /// <param name="right">The right date.</param>
    /// <returns>True when <paramref name="left"/> sorts before or equals <paramref name="right"/>.</returns>
    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering.</summary>
    /// <param name="left">The left date.</param>
    /// <param name="right">The right date.</param>
    /// <returns>True when <paramref name="left"/> sorts after or equals <paramref name="right"/>.</returns>
    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

    private static bool TryDigits(string text, int start, int length, out int value)
    {
        value = 0;
        for (var i = start; i < start + length; i++)
        {
            var c = text[i];
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = value * 10 + (c - '0');
        }

        return true;
    }
}
