using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using DataGrip.Core.Model;
using DataGrip.Core.Internal;

namespace DataGrip.Core.Serialization;

/// <summary>
/// The one way out: removes from a project what is not for the public (see <see cref="JsonWriteOptions.PublicOnly"/>).
/// Every output a person outside the organisation sees goes through it — the public export, the register payload,
/// overlap explanations — so the visibility rules are stated once.
/// </summary>
internal static class PublicFilter
{
    /// <summary>Whether a field of the project is marked internal.</summary>
    public static bool HasInternalFields(DataProject project) =>
        project.Record?.Visibility is { Count: > 0 } visibility && visibility.Values.Any(v => v == FieldVisibility.Internal);

    /// <summary>
    /// The project as the public may see it: a new instance without what is restricted, and without the nulls that
    /// the model's types allow a caller to put in (a null item is dropped; a null required text becomes empty).
    /// </summary>
    /// <exception cref="ArgumentException">A visibility key names no field (see <see cref="SchemaCodes.InvalidVisibilityKey"/>).</exception>
    public static DataProject Project(DataProject project)
    {
        EnsureValidKeys(project, string.Empty);
        var node = JsonSerializer.SerializeToNode(project, Lenient.Value)!.AsObject();
        Apply(node, project);
        RemoveNulls(node);

        // A removed required member becomes empty, so the view is still a project (a register payload then lacks it).
        FillRequired(node, typeof(DataProject));
        return node.Deserialize<DataProject>(DataGripJson.WriteOptions)!;
    }

    /// <summary>The wire options that write a null where the model's annotations say there is none, instead of throwing.</summary>
    private static readonly Lazy<JsonSerializerOptions> Lenient = new(() =>
        new JsonSerializerOptions(DataGripJson.WriteOptions) { RespectNullableAnnotations = false });

    private static void RemoveNulls(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                // A vendor's own values are kept as they are, nulls and all.
                foreach (var name in obj.Where(p => p.Value is null && !p.Key.StartsWith("x-", StringComparison.Ordinal)).Select(p => p.Key).ToList())
                {
                    obj.Remove(name);
                }

                foreach (var child in obj.Where(p => !p.Key.StartsWith("x-", StringComparison.Ordinal)).Select(p => p.Value).ToList())
                {
                    RemoveNulls(child);
                }

                break;
            case JsonArray array:
                for (var i = array.Count - 1; i >= 0; i--)
                {
                    if (array[i] is null)
                    {
                        array.RemoveAt(i);
                    }
                    else
                    {
                        RemoveNulls(array[i]);
                    }
                }

                break;
        }
    }

    /// <summary>Each visibility key of the project that names no field of the model, with the part that does not resolve.</summary>
    public static IEnumerable<(string Key, string Part)> InvalidKeys(DataProject project)
    {
        var visibility = project.Record?.Visibility;
        if (visibility is null)
        {
            yield break;
        }

        foreach (var key in visibility.Keys.OrderBy(k => k, StringComparer.Ordinal))
        {
            if (Unresolved(key) is { } part)
            {
                yield return (key, part);
            }
        }
    }

    /// <summary>The findings for the visibility keys that name no field.</summary>
    public static IEnumerable<Finding> KeyFindings(DataProject project, string pointer) =>
        InvalidKeys(project).Select(bad => Messages.Create(
            SchemaCodes.InvalidVisibilityKey, pointer + "/record/visibility/" + JsonPointer.Escape(bad.Key), null, null, ("Key", bad.Key), ("Part", bad.Part)));

    /// <summary>Refuses a project whose visibility keys do not all resolve: a typo would publish the field.</summary>
    /// <exception cref="ArgumentException">A key names no field; the message lists each one.</exception>
    public static void EnsureValidKeys(DataProject project, string pointer)
    {
        var findings = KeyFindings(project, pointer).ToList();
        if (findings.Count > 0)
        {
            throw new ArgumentException(
                $"Project '{project.Id}' cannot be made public: its visibility names fields that do not exist, so what they mean would be published:"
                + string.Concat(findings.Select(f => Environment.NewLine + "  " + f)));
        }
    }

    /// <summary>The first token of a key that names no field of the model, or null when the key resolves.</summary>
    internal static string? Unresolved(string key)
    {
        if (key.Length == 0 || key[0] != '/')
        {
            return key;
        }

        var raw = key.Substring(1).Split('/');
        Type? type = typeof(DataProject);
        foreach (var part in raw)
        {
            if (HasBadEscape(part))
            {
                return part;
            }

            var token = part.Replace("~1", "/").Replace("~0", "~");
            if (type is null)
            {
                // Below a vendor's own field: anything goes.
                continue;
            }

            type = Nullable.GetUnderlyingType(type) ?? type;
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
            {
                if (token.Length == 0 || token.Length > 9 || !token.All(c => c is >= '0' and <= '9') || (token.Length > 1 && token[0] == '0'))
                {
                    return token;
                }

                type = type.GetGenericArguments()[0];
            }
            else if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableDictionary<,>))
            {
                type = type.GetGenericArguments()[1];
            }
            else if (typeof(ExtensibleRecord).IsAssignableFrom(type))
            {
                var property = DataGripJson.SerializerOptions.GetTypeInfo(type).Properties
                    .FirstOrDefault(p => !p.IsExtensionData && string.Equals(p.Name, token, StringComparison.Ordinal));
                if (property is null && !token.StartsWith("x-", StringComparison.Ordinal))
                {
                    return token;
                }

                type = property?.PropertyType;
            }
            else
            {
                return token;
            }
        }

        return null;
    }

    private static bool HasBadEscape(string token)
    {
        for (var i = token.IndexOf('~'); i >= 0; i = token.IndexOf('~', i + 1))
        {
            if (i + 1 >= token.Length || (token[i + 1] != '0' && token[i + 1] != '1'))
            {
                return true;
            }
        }

        return false;
    }

    private static void FillRequired(JsonObject node, Type type)
    {
        foreach (var property in DataGripJson.SerializerOptions.GetTypeInfo(type).Properties)
        {
            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            node.TryGetPropertyValue(property.Name, out var child);
            if (child is null && property.IsRequired)
            {
                if (propertyType == typeof(string))
                {
                    node[property.Name] = string.Empty;
                }
                else if (typeof(ExtensibleRecord).IsAssignableFrom(propertyType))
                {
                    node[property.Name] = child = new JsonObject();
                }
            }

            if (child is JsonObject obj && typeof(ExtensibleRecord).IsAssignableFrom(propertyType))
            {
                FillRequired(obj, propertyType);
            }
            else if (child is JsonArray array && propertyType.IsGenericType && propertyType.GetGenericTypeDefinition() == typeof(ImmutableArray<>)
                && typeof(ExtensibleRecord).IsAssignableFrom(propertyType.GetGenericArguments()[0]))
            {
                var itemType = propertyType.GetGenericArguments()[0];
                foreach (var item in array.OfType<JsonObject>().ToList())
                {
                    FillRequired(item, itemType);
                    if (MissesRequired(item, itemType))
                    {
                        // An item whose required kind or relation is internal says nothing without it.
                        array.Remove(item);
                    }
                }
            }
        }
    }

    private static bool MissesRequired(JsonObject node, Type type) =>
        DataGripJson.SerializerOptions.GetTypeInfo(type).Properties.Any(p => p.IsRequired && !node.ContainsKey(p.Name));

    public static void Apply(JsonObject project, DataProject model)
    {
        var visibility = model.Record?.Visibility;
        bool IsPublic(string pointer) => visibility is not null && visibility.TryGetValue(pointer, out var v) && v == FieldVisibility.Public;

        // Resolve every node first and remove afterwards, so array indexes stay valid while resolving.
        var remove = new List<JsonNode>();
        for (var i = 0; i < model.Roles.Length; i++)
        {
            Collect(project, $"/roles/{i}/name", remove, unless: IsPublic);
            Collect(project, $"/roles/{i}/email", remove, unless: IsPublic);
        }

        for (var i = 0; i < model.Suppliers.Length; i++)
        {
            Collect(project, $"/suppliers/{i}/contractReference", remove, unless: IsPublic);
        }

        // Schema 1.1: who reviews may name a person, and what the team, the CDO office or management decided is
        // internal deliberation; the college's and the council's decisions are public.
        Collect(project, "/lifecycle/reviewer", remove, unless: IsPublic);
        for (var i = 0; i < model.Decisions.Length; i++)
        {
            if (model.Decisions[i] is { Body: not (DecisionBody.College or DecisionBody.Council) })
            {
                Collect(project, $"/decisions/{i}", remove, unless: IsPublic);
            }
        }

        if (visibility is not null)
        {
            foreach (var pair in visibility)
            {
                if (pair.Value == FieldVisibility.Internal)
                {
                    Collect(project, pair.Key, remove, unless: null);
                }
            }
        }

        Collect(project, "/record/visibility", remove, unless: null);
        foreach (var node in remove)
        {
            switch (node.Parent)
            {
                case JsonObject parent:
                    parent.Remove(node.GetPropertyName());
                    break;
                case JsonArray array:
                    array.Remove(node);
                    break;
            }
        }
    }

    private static void Collect(JsonObject root, string pointer, List<JsonNode> remove, System.Func<string, bool>? unless)
    {
        if (unless is not null && unless(pointer))
        {
            return;
        }

        JsonNode? node = root;
        foreach (var token in JsonPointer.Tokens(pointer))
        {
            node = node switch
            {
                JsonObject obj => obj.TryGetPropertyValue(token, out var child) ? child : null,
                JsonArray array when int.TryParse(token, out var index) && index >= 0 && index < array.Count => array[index],
                _ => null,
            };
            if (node is null)
            {
                return;
            }
        }

        if (!ReferenceEquals(node, root) && !remove.Contains(node!))
        {
            remove.Add(node!);
        }
    }
}
