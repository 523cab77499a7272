using System;
using System.Collections.Concurrent;
using DataGrip.Core.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace DataGrip.WebApi.Tests;

/// <summary>
/// The sample API in a test server that forbids synchronous reads and writes, as Kestrel does by default, with a
/// recorder of how each request ended and a probe that shows the switch bites.
/// </summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    /// <summary>How each request ended, in order: its path, status and the exception that left the pipeline, if any.</summary>
    public ConcurrentQueue<(string Path, int Status, Exception? Exception)> Outcomes { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureServices(services =>
        {
            services.Configure<TestServerOptions>(options => options.AllowSynchronousIO = false);
            services.AddSingleton<IStartupFilter>(new Recorder(this));
        });
    }

    private sealed class Recorder(ApiFactory factory) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, inner) =>
            {
                Exception? escaped = null;
                try
                {
                    await inner(context);
                }
                catch (Exception ex)
                {
                    escaped = ex;
                    throw;
                }
                finally
                {
                    factory.Outcomes.Enqueue((context.Request.Path, context.Response.StatusCode, escaped));
                }
            });

            // What the first attempt did: the synchronous validator on the request body.
            app.Map("/probe/sync-read", probe => probe.Run(async context =>
            {
                try
                {
                    new ExportValidator().Validate(context.Request.Body);
                    await context.Response.WriteAsync("read synchronously");
                }
                catch (InvalidOperationException ex)
                {
                    context.Response.StatusCode = StatusCodes.Status409Conflict;
                    await context.Response.WriteAsync(ex.Message);
                }
            }));
            next(app);
        };
    }
}
