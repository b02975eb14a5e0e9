using System.Diagnostics;
using FiscalWarehouse.Jobs.Hosting;
using FiscalWarehouse.Jobs.Publishing;
using FiscalWarehouse.Jobs.Staging;
using Hangfire;
using Microsoft.Extensions.Logging;

namespace FiscalWarehouse.Jobs.Jobs;

/// <summary>
/// After a batch: the marts are views over the core tables, so they are current as soon as a load commits, and the
/// writer refreshes FILE.snapshot when the loader closes it. What is left is what lives elsewhere: an extra snapshot
/// copy (Jobs:Snapshot) and the Parquet lake (Jobs:Lake), both built here outside the load path.
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
        if (_paths.Snapshot is { } snapshot)
        {
            var watch = Stopwatch.StartNew();
            SnapshotPublisher.Publish(_paths.Database, snapshot);
            _logger.SnapshotPublished(snapshot, watch.ElapsedMilliseconds);
        }

        if (_paths.Lake is { } lake)
        {
            _ = LakePublisher.Export(_paths.Database, lake, cancellationToken);
            _logger.LakeExported(lake);
        }
    }
}
