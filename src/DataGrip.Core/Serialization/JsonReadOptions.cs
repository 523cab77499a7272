using System;
using System.Collections.Generic;

namespace DataGrip.Core.Serialization;

/// <summary>Limits that protect a reader or validator against hostile or broken input.</summary>
public sealed record JsonReadOptions
{
    /// <summary>The defaults: a depth of 64 and a document of at most 512 MiB.</summary>
    public static JsonReadOptions Default { get; } = new();

    /// <summary>The deepest nesting of objects and arrays accepted.</summary>
    /// <value>The default value is 64; allowed are 8 to 1,000.</value>
    public int MaxDepth { get; init; } = 64;

    /// <summary>
    /// The largest document accepted, in bytes. The reader holds a document in memory and reads at most
    /// 2,000,000,000 bytes whatever this says; the validator streams and takes any size.
    /// </summary>
    /// <value>The default value is 536,870,912 (512 MiB); allowed is any positive number.</value>
    public long MaxDocumentBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>The most findings a reader lists; the rest are counted in one <c>DG-S099</c> finding, so memory stays bounded.</summary>
    /// <value>The default value is 1,000; allowed are 1 to 1,000,000.</value>
    public int MaxFindings { get; init; } = 1_000;

    /// <summary>The most a reader can hold in memory.</summary>
    internal const long MaxInMemoryBytes = 2_000_000_000;

    /// <summary>Checks the limits.</summary>
    /// <exception cref="ArgumentException">A limit is out of range; the message lists every problem.</exception>
    public void Validate()
    {
        var problems = new List<string>();
        if (MaxDepth is < 8 or > 1000)
        {
            problems.Add($"MaxDepth must be between 8 and 1000, but is {MaxDepth}.");
        }

        if (MaxFindings is < 1 or > 1_000_000)
        {
            problems.Add($"MaxFindings must be between 1 and 1000000, but is {MaxFindings}.");
        }

        if (MaxDocumentBytes < 1)
        {
            problems.Add($"MaxDocumentBytes must be positive, but is {MaxDocumentBytes}.");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid JsonReadOptions: " + string.Join(" ", problems));
        }
    }
}
