namespace DataGrip.Core.Model;

/// <summary>What was decided at the end of a pilot.</summary>
public enum ScaleDecision
{
    /// <summary>Not decided yet (nog geen besluit).</summary>
    Pending,

    /// <summary>Scale up to regular use (opschalen).</summary>
    Scale,

    /// <summary>Extend the pilot (verlengen).</summary>
    Extend,

    /// <summary>Stop (stoppen).</summary>
    Stop,
}
