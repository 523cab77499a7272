namespace DataGrip.Core.Reporting;

/// <summary>Who a grip report is for; a report is for one audience.</summary>
public enum ReportAudience
{
    /// <summary>The CDO office (internal): every section, with worklists per owner and department.</summary>
    Cdo,

    /// <summary>The college of mayor and aldermen: headline figures with the change since the previous period, decisions needed, top risks, goals, reuse.</summary>
    College,

    /// <summary>The municipal council: compliance with its framework with the exceptions named, the portfolio per theme, goals in budget terms, what we don't know.</summary>
    Council,

    /// <summary>Citizens: only what the public export shows, per theme what, why, human oversight, how to object, contact.</summary>
    Public,
}
