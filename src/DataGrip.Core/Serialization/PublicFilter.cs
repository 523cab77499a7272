using System.Collections.Generic;
using System.Text.Json.Nodes;
using DataGrip.Core.Model;

namespace DataGrip.Core.Serialization;

/// <summary>Removes from a project's JSON what is not for the public (see <see cref="JsonWriteOptions.PublicOnly"/>).</summary>
internal static class PublicFilter
{
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
