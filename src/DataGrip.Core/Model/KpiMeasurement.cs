namespace DataGrip.Core.Model;

/// <summary>One dated measurement of a KPI, with where the figure comes from.</summary>
public sealed record KpiMeasurement : ExtensibleRecord
{
    /// <summary>When it was measured.</summary>
    /// <exception cref="System.ArgumentException">The value is <c>default(PartialDate)</c>, which is no date.</exception>
    public required PartialDate Date { get; init => field = value.Year == 0 ? throw new System.ArgumentException("The date of a measurement must be a date, not default(PartialDate).", nameof(value)) : value; }

    /// <summary>The measured value.</summary>
    public required decimal Value { get; init; }

    /// <summary>Where the figure comes from, such as "CBS Statline" or "jaarverslag schuldhulpverlening 2025".</summary>
    [Wire(MaxLength = 500)]
    public string? Source { get; init; }
}
