using System;
using DataGrip.Core.Reference;
using DataGrip.Core.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DataGrip.Core;

/// <summary>Registers DataGrip.Core's services in a dependency-injection container.</summary>
public static class DataGripServiceCollectionExtensions
{
    /// <summary>
    /// Registers the <see cref="ExportValidator"/> (a singleton, with <see cref="ValidatorOptions.Default"/>) and the
    /// <see cref="MunicipalityList"/> it uses. Safe to call more than once: the first registration wins.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same service collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddDataGrip(this IServiceCollection services) => services.AddDataGrip(static options => options);

    /// <summary>
    /// Registers the <see cref="ExportValidator"/> (a singleton) with options you configure, and the
    /// <see cref="MunicipalityList"/> it uses. The options are checked here, so a mistake shows at start-up.
    /// Safe to call more than once: the first registration wins.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes the default options and returns them, for example <c>o =&gt; o with { MaxFindings = 100 }</c>.</param>
    /// <returns>The same service collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configure"/> is null.</exception>
    /// <exception cref="ArgumentException">The configured options are invalid; the message lists every problem.</exception>
    public static IServiceCollection AddDataGrip(this IServiceCollection services, Func<ValidatorOptions, ValidatorOptions> configure)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        if (configure is null)
        {
            throw new ArgumentNullException(nameof(configure));
        }

        var options = configure(ValidatorOptions.Default) ?? throw new ArgumentException("The configure function returned null options.", nameof(configure));
        options.Validate();
        services.TryAddSingleton(options);
        services.TryAddSingleton(options.Municipalities);
        services.TryAddSingleton(provider => new ExportValidator(provider.GetRequiredService<ValidatorOptions>()));
        return services;
    }
}
