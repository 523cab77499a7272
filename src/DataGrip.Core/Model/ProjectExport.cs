using System;
using System.Collections.Immutable;

namespace DataGrip.Core.Model;

/// <summary>An export of many projects: the document the wire format and the published schema describe.</summary>
public sealed record ProjectExport : ExtensibleRecord
{
    /// <summary>The version of the DataGrip export format this document follows.</summary>
    [Wire(Pattern = WireLimits.SchemaVersionPattern, MaxLength = 10, Required = true)]
    public string SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>When the export was made.</summary>
    public DateTimeOffset? GeneratedAt { get; init; }

    /// <summary>The organisation that publishes the export.</summary>
    public Organization? Publisher { get; init; }

    /// <summary>The projects.</summary>
    [Wire(Required = true)]
    public ImmutableArray<DataProject> Projects { get; init => field = value.OrEmpty(); } = [];

    /// <summary>
    /// The version of the export format this library writes: <c>1.1</c>. Version 1.1 only adds members (phase history,
    /// decisions, pilot terms, KPI measurements, reviewer) to 1.0, so every 1.0 export is a valid 1.1 export.
    /// </summary>
    public const string CurrentSchemaVersion = "1.1";
}
