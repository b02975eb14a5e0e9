using System.Net;
using System.Net.Sockets;
using FiscalWarehouse.Dashboards.Admin;
using FiscalWarehouse.Dashboards.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace FiscalWarehouse.Dashboards.Tests.Support;

/// <summary>The dashboards on a real Kestrel, on a free loopback port, over a fresh <see cref="TestCorpus"/> warehouse.</summary>
public sealed class DashboardsServer : IAsyncLifetime
{
    public const string AdminToken = "test-admin-token-7f3a";

    private WebApplication? app;

    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "fw-dash-tests-" + Guid.NewGuid().ToString("N")[..8]);

    public string WarehousePath => Path.Combine(Directory, "warehouse.duckdb");

    public Uri BaseAddress { get; private set; } = null!;

    public RecordingLoadTrigger LoadTrigger { get; } = new();

    internal RealCorpus.Ids Ids { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    internal IServiceProvider Services => app!.Services;

    public async ValueTask InitializeAsync()
    {
        System.IO.Directory.CreateDirectory(Directory);
        Ids = RealCorpus.Build(Directory, WarehousePath);
        var port = FreePort();
        var options = new DashboardsOptions
        {
            Urls = $"http://127.0.0.1:{port}",
            AdminToken = AdminToken,
            SnapshotDirectory = Path.Combine(Directory, "snapshots"),
            RefreshCheckSeconds = 0.2,
        };
        app = DashboardsHost.Build(options, WarehousePath, services => services.AddSingleton<ILoadTrigger>(LoadTrigger));
        await app.StartAsync();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        Client = new HttpClient { BaseAddress = BaseAddress };
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        if (Environment.GetEnvironmentVariable("FW_DASH_KEEP") == "1")
        {
            return;
        }

        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Counts admin load requests instead of loading.</summary>
    public sealed class RecordingLoadTrigger : ILoadTrigger
    {
        public int Count { get; private set; }

        public LoadTriggerResult Trigger()
        {
            Count++;
            return new LoadTriggerResult(true, "recorded");
        }
    }
}
