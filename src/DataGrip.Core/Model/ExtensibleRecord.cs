using System.Collections.Generic;
using System.Collections.Immutable;
using System.Collections.ObjectModel;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DataGrip.Core.Model;

/// <summary>
/// The base of every object in the model: it carries the properties the model does not know
/// (a vendor's own fields), so that they survive a read–write round trip unchanged.
/// </summary>
/// <remarks>
/// On the wire, extensions are ordinary JSON properties next to the known ones. Name vendor fields with an
/// <c>x-</c> prefix (for example <c>x-acme-caseId</c>): the published schema accepts those, and the schema, the reader
/// and the validator refuse any other unknown property (DG-S016) — except in a document of a newer 1.x version,
/// where it may be a field of that version and is kept with a warning (DG-S021).
/// Record equality compares <see cref="Extensions"/> and collection members by reference, not by content.
/// </remarks>
public abstract record ExtensibleRecord
{
    private Dictionary<string, JsonElement>? extensions;

    /// <summary>Properties of this JSON object that the model does not know, by JSON property name; never null.</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, JsonElement> Extensions
    {
        get => extensions is null
            ? ImmutableDictionary<string, JsonElement>.Empty
            : new ReadOnlyDictionary<string, JsonElement>(extensions);
        init => extensions = value is null || value.Count == 0 ? null : Copy(value);
    }

    /// <summary>The bag System.Text.Json fills while reading; it is never handed out.</summary>
    [JsonExtensionData]
    [JsonInclude]
    internal Dictionary<string, JsonElement>? ExtensionData
    {
        get => extensions;
        set => extensions = value;
    }

    private static Dictionary<string, JsonElement> Copy(IReadOnlyDictionary<string, JsonElement> source)
    {
        var copy = new Dictionary<string, JsonElement>(source.Count, System.StringComparer.Ordinal);
        foreach (var pair in source)
        {
            copy[pair.Key] = pair.Value.Clone();
        }

        return copy;
    }
}
