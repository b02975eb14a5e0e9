using Microsoft.Extensions.Logging;

namespace FiscalWarehouse.Jobs;

/// <summary>The worker's log messages (event ids 3xxx). Properties carry run and file ids; never document text.</summary>
internal static partial class Log
{
    [LoggerMessage(3001, LogLevel.Information, "Run {RunId} ({Trigger}) claimed {Claimed} file(s); {Waiting} still being written")]
    public static partial void ScanClaimed(this ILogger logger, string runId, string trigger, int claimed, int waiting);

    [LoggerMessage(3002, LogLevel.Information, "Run {RunId}: another scan is running; this one stops")]
    public static partial void ScanBusy(this ILogger logger, string runId);

    [LoggerMessage(3003, LogLevel.Warning, "Run {RunId}: re-enqueued orphan {FileId} ({File}) whose job was lost")]
    public static partial void OrphanRequeued(this ILogger logger, string runId, string fileId, string file);

    [LoggerMessage(3004, LogLevel.Debug, "Run {RunId}: {File} was claimed by another scan or vanished")]
    public static partial void ClaimLost(this ILogger logger, string runId, string file);

    [LoggerMessage(3010, LogLevel.Information, "Run {RunId} file {FileId} ({File}) parsed in {ParseMs} ms with {Findings} finding(s); staged for the loader")]
    public static partial void Staged(this ILogger logger, string runId, string fileId, string file, long parseMs, int findings);

    [LoggerMessage(3011, LogLevel.Warning, "Run {RunId} file {FileId} ({File}) quarantined: {Outcome} {Message} (line {Line}, attempt {Attempt})")]
    public static partial void Quarantined(this ILogger logger, string runId, string fileId, string file, string outcome, string message, int? line, int attempt);

    [LoggerMessage(3012, LogLevel.Warning, "Run {RunId} file {FileId} ({File}) failed transiently on attempt {Attempt}; will retry")]
    public static partial void TransientFailure(this ILogger logger, Exception exception, string runId, string fileId, string file, int attempt);

    [LoggerMessage(3013, LogLevel.Debug, "File {FileId} is already handled; nothing to do")]
    public static partial void AlreadyHandled(this ILogger logger, string fileId);

    [LoggerMessage(3020, LogLevel.Information, "Run {RunId} file {FileId} ({File}): {Outcome} in {LoadMs} ms, report version {ReportVersionId}")]
    public static partial void Loaded(this ILogger logger, string runId, string fileId, string file, string outcome, long loadMs, long? reportVersionId);

    [LoggerMessage(3021, LogLevel.Information, "Loader drained {Count} file(s) in {ElapsedMs} ms")]
    public static partial void Drained(this ILogger logger, int count, long elapsedMs);

    [LoggerMessage(3022, LogLevel.Debug, "Another worker holds the loader lock; it will drain the staging folder")]
    public static partial void LoaderBusy(this ILogger logger);

    [LoggerMessage(3030, LogLevel.Information, "Published read snapshot {Snapshot} in {ElapsedMs} ms")]
    public static partial void SnapshotPublished(this ILogger logger, string snapshot, long elapsedMs);

    [LoggerMessage(3031, LogLevel.Information, "Exported the Parquet lake to {Lake}")]
    public static partial void LakeExported(this ILogger logger, string lake);

    [LoggerMessage(3033, LogLevel.Information, "Published to {Target} schema {Schema} ({Mode}): {Versions} new report version(s), {Rows} row(s)")]
    public static partial void Published(this ILogger logger, string target, string schema, string mode, int versions, long rows);

    [LoggerMessage(3032, LogLevel.Debug, "Refresh postponed: the loader is busy")]
    public static partial void RefreshPostponed(this ILogger logger);

    [LoggerMessage(3040, LogLevel.Information, "Worker {Host} started: storage {Storage}, {Workers} worker thread(s), queues {Queues}, scan \"{Cron}\" in {TimeZone}, inbox {Inbox}, warehouse {Database}")]
    public static partial void WorkerStarted(this ILogger logger, string host, string storage, int workers, string queues, string cron, string timeZone, string inbox, string database);

    [LoggerMessage(3041, LogLevel.Information, "Scan requested ({Trigger})")]
    public static partial void ScanRequested(this ILogger logger, string trigger);
}
