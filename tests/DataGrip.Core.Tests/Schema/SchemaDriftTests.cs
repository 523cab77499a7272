using System;
using System.IO;
using DataGrip.Core.Tests.Support;

namespace DataGrip.Core.Tests.Schema;

/// <summary>
/// The committed schema and the model cannot drift apart. When the model changes on purpose, regenerate with
/// <c>DATAGRIP_UPDATE_SCHEMA=1 dotnet test --filter SchemaDriftTests</c> and commit the files.
/// </summary>
public sealed class SchemaDriftTests
{
    [Theory]
    [InlineData("datagrip-export.schema.json")]
    [InlineData("datagrip-project.schema.json")]
    public void CommittedSchema_EqualsSchemaGeneratedFromModel(string file)
    {
        var generator = new SchemaGenerator();
        var expected = file.Contains("export", StringComparison.Ordinal) ? generator.ExportSchema() : generator.ProjectSchema();
        var path = Repository.PathOf("schema", "v1", file);
        if (Environment.GetEnvironmentVariable("DATAGRIP_UPDATE_SCHEMA") == "1")
        {
            File.WriteAllText(path, expected);
        }

        var committed = File.ReadAllText(path).Replace("\r\n", "\n");
        Assert.True(
            committed == expected,
            $"schema/v1/{file} differs from the model. If the model change is intended, run DATAGRIP_UPDATE_SCHEMA=1 dotnet test --filter SchemaDriftTests and commit the file.");
    }
}
