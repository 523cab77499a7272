using System;
using System.Collections;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using DataGrip.Core.Model;

namespace DataGrip.Core.Tests.Model;

public sealed class ModelTests
{
    [Fact]
    public void EveryModelClass_IsASealedRecordWithoutPublicSetters()
    {
        var classes = typeof(DataProject).Assembly.GetExportedTypes().Where(t => t.Namespace == "DataGrip.Core.Model" && t.IsClass && !t.IsAbstract && !IsStatic(t)).ToArray();

        Assert.NotEmpty(classes);
        foreach (var type in classes)
        {
            Assert.True(type.IsSealed, $"{type.Name} must be sealed.");
            Assert.True(type.GetMethod("<Clone>$") is not null, $"{type.Name} must be a record.");
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var setter = property.SetMethod;
                if (setter is { IsPublic: true })
                {
                    var isInit = setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit");
                    Assert.True(isInit, $"{type.Name}.{property.Name} has a public setter; use init.");
                }
            }
        }
    }

    [Fact]
    public void ModelCollections_AreImmutable()
    {
        var classes = typeof(DataProject).Assembly.GetExportedTypes().Where(t => t.Namespace == "DataGrip.Core.Model" && t.IsClass && !IsStatic(t));
        foreach (var property in classes.SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)))
        {
            var type = property.PropertyType;
            if (type == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(type))
            {
                continue;
            }

            var generic = type.IsGenericType ? type.GetGenericTypeDefinition() : type;
            Assert.True(
                generic == typeof(ImmutableArray<>) || generic == typeof(ImmutableDictionary<,>) || generic == typeof(System.Collections.Generic.IReadOnlyDictionary<,>),
                $"{property.DeclaringType!.Name}.{property.Name} is a {type.Name}; use an immutable collection.");
        }
    }

    [Fact]
    public void DefaultArrays_BecomeEmpty()
    {
        var project = new DataProject { Id = "a", Name = "A", Organization = new Organization { Name = "x" }, Themes = default, Tags = default };

        Assert.True(project.Themes.IsEmpty);
        Assert.True(project.Tags.IsEmpty);
        Assert.Empty(project.Extensions);
    }

    [Fact]
    public void Extensions_AreCopiedOnInit_SoTheCallerCannotChangeThemLater()
    {
        var source = new System.Collections.Generic.Dictionary<string, System.Text.Json.JsonElement> { ["x-a"] = System.Text.Json.JsonDocument.Parse("1").RootElement };
        var organization = new Organization { Name = "x", Extensions = source };

        source["x-b"] = System.Text.Json.JsonDocument.Parse("2").RootElement;

        Assert.Equal(["x-a"], organization.Extensions.Keys);
    }

    [Theory]
    [InlineData(Phase.Idea, RegisterStatus.InDevelopment)]
    [InlineData(Phase.Design, RegisterStatus.InDevelopment)]
    [InlineData(Phase.Development, RegisterStatus.InDevelopment)]
    [InlineData(Phase.Pilot, RegisterStatus.InUse)]
    [InlineData(Phase.Evaluation, RegisterStatus.InUse)]
    [InlineData(Phase.Production, RegisterStatus.InUse)]
    [InlineData(Phase.Scaling, RegisterStatus.InUse)]
    [InlineData(Phase.Ended, RegisterStatus.OutOfUse)]
    public void RegisterStatus_IsDerivedFromPhase(Phase phase, RegisterStatus status) =>
        Assert.Equal(status, new Lifecycle { Phase = phase }.RegisterStatus);

    [Fact]
    public void RegisterStatus_IsNullWithoutPhase() => Assert.Null(new Lifecycle().RegisterStatus);

    [Fact]
    public void Vocabularies_HaveTheRegistersSizes()
    {
        Assert.Equal(16, Enum.GetValues<Theme>().Length);
        Assert.Equal(3, Enum.GetValues<RegisterStatus>().Length);
        Assert.Equal(3, Enum.GetValues<PublicationCategory>().Length);
        Assert.Equal(22, Enum.GetValues<OrganizationType>().Length);
        Assert.Equal(8, Enum.GetValues<AnnexIIIArea>().Length);
        Assert.Equal(10, Enum.GetValues<BaseRegistry>().Length);
    }

    private static bool IsStatic(Type type) => type.IsAbstract && type.IsSealed;
}
