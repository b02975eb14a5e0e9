using FiscalWarehouse.Jobs.Jobs;
using FiscalWarehouse.Jobs.Staging;
using Hangfire;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FiscalWarehouse.Jobs.Hosting;

/// <summary>
/// `fw jobs trigger scan` against an in-memory storage cannot reach the worker's queue, so it drops a file in
/// staging/triggers; this turns each such file into a scan.
/// </summary>
internal sealed class TriggerWatcher : BackgroundService
{
    private readonly StagingArea _staging;
    private readonly IBackgroundJobClient _client;
    private readonly ILogger<TriggerWatcher> _logger;

    public TriggerWatcher(StagingArea staging, IBackgroundJobClient client, ILogger<TriggerWatcher> logger)
    {
        _staging = staging;
        _client = client;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (!Directory.Exists(_staging.TriggersFolder))
            {
                continue;
            }

            foreach (var trigger in Directory.GetFiles(_staging.TriggersFolder, "scan-*").Where(f => !f.EndsWith(".tmp", StringComparison.Ordinal)))
            {
                try
                {
                    File.Delete(trigger);
                }
                catch (IOException)
                {
                    continue;
                }

                _logger.ScanRequested("manual");
                _client.Enqueue<ScanInboxJob>(job => job.Run("manual", CancellationToken.None));
            }
        }
    }
}
