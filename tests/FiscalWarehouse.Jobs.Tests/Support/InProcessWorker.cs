using FiscalWarehouse.Jobs.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FiscalWarehouse.Jobs.Tests.Support;

/// <summary>The real worker host (Hangfire server, in-memory storage) inside the test process.</summary>
internal sealed class InProcessWorker : IAsyncDisposable
{
    private readonly IHost _host;

    private InProcessWorker(IHost host, ListLoggerProvider logs)
    {
        _host = host;
        Logs = logs;
    }

    public ListLoggerProvider Logs { get; }

    public IServiceProvider Services => _host.Services;

    public static async Task<InProcessWorker> StartAsync(WorkerFolders folders, bool scanNow, CancellationToken cancellationToken, double settleSeconds = 0.5, IReadOnlyDictionary<string, string?>? extra = null)
    {
        var logs = new ListLoggerProvider();
        var host = JobsHost.Build(folders.Configuration(settleSeconds, extra: extra), new WorkerStartOptions(scanNow), logging =>
        {
            logging.SetMinimumLevel(LogLevel.Debug);
            logging.AddProvider(logs);
        });
        await host.StartAsync(cancellationToken);
        return new InProcessWorker(host, logs);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync(CancellationToken.None);
        _host.Dispose();
    }
}
