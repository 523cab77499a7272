using System;
using DataGrip.Core.Reference;

namespace DataGrip.Core.Interop;

/// <summary>Settings of <see cref="AlgoritmeregisterImporter"/>. Immutable; thread-safe.</summary>
public sealed record ImportOptions
{
    /// <summary>The defaults: 1 GiB input at most, the embedded municipality list, no source name.</summary>
    public static ImportOptions Default { get; } = new();

    /// <summary>The largest input read, in bytes; larger input gives finding DG-I006 and no projects.</summary>
    public long MaxInputBytes { get; init; } = 1L << 30;

    /// <summary>The municipalities organisation names are matched against.</summary>
    public MunicipalityList Municipalities { get; init; } = MunicipalityList.Default;

    /// <summary>
    /// Where the data came from (a file name or URL), written to each project's <c>record.source</c>; a supplier
    /// template's own id is used when the row has one.
    /// </summary>
    public string? SourceName { get; init; }

    /// <summary>Checks the settings.</summary>
    /// <exception cref="ArgumentException">A setting is out of range.</exception>
    public void Validate()
    {
        if (MaxInputBytes < 1 || MaxInputBytes > Serialization.JsonReadOptions.MaxInMemoryBytes)
        {
            throw new ArgumentException($"MaxInputBytes must be between 1 and {Serialization.JsonReadOptions.MaxInMemoryBytes}.", nameof(MaxInputBytes));
        }

        if (Municipalities is null)
        {
            throw new ArgumentException("Municipalities must not be null.", nameof(Municipalities));
        }
    }
}
