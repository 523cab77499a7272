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
