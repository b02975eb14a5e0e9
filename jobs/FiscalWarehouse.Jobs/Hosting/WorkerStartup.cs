using FiscalWarehouse.Jobs.Jobs;
using FiscalWarehouse.Jobs.Staging;
using Hangfire;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FiscalWarehouse.Jobs.Hosting;

/// <summary>
/// On start: folders, the recurring scan (cron in the configured time zone), a loader pass for whatever a previous
/// process left staged, the lost jobs of an in-memory storage, and a scan at once with --now.
/// </summary>
internal sealed class WorkerStartup : IHostedService
{
    public const string RecurringScanId = "fw-scan-inbox";

    private readonly JobsOptions _options;
    private readonly JobPaths _paths;
    private readonly StagingArea _staging;
    private readonly IRecurringJobManager _recurring;
    private readonly IBackgroundJobClient _client;
    private readonly WorkerStartOptions _start;
    private readonly ILogger<WorkerStartup> _logger;

    public WorkerStartup(JobsOptions options, JobPaths paths, StagingArea staging, IRecurringJobManager recurring, IBackgroundJobClient client, WorkerStartOptions start, ILogger<WorkerStartup> logger)
    {
        _options = options;
        _paths = paths;
        _staging = staging;
        _recurring = recurring;
        _client = client;
        _start = start;
        _logger = logger;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _paths.EnsureFolders();
        _recurring.AddOrUpdate<ScanInboxJob>(
            RecurringScanId,
            JobQueues.Scan,
            job => job.Run("schedule", CancellationToken.None),
            _options.Schedule,
            new RecurringJobOptions { TimeZone = JobsConfiguration.TimeZoneOf(_options) });

        if (!HangfireStorageSetup.IsPostgres(_options))
        {
            // An in-memory queue died with the previous process: every claimed file without a ticket is an orphan now.
            foreach (var (fileId, fileName) in _staging.Orphans(TimeSpan.Zero, DateTime.MaxValue))
            {
                var claim = _staging.ReadClaim(fileId);
                var runId = claim?.RunId ?? "recovered";
                var relative = claim?.RelativePath ?? fileName;
                _client.Enqueue<LoadFileJob>(job => job.Run(runId, fileId, relative, null, CancellationToken.None));
            }
        }

        _client.Enqueue<LoaderJob>(job => job.Run(CancellationToken.None));
        if (_start.ScanNow)
        {
            _logger.ScanRequested("startup");
            _client.Enqueue<ScanInboxJob>(job => job.Run("manual", CancellationToken.None));
        }

        _logger.WorkerStarted(WorkerIdentity.Host, _options.Storage, _options.WorkerCount, string.Join(',', _options.EffectiveQueues), _options.Schedule, _options.TimeZone, _paths.Inbox, _paths.Database);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>How this worker process was started (`fw worker --now`).</summary>
public sealed record WorkerStartOptions(bool ScanNow);
