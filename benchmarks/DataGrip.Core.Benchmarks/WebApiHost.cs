using System;
using System.Linq;
using System.Threading.Tasks;
using DataGrip.WebApi;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace DataGrip.Core.Benchmarks;

/// <summary>
/// The sample web API (samples/DataGrip.WebApi) on Kestrel at a free port of 127.0.0.1, in this process: what the
/// <c>webapi</c> mode measures and the web API tests' real-socket cases use. Kestrel's defaults stay (no synchronous I/O).
/// </summary>
public sealed class WebApiHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private WebApiHost(WebApplication app, Uri address)
    {
        this.app = app;
        Address = address;
    }

    /// <summary>The server's address, such as <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address { get; }

    /// <summary>Starts the API; <paramref name="before"/> adds middleware in front of its endpoints (for tests).</summary>
    public static async Task<WebApiHost> StartAsync(long? maxRequestBytes = null, Action<WebApplication>? before = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        if (maxRequestBytes is { } max)
        {
            builder.Configuration["Upload:MaxRequestBytes"] = max.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        builder.AddExportApi();
        var app = builder.Build();
        before?.Invoke(app);
        app.MapExportApi();
        await app.StartAsync();
        return new WebApiHost(app, new Uri(app.Urls.First()));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
