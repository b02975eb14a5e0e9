using FiscalWarehouse.Dashboards.Admin;
using FiscalWarehouse.Dashboards.Assets;
using FiscalWarehouse.Dashboards.Endpoints;
using FiscalWarehouse.Dashboards.Snapshots;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

using FiscalWarehouse.Dashboards.Querying;

namespace FiscalWarehouse.Dashboards.Hosting;

/// <summary>
/// Builds the dashboards web app: embedded pages, the read API over a private snapshot of the warehouse, admin
/// actions behind a token. Hosts (`fw serve`, the worker, tests) call <see cref="Build"/> and run the result.
/// </summary>
public static class DashboardsHost
{
    /// <param name="options">Bound "Dashboards" section (Urls, AdminToken, snapshot settings).</param>
    /// <param name="warehousePath">The warehouse file; its snapshot copy is what pages read.</param>
    /// <param name="configureServices">Lets a host add an <see cref="ILoadTrigger"/>, a Hangfire JobStorage, logging.</param>
    public static WebApplication Build(DashboardsOptions options, string warehousePath, Action<IServiceCollection>? configureServices = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(DashboardsHost).Assembly.GetName().Name });
        builder.WebHost.UseUrls(options.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        builder.Services.AddSingleton(Options.Create(options));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<EmbeddedAssets>();
        builder.Services.AddSingleton<ColumnLabels>();
        builder.Services.AddSingleton<FindingText>();
        builder.Services.AddSingleton(new AnswerCache(options.AnswerCacheMegabytes));
        builder.Services.AddDashboardsCompression();
        builder.Services.AddSingleton(new AdminToken(options.AdminToken));
        builder.Services.AddSingleton(services =>
        {
            var source = string.IsNullOrWhiteSpace(options.SnapshotSource) ? warehousePath : options.SnapshotSource;
            var directory = string.IsNullOrWhiteSpace(options.SnapshotDirectory)
                ? Path.Combine(Path.GetTempPath(), "fw-dashboards", Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture))
                : options.SnapshotDirectory;
            return new SnapshotStore(source, directory, TimeSpan.FromSeconds(options.RefreshCheckSeconds), services.GetRequiredService<TimeProvider>(),
                services.GetRequiredService<ILoggerFactory>().CreateLogger<SnapshotStore>());
        });
        configureServices?.Invoke(builder.Services);

        var app = builder.Build();
        app.UseResponseCompression();
        app.Use(SecurityHeadersAsync);
        app.Use(ControlCharacterGuard.InvokeAsync);
        app.MapReadApi();
        app.MapAdmin();
        app.MapAssets();
        app.Lifetime.ApplicationStarted.Register(() =>
            Log.Listening(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("FiscalWarehouse.Dashboards"), string.Join(", ", app.Urls), app.Services.GetRequiredService<SnapshotStore>().Source));
        app.Services.GetRequiredService<SnapshotStore>().Initialize();
        return app;
    }

    /// <summary>
    /// Defense in depth behind textContent rendering: no inline or foreign script can run, even if document text
    /// ever reached the page as markup. ECharts needs inline styles, not inline scripts.
    /// </summary>
    private static Task SecurityHeadersAsync(HttpContext context, Func<Task> next)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        return next();
    }
}
