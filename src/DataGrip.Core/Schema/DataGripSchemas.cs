using System;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using NJsonSchema;

namespace DataGrip.Core.Schema;

/// <summary>The published JSON Schema (draft-07) of the DataGrip export format, as embedded in this library.</summary>
/// <remarks>
/// The same file is published in the repository as <c>schema/v1/datagrip-export.schema.json</c>, next to
/// <c>datagrip-project.schema.json</c> for a single project. All members are thread-safe.
/// </remarks>
public static class DataGripSchemas
{
    private static readonly Lazy<string> ExportText = new(() => ReadResource("DataGrip.Core.Schema.datagrip-export.schema.json"));
    private static readonly Lazy<JsonSchema> Export = new(() => Task.Run(() => JsonSchema.FromJsonAsync(ExportText.Value)).GetAwaiter().GetResult());

    /// <summary>The <c>$id</c> of the export schema.</summary>
    public const string ExportSchemaId = "urn:datagrip:schema:export:1.0";

    /// <summary>The <c>$id</c> of the single-project schema.</summary>
    public const string ProjectSchemaId = "urn:datagrip:schema:project:1.0";

    /// <summary>The JSON Schema draft the schemas follow: draft-07.</summary>
    public const string Draft = "http://json-schema.org/draft-07/schema#";

    /// <summary>The text of the export schema.</summary>
    public static string ExportSchemaJson => ExportText.Value;

    /// <summary>The parsed export schema, loaded once.</summary>
    internal static JsonSchema ExportSchema => Export.Value;

    /// <summary>The schema of one project: the export schema's <c>DataProject</c> definition.</summary>
    internal static JsonSchema ProjectSchema => Export.Value.Definitions["DataProject"];

    private static string ReadResource(string name)
    {
        using var stream = typeof(DataGripSchemas).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource {name} is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
