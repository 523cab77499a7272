namespace DataGrip.Core.Reporting;

/// <summary>What the numerator and denominator of a metric count.</summary>
public enum MetricSubject
{
    /// <summary>Projects: <see cref="ReportMetric.ProjectIds"/> lists exactly the numerator's projects.</summary>
    Projects,

    /// <summary>KPIs: <see cref="ReportMetric.ProjectIds"/> lists the projects the numerator's KPIs belong to (a project can have several).</summary>
    Kpis,
}
