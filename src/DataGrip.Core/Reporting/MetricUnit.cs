namespace DataGrip.Core.Reporting;

/// <summary>What the <see cref="ReportMetric.Value"/> of a metric is.</summary>
public enum MetricUnit
{
    /// <summary>A count: the value is the numerator.</summary>
    Count,

    /// <summary>A share: the value is the numerator divided by the denominator, from 0 to 1.</summary>
    Share,

    /// <summary>A median number of months, over the numerator's projects.</summary>
    Months,

    /// <summary>A mean completeness score from 0 to 100, over the numerator's projects.</summary>
    Score,
}
