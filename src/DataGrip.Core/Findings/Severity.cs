namespace DataGrip.Core;

/// <summary>How serious a finding is.</summary>
public enum Severity
{
    /// <summary>Something worth knowing; nothing is wrong.</summary>
    Info,

    /// <summary>Something probably wrong or incomplete; the data is still usable.</summary>
    Warning,

    /// <summary>The data is invalid and must be corrected.</summary>
    Error,
}
