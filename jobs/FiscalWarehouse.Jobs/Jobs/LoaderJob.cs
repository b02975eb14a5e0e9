using System.Diagnostics;
using FiscalWarehouse.Etl;
using FiscalWarehouse.Jobs.Hosting;
using FiscalWarehouse.Jobs.Ledger;
using FiscalWarehouse.Jobs.Quarantine;
using FiscalWarehouse.Jobs.Staging;
using FiscalWarehouse.Warehouse.Configuration;
using FiscalWarehouse.Warehouse.Loading;
using Hangfire;
using Microsoft.Extensions.Logging;

namespace FiscalWarehouse.Jobs.Jobs;

/// <summary>
/// The one writer: under an OS lock beside the warehouse, appends the staged reports (in batches, each report atomic:
/// WarehouseWriter.LoadFiles), records the ledger, archives or quarantines each file, and asks for a refresh after the
/// pass. Tickets that pile up while a pass runs are loaded many per transaction by the next one.
/// Enqueued after every parsed file; a pass that finds the lock taken leaves the work to the holder.
/// </summary>
public sealed class LoaderJob
{
    private readonly JobsOptions _options;
    private readonly JobPaths _paths;
    private readonly WarehouseOptions _warehouse;
    private readonly StagingArea _staging;
    private readonly QuarantineArea _quarantine;
    private readonly ReportParser _parser;
    private readonly IBackgroundJobClient _client;
    private readonly TimeProvider _time;
    private readonly ILogger<LoaderJob> _logger;

    public LoaderJob(JobsOptions options, JobPaths paths, WarehouseOptions warehouse, StagingArea staging, QuarantineArea quarantine, ReportParser parser, IBackgroundJobClient client, TimeProvider time, ILogger<LoaderJob> logger)
    {
        _options = options;
        _paths = paths;
        _warehouse = warehouse;
        _staging = staging;
        _quarantine = quarantine;
        _parser = parser;
        _client = client;
        _time = time;
        _logger = logger;
    }

    /// <summary>A reader (`fw sql`, `fw jobs status`) holding the file read-only blocks the writer; wait that long for it.</summary>
    private const int ReaderGraceSeconds = 30;

    [Queue(JobQueues.Load)]
    public void Run(CancellationToken cancellationToken)
    {
        while (_staging.HasPendingWork())
        {
            using (var loaderLock = LoaderLock.TryAcquire(_paths.LoaderLock))
            {
                if (loaderLock is null)
                {
                    _logger.LoaderBusy();
                    return;
                }

                Drain(cancellationToken);
            }

            // A ticket written while this pass held the lock had its own loader pass turned away: look again.
        }
    }

    private void Drain(CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        using var writer = WarehouseWriter.Open(new WarehouseOptions { Path = _paths.Database, WriterWaitSeconds = Math.Max(_warehouse.WriterWaitSeconds, ReaderGraceSeconds) });
        using var ledger = LedgerStore.Open(_paths.Database);
        foreach (var note in _staging.PendingRunNotes())
        {
            ledger.RecordRun(note);
            _staging.DeleteRunNote(note.RunId);
        }

        var count = 0;
        var batch = new List<(StagedTicket Ticket, string WorkFile)>();
        foreach (var fileId in _staging.PendingTicketIds())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_staging.ReadTicket(fileId) is { } ticket)
            {
                if (Settle(ticket, ledger) is { } workFile)
                {
                    batch.Add((ticket, workFile));
                }

                count++;
            }

            if (batch.Count >= writer.BatchSize)
            {
                LoadBatch(batch, writer, ledger, cancellationToken);
                batch.Clear();
            }
        }

        LoadBatch(batch, writer, ledger, cancellationToken);
        _logger.Drained(count, watch.ElapsedMilliseconds);
        _client.Enqueue<RefreshJob>(job => job.Run(CancellationToken.None));
    }

    /// <summary>Finishes a ticket that needs no load (quarantined by its parse, or recorded before a crash); else returns its work file.</summary>
    private string? Settle(StagedTicket ticket, LedgerStore ledger)
    {
        using var scope = _logger.BeginScope("RunId={RunId} FileId={FileId}", ticket.RunId, ticket.FileId);
        if (ticket.State == StagedTicket.QuarantinedState && ticket.Quarantine is { } q)
        {
            ledger.RecordFile(Record(ticket, q.Outcome, null, null, q.RuleId, q.Line, q.Message, q.Attempt, q.MovedTo), Now);
            Finish(ticket);
            return null;
        }

        var workFile = _staging.WorkFile(ticket.FileId, ticket.FileName);
        if (!File.Exists(workFile))
        {
            // Moved out by a loader that crashed before deleting the ticket: the ledger already has it.
            _logger.AlreadyHandled(ticket.FileId);
            Finish(ticket);
            return null;
        }

        if (ledger.OutcomeOf(ticket.FileId) is not null)
        {
            // Loaded and recorded before a crash, not yet archived: finish the move only, never load twice.
            FileMoves.Archive(_paths.Archive, workFile, ticket.FileId, Now);
            _logger.AlreadyHandled(ticket.FileId);
            Finish(ticket);
            return null;
        }

        return workFile;
    }

    private void LoadBatch(List<(StagedTicket Ticket, string WorkFile)> batch, WarehouseWriter writer, LedgerStore ledger, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return;
        }

        var watch = Stopwatch.StartNew();
        List<LoadOutcome> outcomes;
        try
        {
            outcomes = [.. writer.LoadFiles([.. batch.Select(b => b.WorkFile)], _parser, cancellationToken)];
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            // The writer itself failed (not one report): every ticket of the batch counts an attempt.
            outcomes = [.. batch.Select(b => new LoadOutcome(b.WorkFile, LoadStatus.Rejected, Reason: e.Message) { Error = e })];
        }

        // The batch's time shared out: what one report cost the loader.
        var loadMs = watch.ElapsedMilliseconds / batch.Count;
        Exception? retry = null;
        for (var i = 0; i < batch.Count; i++)
        {
            retry = Handle(batch[i].Ticket, batch[i].WorkFile, outcomes[i], loadMs, ledger) ?? retry;
        }

        if (retry is not null)
        {
            // Hangfire retries the loader pass later; the tickets that failed carry their attempt count.
            throw new InvalidOperationException($"loading failed, will retry: {retry.Message}", retry);
        }
    }

    /// <returns>The error to retry on, when the load failed and attempts remain.</returns>
    private Exception? Handle(StagedTicket ticket, string workFile, LoadOutcome outcome, long loadMs, LedgerStore ledger)
    {
        using var scope = _logger.BeginScope("RunId={RunId} FileId={FileId}", ticket.RunId, ticket.FileId);
        if (outcome.Error is { } e)
        {
            var attempts = ticket.LoaderAttempts + 1;
            if (attempts <= _options.Retries)
            {
                _staging.WriteTicket(ticket with { LoaderAttempts = attempts });
                _logger.TransientFailure(e, ticket.RunId, ticket.FileId, ticket.RelativePath, attempts);
                return e;
            }

            var message = $"{e.GetType().Name}: {e.Message}";
            var failedTo = MoveToQuarantine(ticket, workFile, "failed", null, null, message, attempts);
            ledger.RecordFile(Record(ticket, "failed", null, loadMs, null, null, message, attempts, failedTo), Now);
            Finish(ticket);
            return null;
        }

        if (outcome.Status == LoadStatus.Rejected)
        {
            var line = LineOf(outcome.Where);
            var movedTo = MoveToQuarantine(ticket, workFile, "rejected", RuleOf(outcome.Reason), line, outcome.Reason ?? "rejected", ticket.LoaderAttempts + 1);
            ledger.RecordFile(Record(ticket, "rejected", outcome, loadMs, RuleOf(outcome.Reason), line, outcome.Reason, ticket.LoaderAttempts + 1, movedTo), Now);
            Finish(ticket);
            return null;
        }

        var outcomeText = outcome.StatusText;
        // Record first, then move: a crash between the two is finished by Settle, never loaded again.
        var archived = FileMoves.ArchiveTarget(_paths.Archive, ticket.FileName, ticket.FileId, Now);
        ledger.RecordFile(Record(ticket, outcomeText, outcome, loadMs, null, null, null, ticket.LoaderAttempts + 1, archived), Now);
        FileMoves.MoveTo(workFile, archived);
        _logger.Loaded(ticket.RunId, ticket.FileId, ticket.RelativePath, outcomeText, loadMs, outcome.ReportVersionId);
        Finish(ticket);
        return null;
    }

    private DateTime Now => _time.GetUtcNow().UtcDateTime;

    private void Finish(StagedTicket ticket)
    {
        _staging.RemoveWorkFolder(ticket.FileId);
        _staging.DeleteTicket(ticket.FileId);
    }

    private string MoveToQuarantine(StagedTicket ticket, string workFile, string outcome, string? rule, int? line, string message, int attempt)
    {
        var movedTo = _quarantine.Move(workFile, new QuarantineReason
        {
            Rule = rule,
            Error = rule is null ? outcome : null,
            Line = line,
            Message = message,
            TimeUtc = Now,
            Attempt = attempt,
            File = ticket.RelativePath,
            FileId = ticket.FileId,
            RunId = ticket.RunId,
            ContentHash = ticket.ContentHash,
        });
        _logger.Quarantined(ticket.RunId, ticket.FileId, ticket.RelativePath, outcome, message, line, attempt);
        return movedTo;
    }

    private static FileRecord Record(StagedTicket ticket, string outcome, LoadOutcome? load, long? loadMs, string? rule, int? line, string? error, int attempt, string? movedTo) =>
        new(ticket.FileId, ticket.RunId, ticket.RelativePath, ticket.ContentHash, ticket.SizeBytes, outcome,
            load?.ReportVersionId, load?.FactCount, load?.FindingCount ?? ticket.FindingCount, ticket.ParseMilliseconds, loadMs,
            rule, line, error, attempt, movedTo, WorkerIdentity.Host, DateTime.UtcNow);

    /// <summary>The line of a rejection's FILE:LINE (or FILE:pN:LINE), when it has one.</summary>
    internal static int? LineOf(string? where)
    {
        if (where is null)
        {
            return null;
        }

        var colon = where.LastIndexOf(':');
        return colon >= 0 && int.TryParse(where.AsSpan(colon + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var line) ? line : null;
    }

    /// <summary>A rule id when the reason starts with one (e.g. "FW-E012 ..."), else null.</summary>
    internal static string? RuleOf(string? reason)
    {
        if (string.IsNullOrEmpty(reason))
        {
            return null;
        }

        var first = reason.Split(' ', 2)[0];
        return first.Length > 2 && first.Any(char.IsDigit) && first.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.') ? first : null;
    }
}
