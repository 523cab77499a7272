using System;
using System.Linq;
using DataGrip.Core.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace DataGrip.Core.Tests.DependencyInjection;

public sealed class AddDataGripTests
{
    [Fact]
    public void AddDataGrip_RegistersSingletonValidatorAndScorer()
    {
        using var provider = new ServiceCollection().AddDataGrip().BuildServiceProvider();

        var first = provider.GetRequiredService<ExportValidator>();

        Assert.Same(first, provider.GetRequiredService<ExportValidator>());
        Assert.True(first.Validate("""{"schemaVersion":"1.0","projects":[]}""").IsValid);
        Assert.Same(provider.GetRequiredService<DataGrip.Core.Completeness.CompletenessScorer>(), provider.GetRequiredService<DataGrip.Core.Completeness.CompletenessScorer>());
    }

    [Fact]
    public void AddDataGrip_RegistersTheAlgoritmeregisterImporterAndExporter_WithTheConfiguredMunicipalities()
    {
        using var provider = new ServiceCollection().AddDataGrip().BuildServiceProvider();

        var importer = provider.GetRequiredService<DataGrip.Core.Interop.AlgoritmeregisterImporter>();

        Assert.Same(importer, provider.GetRequiredService<DataGrip.Core.Interop.AlgoritmeregisterImporter>());
        Assert.Same(provider.GetRequiredService<DataGrip.Core.Reference.MunicipalityList>(), importer.Options.Municipalities);
        Assert.Same(provider.GetRequiredService<DataGrip.Core.Interop.AlgoritmeregisterExporter>(), provider.GetRequiredService<DataGrip.Core.Interop.AlgoritmeregisterExporter>());
        var project = Assert.Single(importer.Import("[{\"name\": \"A\", \"organization\": \"Gemeente Utrecht\"}]").Export.Projects);
        Assert.Equal("GM0344", project.Organization.Code);
    }

    [Fact]
    public void AddDataGrip_RegistersTheOverlapDetector_WithOptionsRegisteredBefore()
    {
        using var defaults = new ServiceCollection().AddDataGrip().BuildServiceProvider();
        using var configured = new ServiceCollection()
            .AddSingleton(new DataGrip.Core.Overlap.OverlapOptions { Threshold = 0.5 })
            .AddDataGrip()
            .BuildServiceProvider();

        var detector = defaults.GetRequiredService<DataGrip.Core.Overlap.OverlapDetector>();
        Assert.Same(detector, defaults.GetRequiredService<DataGrip.Core.Overlap.OverlapDetector>());
        Assert.Equal(DataGrip.Core.Overlap.OverlapOptions.Default, detector.Options);
        Assert.Equal(0.5, configured.GetRequiredService<DataGrip.Core.Overlap.OverlapDetector>().Options.Threshold);
    }

    [Fact]
    public void AddDataGrip_Twice_RegistersOnce_AndTheFirstOptionsWin()
    {
        var services = new ServiceCollection()
            .AddDataGrip(o => o with { Validation = o.Validation with { MaxFindings = 5 } })
            .AddDataGrip(o => o with { Validation = o.Validation with { MaxFindings = 7 } });

        Assert.Single(services, d => d.ServiceType == typeof(ExportValidator));
        using var provider = services.BuildServiceProvider();
        Assert.Equal(5, provider.GetRequiredService<ValidatorOptions>().MaxFindings);
    }

    [Fact]
    public void AddDataGrip_InvalidOptions_FailAtRegistration()
    {
        var ex = Assert.Throws<ArgumentException>(() => new ServiceCollection().AddDataGrip(o => o with
        {
            Validation = o.Validation with { MaxFindings = -1 },
            Completeness = o.Completeness with { StaleAfterMonths = 0 },
        }));

        Assert.Equal(
            "Invalid DataGripOptions: Invalid ValidatorOptions: MaxFindings must be between 1 and 1000000, but is -1. Invalid CompletenessOptions: StaleAfterMonths must be between 1 and 120, but is 0.",
            ex.Message);
    }

    [Fact]
    public void AddDataGrip_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => DataGripServiceCollectionExtensions.AddDataGrip(null!));
        Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddDataGrip(null!));
    }
}
