using System.Diagnostics;
using FiscalWarehouse.Etl;
using FiscalWarehouse.Jobs.Hosting;
using FiscalWarehouse.Jobs.Quarantine;
using FiscalWarehouse.Jobs.Staging;
using FiscalWarehouse.Model.Documents;
using Hangfire;
using Hangfire.Server;
using Microsoft.Extensions.Logging;

namespace FiscalWarehouse.Jobs.Jobs;

/// <summary>
/// Reads and validates one claimed file in any worker, in parallel with others. A bad document goes to quarantine at
/// once (no retries); a good one is handed to the single loader as a ticket. Re-running it is harmless.
/// </summary>
public sealed class LoadFileJob
{
    private readonly JobsOptions _options;
    private readonly StagingArea _staging;
    private readonly QuarantineArea _quarantine;
    private readonly ReportParser _parser;
    private readonly IBackgroundJobClient _client;
    private readonly TimeProvider _time;
    private readonly ILogger<LoadFileJob> _logger;

    public LoadFileJob(JobsOptions options, StagingArea staging, QuarantineArea quarantine, ReportParser parser, IBackgroundJobClient client, TimeProvider time, ILogger<LoadFileJob> logger)
    {
        _options = options;
        _staging = staging;
        _quarantine = quarantine;
        _parser = parser;
        _client = client;
        _time = time;
        _logger = logger;
    }

    /// <param name="context">Filled by Hangfire (pass null when enqueuing): tells which attempt this is.</param>
    [Queue(JobQueues.Parse)]
    public void Run(string runId, string fileId, string relativePath, PerformContext? context, CancellationToken cancellationToken)
    {
        using var scope = _logger.BeginScope("RunId={RunId} FileId={FileId}", runId, fileId);
        var attempt = (context?.GetJobParameter<int>("RetryCount") ?? 0) + 1;
        var fileName = Path.GetFileName(relativePath);
        var workFile = _staging.WorkFile(fileId, fileName);
        if (_staging.ReadTicket(fileId) is not null || !File.Exists(workFile))
        {
            _logger.AlreadyHandled(fileId);
            return;
        }

        var claim = _staging.ReadClaim(fileId);
        var baseTicket = new StagedTicket
        {
            FileId = fileId,
            RunId = runId,
            RelativePath = relativePath,
            FileName = fileName,
            ContentHash = claim?.ContentHash ?? FileIdentity(workFile),
            SizeBytes = claim?.SizeBytes ?? new FileInfo(workFile).Length,
            State = StagedTicket.StagedState,
        };

        var watch = Stopwatch.StartNew();
        StagedTicket ticket;
        try
        {
            var parsed = _parser.Parse(workFile, cancellationToken);
            ticket = baseTicket with { FindingCount = parsed.Findings.Count, ParseMilliseconds = watch.ElapsedMilliseconds };
            _logger.Staged(runId, fileId, relativePath, watch.ElapsedMilliseconds, parsed.Findings.Count);
        }
        catch (DocumentReadException e)
        {
            // The document itself is bad: retrying cannot help.
            ticket = QuarantineNow(baseTicket, workFile, "rejected", "unreadable", e.Line, e.Reason, attempt);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e) when (attempt <= _options.Retries)
        {
            _logger.TransientFailure(e, runId, fileId, relativePath, attempt);
            throw;
        }
        catch (Exception e)
        {
            ticket = QuarantineNow(baseTicket, workFile, "failed", "failed", null, $"{e.GetType().Name}: {e.Message}", attempt);
        }

        _staging.WriteTicket(ticket);
        if (ticket.State == StagedTicket.QuarantinedState)
        {
            _staging.RemoveWorkFolder(fileId);
        }

        _client.Enqueue<LoaderJob>(job => job.Run(CancellationToken.None));
    }

    private StagedTicket QuarantineNow(StagedTicket ticket, string workFile, string outcome, string error, int? line, string message, int attempt)
    {
        var movedTo = _quarantine.Move(workFile, new QuarantineReason
        {
            Error = error,
            Line = line,
            Message = message,
            TimeUtc = _time.GetUtcNow().UtcDateTime,
            Attempt = attempt,
            File = ticket.RelativePath,
            FileId = ticket.FileId,
            RunId = ticket.RunId,
            ContentHash = ticket.ContentHash,
        });
        _logger.Quarantined(ticket.RunId, ticket.FileId, ticket.RelativePath, outcome, message, line, attempt);
        return ticket with
        {
            State = StagedTicket.QuarantinedState,
            Quarantine = new QuarantineNote(outcome, null, line, message, attempt, movedTo),
        };
    }

    private static string FileIdentity(string path) => Inbox.FileIdentity.ContentHashOf(path);
}
