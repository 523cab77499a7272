using System;
using System.Collections.Immutable;

namespace DataGrip.Core.Model;

/// <summary>Metadata of a project record.</summary>
public sealed record RecordInfo : ExtensibleRecord
{
    /// <summary>When the record was created.</summary>
    public DateTimeOffset? Created { get; init; }

    /// <summary>When the record was last changed.</summary>
    public DateTimeOffset? Updated { get; init; }

    /// <summary>Where the record came from.</summary>
    public Provenance? Provenance { get; init; }

    /// <summary>What the record came from: the supplier template's name or the imported file.</summary>
    [Wire(MaxLength = 500)]
    public string? Source { get; init; }

    /// <summary>
    /// Per-field visibility, keyed by the field's JSON Pointer inside the project (for example <c>/risk/risks</c> or
    /// <c>/roles/0/name</c>). A field marked internal is left out of a public export; a role's name and e-mail and a
    /// supplier's contract reference are internal unless marked public here.
    /// </summary>
    public ImmutableDictionary<string, FieldVisibility> Visibility { get; init => field = value ?? ImmutableDictionary<string, FieldVisibility>.Empty; } = ImmutableDictionary<string, FieldVisibility>.Empty;
}
