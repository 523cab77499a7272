using System;
using DataGrip.Core.Analysis;
using DataGrip.Core.Completeness;
using DataGrip.Core.Interop;
using DataGrip.Core.Overlap;
using DataGrip.Core.Reference;
using DataGrip.Core.Risk;
using DataGrip.Core.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using DataGrip.Core.Internal;

namespace DataGrip.Core;

/// <summary>Registers DataGrip.Core's services in a dependency-injection container.</summary>
public static class DataGripServiceCollectionExtensions
{
    /// <summary>
    /// Registers the <see cref="ExportValidator"/>, the <see cref="CompletenessScorer"/>, the <see cref="RiskAssessor"/> and the
    /// Algoritmeregister <see cref="AlgoritmeregisterImporter"/> and <see cref="AlgoritmeregisterExporter"/> (singletons, with the
    /// default options), their options and the <see cref="MunicipalityList"/>. Safe to call more than once: the first
    /// registration wins.
    /// </summary>
    /// <remarks>Also registers the <see cref="OverlapDetector"/> (singleton) with <see cref="DataGripOptions.Overlap"/> (<see cref="OverlapOptions"/> registered before win), and the <see cref="ProjectAnalyzer"/> (singleton) built on the registered services.</remarks>
    /// <param name="services">The service collection.</param>
    /// <returns>The same service collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddDataGrip(this IServiceCollection services) => services.AddDataGrip(static options => options);

    /// <summary>
    /// Registers the <see cref="ExportValidator"/>, the <see cref="CompletenessScorer"/>, the <see cref="RiskAssessor"/> and the
    /// Algoritmeregister importer and exporter (singletons) with options you configure, their options and the
    /// <see cref="MunicipalityList"/> (the importer matches organisation names against it). The options are checked here, so a mistake
    /// shows at start-up. Safe to call more than once: the first registration wins.
    /// </summary>
    /// <remarks>Also registers the <see cref="OverlapDetector"/> (singleton) with <see cref="DataGripOptions.Overlap"/> (<see cref="OverlapOptions"/> registered before win), and the <see cref="ProjectAnalyzer"/> (singleton) built on the registered services.</remarks>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes the default options and returns them, for example
    /// <c>o =&gt; o with { Completeness = o.Completeness with { StaleAfterMonths = 6 } }</c>.</param>
    /// <returns>The same service collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configure"/> is null.</exception>
    /// <exception cref="ArgumentException">The configured options are invalid; the message lists every problem.</exception>
    public static IServiceCollection AddDataGrip(this IServiceCollection services, Func<DataGripOptions, DataGripOptions> configure)
    {
        Guard.NotNull(services);

        Guard.NotNull(configure);

        var options = configure(DataGripOptions.Default) ?? throw new ArgumentException("The configure function returned null options.", nameof(configure));
        options.Validate();
        services.TryAddSingleton(options);
        services.TryAddSingleton(options.Validation);
        services.TryAddSingleton(options.Completeness);
        services.TryAddSingleton(options.Risk);
        services.TryAddSingleton(options.Overlap);
        services.TryAddSingleton(options.Validation.Municipalities);
        services.TryAddSingleton(provider => new ExportValidator(provider.GetRequiredService<ValidatorOptions>()));
        services.TryAddSingleton(provider => new CompletenessScorer(provider.GetRequiredService<CompletenessOptions>()));
        services.TryAddSingleton(provider => new RiskAssessor(provider.GetRequiredService<RiskOptions>()));
        services.TryAddSingleton(provider => new AlgoritmeregisterImporter(new ImportOptions { Municipalities = provider.GetRequiredService<MunicipalityList>() }));
        services.TryAddSingleton<AlgoritmeregisterExporter>();
        services.TryAddSingleton(provider => new OverlapDetector(provider.GetRequiredService<OverlapOptions>()));
        services.TryAddSingleton(provider => new ProjectAnalyzer(
            provider.GetRequiredService<ExportValidator>(), provider.GetRequiredService<CompletenessScorer>(), provider.GetRequiredService<RiskAssessor>(), provider.GetRequiredService<OverlapDetector>()));
        return services;
    }
}
