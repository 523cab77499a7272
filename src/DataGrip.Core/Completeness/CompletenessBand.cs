namespace DataGrip.Core.Completeness;

/// <summary>The band of a score, in the proportions of the EU Metadata Quality Assessment (MQA).</summary>
public enum CompletenessBand
{
    /// <summary>Below 29.9 %.</summary>
    Insufficient,

    /// <summary>29.9 % or more.</summary>
    Sufficient,

    /// <summary>54.6 % or more.</summary>
    Good,

    /// <summary>86.7 % or more.</summary>
    Excellent,
}
