using FiscalWarehouse.Jobs.Hosting;
using FiscalWarehouse.Jobs.Inbox;
using FiscalWarehouse.Jobs.Staging;
using Hangfire;
using Microsoft.Extensions.Logging;

namespace FiscalWarehouse.Jobs.Jobs;

/// <summary>
/// Takes stable files out of the inbox (claim = atomic rename into the staging work folder, so two scans never take
/// the same file) and enqueues one <see cref="LoadFileJob"/> per file, then a loader pass for the run note.
/// </summary>
public sealed class ScanInboxJob
{
    private readonly JobsOptions _options;
    private readonly JobPaths _paths;
    private readonly StagingArea _staging;
    private readonly StableFileDetector _detector;
    private readonly IBackgroundJobClient _client;
    private readonly TimeProvider _time;
    private readonly ILogger<ScanInboxJob> _logger;

    public ScanInboxJob(JobsOptions options, JobPaths paths, StagingArea staging, StableFileDetector detector, IBackgroundJobClient client, TimeProvider time, ILogger<ScanInboxJob> logger)
    {
        _options = options;
        _paths = paths;
        _staging = staging;
        _detector = detector;
        _client = client;
        _time = time;
        _logger = logger;
    }

    [Queue(JobQueues.Scan)]
    [AutomaticRetry(Attempts = 0)]
    public async Task Run(string trigger, CancellationToken cancellationToken)
    {
        var started = _time.GetUtcNow().UtcDateTime;
        var runId = WorkerIdentity.NewRunId(started);
        using var scope = _logger.BeginScope("RunId={RunId}", runId);
        // Claims are atomic renames, so overlapping scans would be safe; the lock only avoids hashing files twice.
        using var scanLock = LoaderLock.TryAcquire(Path.Combine(_paths.Staging, ".scan.lock"));
        if (scanLock is null)
        {
            _logger.ScanBusy(runId);
            return;
        }

        RequeueOrphans(runId, TimeSpan.FromSeconds(_options.OrphanAfterSeconds));
        var observed = StableFileDetector.Observe(_paths.Inbox);
        var stable = await _detector.FindStableAsync(_paths.Inbox, TimeSpan.FromSeconds(_options.SettleSeconds), cancellationToken);
        var claimed = new List<ClaimNote>();
        foreach (var file in stable)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (TryClaim(runId, file) is { } claim)
            {
                claimed.Add(claim);
            }
        }

        var waiting = Math.Max(0, observed.Count - claimed.Count);
        // The run note goes before the file jobs so the ledger has the run's expected count before its first file.
        _staging.WriteRunNote(new RunNote(runId, trigger, WorkerIdentity.Host, started, _time.GetUtcNow().UtcDateTime, claimed.Count, waiting));
        foreach (var claim in claimed)
        {
            _client.Enqueue<LoadFileJob>(job => job.Run(claim.RunId, claim.FileId, claim.RelativePath, null, CancellationToken.None));
        }

        _client.Enqueue<LoaderJob>(job => job.Run(CancellationToken.None));
        _logger.ScanClaimed(runId, trigger, claimed.Count, waiting);
    }

    private ClaimNote? TryClaim(string runId, InboxFile file)
    {
        var source = Path.Combine(_paths.Inbox, file.RelativePath);
        string hash;
        try
        {
            hash = FileIdentity.ContentHashOf(source);
            var after = new FileInfo(source);
            // Changed while hashing: still being written, so it waits for the next scan.
            if (!after.Exists || after.Length != file.Size || after.LastWriteTimeUtc != file.LastWriteUtc)
            {
                return null;
            }
        }
        catch (IOException)
        {
            _logger.ClaimLost(runId, file.RelativePath);
            return null;
        }

        var fileId = FileIdentity.FileIdOf(file.RelativePath, hash);
        var claim = new ClaimNote(fileId, runId, file.RelativePath, hash, file.Size, _time.GetUtcNow().UtcDateTime);
        var target = _staging.WorkFile(fileId, Path.GetFileName(file.RelativePath));
        if (File.Exists(target))
        {
            // The same file with the same content is still in flight from an earlier scan: leave this copy for later.
            return null;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        _staging.WriteClaim(claim);
        try
        {
            File.Move(source, target);
        }
        catch (IOException)
        {
            _logger.ClaimLost(runId, file.RelativePath);
            return null;
        }

        return claim;
    }

    private void RequeueOrphans(string runId, TimeSpan age)
    {
        foreach (var (fileId, fileName) in _staging.Orphans(age, _time.GetUtcNow().UtcDateTime))
        {
            var claim = _staging.ReadClaim(fileId);
            var claimRun = claim?.RunId ?? runId;
            var relative = claim?.RelativePath ?? fileName;
            // Touch the folder so the next scan does not enqueue it again while this job waits in the queue.
            Directory.SetLastWriteTimeUtc(_staging.WorkFolder(fileId), _time.GetUtcNow().UtcDateTime);
            _client.Enqueue<LoadFileJob>(job => job.Run(claimRun, fileId, relative, null, CancellationToken.None));
            _logger.OrphanRequeued(runId, fileId, relative);
        }
    }
}
