using System;
using System.IO;
using DataGrip.Core.Model;
using DataGrip.Core.Tests.Support;
using PublicApiGenerator;

namespace DataGrip.Core.Tests.PublicApi;

/// <summary>
/// The public API is approved: a change shows up as a diff of DataGrip.Core.approved.txt. When the change is
/// intended, run <c>DATAGRIP_UPDATE_API=1 dotnet test --filter PublicApiTests</c> and commit the file.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_HasNotChangedUnnoticed()
    {
        var api = typeof(DataProject).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            IncludeAssemblyAttributes = false,
            ExcludeAttributes = ["System.Runtime.CompilerServices.NullableContextAttribute", "System.Runtime.CompilerServices.NullableAttribute"],
        }).Replace("\r\n", "\n");
        var path = Repository.PathOf("tests", "DataGrip.Core.Tests", "PublicApi", "DataGrip.Core.approved.txt");
        if (Environment.GetEnvironmentVariable("DATAGRIP_UPDATE_API") == "1")
        {
            File.WriteAllText(path, api);
        }

        Assert.True(File.Exists(path), $"{path} is missing. Run DATAGRIP_UPDATE_API=1 dotnet test --filter PublicApiTests, review and commit it.");

        var approved = File.ReadAllText(path).Replace("\r\n", "\n");
        Assert.True(
            approved == api,
            "The public API changed. If intended, run DATAGRIP_UPDATE_API=1 dotnet test --filter PublicApiTests and commit PublicApi/DataGrip.Core.approved.txt.\n" + api);
    }

    [Fact]
    public void NoNJsonSchemaOrNewtonsoftType_IsPublic()
    {
        var api = typeof(DataProject).Assembly.GeneratePublicApi();

        Assert.DoesNotContain("NJsonSchema", api, StringComparison.Ordinal);
        Assert.DoesNotContain("Newtonsoft", api, StringComparison.Ordinal);
    }
}
