using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using DataGrip.Core.Model;

namespace DataGrip.Core.Tests.Schema;

/// <summary>
/// Writes the published JSON Schema (draft-07) from the model itself: property names and enum values as the wire
/// format writes them, constraints from <see cref="WireAttribute"/>, titles from the names and descriptions from the
/// XML documentation. The committed files in schema/ must equal its output (see SchemaDriftTests).
/// </summary>
internal sealed class SchemaGenerator
{
    public const string ExportId = "urn:datagrip:schema:export:1.0";
    public const string ProjectId = "urn:datagrip:schema:project:1.0";
    public const string PartialDatePattern = "^[0-9]{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?$(?!\\n)";
    public const string DateTimePattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?(Z|[+-][0-9]{2}:[0-9]{2})$(?!\\n)";

    private readonly Dictionary<string, string> docs;
    private readonly SortedDictionary<string, JsonObject> definitions = new(StringComparer.Ordinal);

    public SchemaGenerator()
    {
        var xml = Path.ChangeExtension(typeof(DataProject).Assembly.Location, ".xml");
        docs = XDocument.Load(xml).Descendants("member")
            .ToDictionary(m => (string)m.Attribute("name")!, m => Text(m.Element("summary")));
    }

    public string ExportSchema()
    {
        var root = Object(typeof(ProjectExport));
        var schema = Header(ExportId, "DataGrip export", "An export of the data-driven projects of one or more Dutch municipalities, in the DataGrip.Core wire format version 1.1 (which only adds members to 1.0, so every 1.0 export is valid). Each project is described by the DataProject definition.");
        Merge(schema, root);
        schema["definitions"] = Definitions();
        return Write(schema);
    }

    public string ProjectSchema()
    {
        var root = Object(typeof(DataProject));
        var schema = Header(ProjectId, "DataGrip project", Doc(typeof(DataProject)));
        Merge(schema, root);
        schema["definitions"] = Definitions();
        return Write(schema);
    }

    private static JsonObject Header(string id, string title, string description) => new()
    {
        ["$schema"] = "http://json-schema.org/draft-07/schema#",
        ["$id"] = id,
        ["title"] = title,
        ["description"] = description,
    };

    private static void Merge(JsonObject target, JsonObject source)
    {
        foreach (var (key, value) in source.ToList())
        {
            if (key is "title" or "description")
            {
                continue;
            }

            source.Remove(key);
            target[key] = value;
        }
    }

    private JsonObject Definitions()
    {
        var result = new JsonObject();
        foreach (var (name, schema) in definitions)
        {
            result[name] = schema.DeepClone();
        }

        return result;
    }

    private static string Write(JsonObject schema) =>
        schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }).Replace("\r\n", "\n") + "\n";

    private JsonObject Object(Type type)
    {
        var properties = new JsonObject();
        var required = new JsonArray();
        foreach (var property in WireProperties(type))
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            var wire = property.GetCustomAttribute<WireAttribute>();
            var schema = new JsonObject
            {
                ["title"] = Title(property.Name),
                ["description"] = Doc(property),
            };
            foreach (var (key, value) in Value(property.PropertyType, wire))
            {
                schema[key] = value?.DeepClone();
            }

            properties[name] = schema;
            if (property.GetCustomAttribute<RequiredMemberAttribute>() is not null || wire?.Required == true)
            {
                required.Add(name);
            }
        }

        var result = new JsonObject
        {
            ["title"] = Title(type.Name),
            ["description"] = Doc(type),
            ["type"] = "object",
        };
        if (required.Count > 0)
        {
            result["required"] = required;
        }

        result["properties"] = properties;
        result["patternProperties"] = new JsonObject { ["^x-"] = new JsonObject { ["description"] = "A vendor's own field, kept unchanged." } };
        result["additionalProperties"] = false;
        return result;
    }

    public static IEnumerable<PropertyInfo> WireProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetCustomAttribute<JsonIgnoreAttribute>() is null && p.SetMethod is not null && p.DeclaringType == type)
            .OrderBy(p => p.MetadataToken);

    private JsonObject Value(Type type, WireAttribute? wire)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string))
        {
            var text = new JsonObject { ["type"] = "string" };
            if (wire?.MinLength > 0)
            {
                text["minLength"] = wire.MinLength;
            }

            text["maxLength"] = wire?.MaxLength > 0 ? wire.MaxLength : WireLimits.Text;
            if (wire?.Pattern is { } pattern)
            {
                text["pattern"] = pattern;
            }

            return text;
        }

        if (type == typeof(bool))
        {
            return new JsonObject { ["type"] = "boolean" };
        }

        if (type == typeof(decimal))
        {
            return new JsonObject { ["type"] = "number", ["minimum"] = -WireLimits.MaxNumber, ["maximum"] = WireLimits.MaxNumber };
        }

        if (type == typeof(PartialDate))
        {
            return new JsonObject { ["type"] = "string", ["pattern"] = PartialDatePattern };
        }

        if (type == typeof(DateTimeOffset))
        {
            return new JsonObject { ["type"] = "string", ["pattern"] = DateTimePattern };
        }

        if (type.IsEnum)
        {
            var values = new JsonArray();
            foreach (var name in Enum.GetNames(type))
            {
                values.Add(JsonNamingPolicy.CamelCase.ConvertName(name));
            }

            return new JsonObject { ["type"] = "string", ["enum"] = values };
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
        {
            var array = new JsonObject { ["type"] = "array", ["items"] = Value(type.GetGenericArguments()[0], wire is null ? null : new WireAttribute { MaxLength = wire.MaxLength, Pattern = wire.Pattern, MinLength = wire.MinLength }) };
            if (wire?.MinItems > 0)
            {
                array["minItems"] = wire.MinItems;
            }

            if (wire?.UniqueItems == true)
            {
                array["uniqueItems"] = true;
            }

            return array;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableDictionary<,>))
        {
            return new JsonObject { ["type"] = "object", ["additionalProperties"] = Value(type.GetGenericArguments()[1], null) };
        }

        if (typeof(ExtensibleRecord).IsAssignableFrom(type))
        {
            if (!definitions.ContainsKey(type.Name))
            {
                definitions[type.Name] = new JsonObject(); // placeholder against cycles
                definitions[type.Name] = Object(type);
            }

            return new JsonObject { ["$ref"] = "#/definitions/" + type.Name };
        }

        throw new NotSupportedException($"The schema generator does not know how to describe {type}.");
    }

    private string Doc(PropertyInfo property)
    {
        var text = docs.TryGetValue($"P:{property.DeclaringType!.FullName}.{property.Name}", out var d) ? d : string.Empty;
        if (text.Length == 0)
        {
            throw new InvalidOperationException($"{property.DeclaringType!.Name}.{property.Name} has no XML documentation.");
        }

        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
        {
            type = type.GetGenericArguments()[0];
        }

        if (type.IsEnum)
        {
            text += " Values: " + string.Join("; ", Enum.GetNames(type).Select(n =>
                JsonNamingPolicy.CamelCase.ConvertName(n) + " = " + docs[$"F:{type.FullName}.{n}"].TrimEnd('.'))) + ".";
        }

        return text;
    }

    private string Doc(Type type) => docs.TryGetValue("T:" + type.FullName, out var d) && d.Length > 0
        ? d
        : throw new InvalidOperationException($"{type.Name} has no XML documentation.");

    private static string Title(string name)
    {
        var words = Regex.Replace(name, "(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", " ").ToLowerInvariant();
        words = words.Replace("iii", "III").Replace("ai ", "AI ").Replace("kvk", "KvK").Replace("kpi", "KPI").Replace(" url", " URL").Replace("gdpr", "GDPR").Replace(" eea", " EEA").Replace("edpb", "EDPB");
        return char.ToUpperInvariant(words[0]) + words.Substring(1);
    }

    private static string Text(XElement? element)
    {
        if (element is null)
        {
            return string.Empty;
        }

        var parts = element.Nodes().Select(node => node switch
        {
            XText t => t.Value,
            XElement { Name.LocalName: "see" } see => ((string?)see.Attribute("cref"))?.Split('.').Last() ?? (string?)see.Attribute("langword") ?? string.Empty,
            XElement e => e.Value,
            _ => string.Empty,
        });
        return Regex.Replace(string.Concat(parts), "\\s+", " ").Trim();
    }
}
