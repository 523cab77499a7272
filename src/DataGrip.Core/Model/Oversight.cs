namespace DataGrip.Core.Model;

/// <summary>Human oversight of a project's output and the redress open to people.</summary>
public sealed record Oversight : ExtensibleRecord
{
    /// <summary>How far decisions are automated.</summary>
    public AutomationLevel? AutomationLevel { get; init; }

    /// <summary>Whether the output influences decisions with legal effects for people or organisations (rechtsgevolgen); null when unknown.</summary>
    public bool? LegalEffects { get; init; }

    /// <summary>How people check and can overrule the output (register field <c>human_intervention</c>).</summary>
    public string? HumanIntervention { get; init; }

    /// <summary>How people can object or appeal (bezwaar en beroep).</summary>
    public string? ObjectionProcedure { get; init; }

    /// <summary>How the project's working and effects are monitored.</summary>
    public string? Monitoring { get; init; }
}
