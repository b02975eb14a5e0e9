using FiscalWarehouse.Jobs.Jobs;
using FiscalWarehouse.Jobs.Staging;
using Hangfire;
using Hangfire.Storage.Monitoring;

namespace FiscalWarehouse.Jobs.Hosting;

/// <summary>What `fw jobs` does from outside a worker: ask for a scan, look at the queues.</summary>
public static class JobsControl
{
    /// <summary>Requests a scan now; returns a line saying how.</summary>
    public static string TriggerScan(JobsOptions options, JobPaths paths)
    {
        if (HangfireStorageSetup.IsPostgres(options))
        {
            var client = new BackgroundJobClient(HangfireStorageSetup.ClientStorage(options));
            var id = client.Enqueue<ScanInboxJob>(job => job.Run("manual", CancellationToken.None));
            return $"scan enqueued as job {id}; any worker on the queue \"{JobQueues.Scan}\" runs it";
        }

        new StagingArea(paths.Staging).AddTrigger("scan");
        return $"scan requested in {Path.Combine(paths.Staging, "triggers")}; a running `fw worker` picks it up within a second";
    }

    /// <summary>Queue lengths and servers of a PostgreSQL job storage; null for the in-memory one (it lives in the worker).</summary>
    public static (IReadOnlyList<QueueWithTopEnqueuedJobsDto> Queues, int Servers, long Failed)? QueueState(JobsOptions options)
    {
        if (!HangfireStorageSetup.IsPostgres(options))
        {
            return null;
        }

        var monitoring = HangfireStorageSetup.ClientStorage(options).GetMonitoringApi();
        return ([.. monitoring.Queues()], monitoring.Servers().Count, monitoring.FailedCount());
    }
}
