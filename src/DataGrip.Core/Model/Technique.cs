namespace DataGrip.Core.Model;

/// <summary>How a project works technically.</summary>
public sealed record Technique : ExtensibleRecord
{
    /// <summary>The kind of algorithm.</summary>
    public AlgorithmType? AlgorithmType { get; init; }

    /// <summary>What the output is used for.</summary>
    public UseType? UseType { get; init; }

    /// <summary>The methods and models used (register field <c>methods_and_models</c>).</summary>
    public string? MethodsAndModels { get; init; }

    /// <summary>How well it performs, and how that is measured (accuracy, false positives and negatives).</summary>
    public string? Performance { get; init; }

    /// <summary>A link to the public source code (register field <c>publiccode</c>).</summary>
    [Wire(MaxLength = WireLimits.Url, Pattern = WireLimits.UrlPattern)]
    public string? PublicCodeUrl { get; init; }
}

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
