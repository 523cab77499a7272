namespace DataGrip.Core.Model;

/// <summary>What a decision about a project is about.</summary>
public enum DecisionSubject
{
    /// <summary>Start the project (starten).</summary>
    Start,

    /// <summary>Continue after the pilot (doorgaan na de pilot).</summary>
    ContinueAfterPilot,

    /// <summary>Scale up to regular use or to more processes (opschalen).</summary>
    ScaleUp,

    /// <summary>Stop the project (stoppen).</summary>
    Stop,

    /// <summary>Extend the pilot or the project (verlengen).</summary>
    Extend,

    /// <summary>Accept a known risk (risico aanvaarden).</summary>
    AcceptRisk,

    /// <summary>Approve an exception to the framework (uitzondering goedkeuren).</summary>
    ApproveException,
}
