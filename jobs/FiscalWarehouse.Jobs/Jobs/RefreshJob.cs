using System.Diagnostics;
using FiscalWarehouse.Jobs.Hosting;
using FiscalWarehouse.Jobs.Publishing;
using FiscalWarehouse.Jobs.Staging;
using FiscalWarehouse.Warehouse.Publishing;
using FiscalWarehouse.Warehouse.Schema;
using FiscalWarehouse.Warehouse.Storage;
using Hangfire;
using Microsoft.Extensions.Logging;

namespace FiscalWarehouse.Jobs.Jobs;

/// <summary>
/// After a batch: the marts are views over the core tables, so they are current as soon as a load commits, and the
/// writer refreshes FILE.snapshot when the loader closes it while the dashboards are attached. What is left is what lives elsewhere: an extra snapshot
/// copy (Jobs:Snapshot), the Parquet lake (Jobs:Lake) and the BI server (Jobs:PublishTo), all built here outside the
/// load path.
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

        if (_paths.PublishTo is { } publishTo)
        {
            // Under the loader lock this is the only writer; a failing target rolls back its own transaction and the
            // job's automatic retries try again later, sending the same report versions.
            var target = PublishConnectionString.Parse(publishTo);
            using var connection = WarehouseFiles.OpenWriter(_paths.Database, waitSeconds: 0);
            Migrator.Migrate(connection);
            var result = new Publisher(connection, _paths.Database)
                .PublishAsync(new PublishRequest(target, _paths.PublishSchema), cancellationToken).GetAwaiter().GetResult();
            _logger.Published(result.Target, result.Schema, result.Mode, result.ReportVersions.Count, result.RowsCopied);
        }
    }
}
