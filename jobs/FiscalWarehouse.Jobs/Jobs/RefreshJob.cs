using System.Diagnostics;
using FiscalWarehouse.Jobs.Hosting;
using FiscalWarehouse.Jobs.Publishing;
using FiscalWarehouse.Jobs.Staging;
using Hangfire;
using Microsoft.Extensions.Logging;

namespace FiscalWarehouse.Jobs.Jobs;

/// <summary>
/// After a batch: the marts are views over the core tables, so they are current as soon as a load commits; what needs
/// rebuilding is what readers use without touching the writer's file: the read snapshot (and the Parquet lake when one
/// is configured).
/// </summary>
public sealed class RefreshJob
{
    private readonly JobPaths _paths;
    private readonly IBackgroundJobClient _client;
    private readonly ILogger<RefreshJob> _logger;

    public RefreshJob(JobPaths paths, IBackgroundJobClient client, ILogger<RefreshJob> logger)
    {
        _paths = paths;
        _client = client;
        _logger = logger;
    }

    [Queue(JobQueues.Load)]
    public void Run(CancellationToken cancellationToken)
    {
        using var loaderLock = LoaderLock.TryAcquire(_paths.LoaderLock);
        if (loaderLock is null)
        {
            // The loader is mid-batch; refresh after it rather than wait on it.
            _logger.RefreshPostponed();
            _client.Schedule<RefreshJob>(job => job.Run(CancellationToken.None), TimeSpan.FromSeconds(10));
            return;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var watch = Stopwatch.StartNew();
        SnapshotPublisher.Publish(_paths.Database, _paths.Snapshot);
        _logger.SnapshotPublished(_paths.Snapshot, watch.ElapsedMilliseconds);
        if (_paths.Lake is { } lake)
        {
            LakePublisher.Export(_paths.Snapshot, lake, cancellationToken);
            _logger.LakeExported(lake);
        }
    }
}
