using System.Data.Common;
using System.Globalization;
using DuckDB.NET.Data;
using FiscalWarehouse.Etl;
using FiscalWarehouse.Etl.Logging;
using FiscalWarehouse.Model.Findings;
using FiscalWarehouse.Model.Reports;
using FiscalWarehouse.Warehouse.Storage;

namespace FiscalWarehouse.Warehouse.Loading;

/// <summary>
/// Loads parsed reports in batches, each batch in ONE transaction: append every report's prepared rows (facts, tables,
/// narrative, findings and source text straight into their tables; the report and its subject rows into staging), run
/// sql/load/*.sql once in file-name order (versions, units, superseding, reports, subject dimensions, then empty the
/// staging tables), commit.
/// A batch commits whole reports or nothing, so each report stays atomic; batching pays the per-statement and
/// per-commit cost once per batch instead of once per report, which was 90% of the load time. When a batch fails,
/// its reports are loaded again one by one so that only the culprit fails, with its own error. Inside a
/// <see cref="LoadGroup"/> the batches share one transaction and a failure ends the whole group (the caller retries).
/// </summary>
internal sealed class ReportLoader(DuckDBConnection connection, ReportPreparer preparer, TimeProvider time)
{
    private static readonly IReadOnlyList<string> LoadScripts = SqlScripts.In("load");

    private readonly Lock _hashesLock = new();
    // Read once at open: parsing threads ask while the loading thread owns the connection.
    private readonly Dictionary<string, long> _knownHashes = ReadKnownHashes(connection);

    /// <summary>The version id already holding these exact bytes, if any (answered from memory: this is the only writer).</summary>
    // Appender column lists, read from the catalog once per writer: the schema does not change while it is open.
    private readonly Dictionary<string, IReadOnlyList<(string Name, string Type)>> _appenderColumns = new(StringComparer.Ordinal);
    private LoadGroup? _group;

    /// <summary>Set while fw load --accept loads a file: its version becomes current even if worse (ReplacementPolicy).</summary>
    public bool AcceptWorse { get; set; }

    public long? FindByHash(string contentHash)
    {
        lock (_hashesLock)
        {
            return _knownHashes.TryGetValue(contentHash, out var rv) ? rv : null;
        }
    }

    public LoadOutcome Load(PendingReport pending, CancellationToken cancellationToken) =>
        LoadBatch([pending], cancellationToken, throwOnFailure: true)[0];

    /// <summary>
    /// Loads the reports in order. With <paramref name="throwOnFailure"/> false a report whose load fails comes back
    /// as rejected with the database's message, and the others still load.
    /// </summary>
    public IReadOnlyList<LoadOutcome> LoadBatch(IReadOnlyList<PendingReport> reports, CancellationToken cancellationToken, bool throwOnFailure = false)
    {
        var outcomes = new LoadOutcome?[reports.Count];
        var batch = new List<BatchItem>();
        var keysInBatch = new HashSet<string>(StringComparer.Ordinal);
        var hashesInBatch = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < reports.Count; i++)
        {
            var (displayPath, parsed) = reports[i];
            var report = parsed.Report;
            // A prepared report passed the policy before it was prepared (and no longer holds the tables it checks).
            if (reports[i].Prepared is null && RejectionPolicy.Check(parsed) is { } refusal)
            {
                outcomes[i] = new LoadOutcome(displayPath, LoadStatus.Rejected, Reason: refusal.Reason,
                    Where: $"{report.Document.FileName}:{refusal.Line.ToString(CultureInfo.InvariantCulture)}");
                continue;
            }

            if (FindByHash(report.Document.ContentHash) is { } existing)
            {
                outcomes[i] = new LoadOutcome(displayPath, LoadStatus.Unchanged, existing);
                continue;
            }

            // Reports parsed by LoadFiles come prepared by the parse workers; others are prepared here.
            PreparedReport prepared;
            try
            {
                prepared = reports[i].Prepared ?? preparer.Prepare(parsed);
            }
            catch (Exception e) when (!throwOnFailure && e is not OperationCanceledException)
            {
                outcomes[i] = Refused(displayPath, parsed, e);
                continue;
            }

            var key = prepared.ReportKey;

            // Versions of one report, and copies of one file, are numbered in load order: flush before the second one.
            if (keysInBatch.Contains(key) || hashesInBatch.Contains(report.Document.ContentHash))
            {
                Commit(batch, outcomes, cancellationToken, throwOnFailure);
                batch.Clear();
                keysInBatch.Clear();
                hashesInBatch.Clear();
                if (FindByHash(report.Document.ContentHash) is { } justLoaded)
                {
                    outcomes[i] = new LoadOutcome(displayPath, LoadStatus.Unchanged, justLoaded);
                    continue;
                }
            }

            batch.Add(new BatchItem(i, reports[i], prepared));
            keysInBatch.Add(key);
            hashesInBatch.Add(report.Document.ContentHash);
        }

        Commit(batch, outcomes, cancellationToken, throwOnFailure);
        return [.. outcomes.Select(o => o!)];
    }

    private void Commit(List<BatchItem> batch, LoadOutcome?[] outcomes,
        CancellationToken cancellationToken, bool throwOnFailure)
    {
        if (batch.Count == 0)
        {
            return;
        }

        try
        {
            foreach (var (index, outcome) in Transact(batch, cancellationToken))
            {
                outcomes[index] = outcome;
            }
        }
        catch (Exception e) when (_group is null && batch.Count > 1 && e is not OperationCanceledException)
        {
            FallbackLog.BatchLoadedOneByOne(LibraryLogging.For(typeof(ReportLoader).FullName!), batch.Count, e.Message, e);
            foreach (var item in batch)
            {
                Commit([item], outcomes, cancellationToken, throwOnFailure);
            }
        }
        catch (Exception e) when (_group is null && !throwOnFailure && e is not OperationCanceledException)
        {
            var (index, (displayPath, parsed), _) = batch[0];
            outcomes[index] = Refused(displayPath, parsed, e);
        }
    }

    // Records, not value tuples: lists of tuples were JIT-compiled in every load, on the loading thread
    // (docs/benchmarks.md, round 11).
    private sealed record BatchItem(int Index, PendingReport Report, PreparedReport Prepared);

    private sealed record Decided(int Index, LoadOutcome Outcome);

    private static LoadOutcome Refused(string displayPath, ParsedReport parsed, Exception e) =>
        new(displayPath, LoadStatus.Rejected, Reason: $"the warehouse refused it: {e.Message}", Where: $"{parsed.Report.Document.FileName}:1") { Error = e };

    private List<Decided> Transact(List<BatchItem> batch,
        CancellationToken cancellationToken)
    {
        // Inside a group the batch shares the group's transaction, and a failure rolls the whole group back (DuckDB
        // aborts the transaction on an error): the caller loads the group's files again, a batch per transaction.
        using var transaction = _group is null ? connection.BeginTransaction() : null;
        try
        {
            var firstRv = Commands.Scalar<long>(connection, "select coalesce(max(report_version_id), 0) + 1 from dim_report");
            var loadedAt = time.GetUtcNow().UtcDateTime;
            Commands.Execute(connection, SqlScripts.Read("load/099_clear_staging.sql"));
            var watch = System.Diagnostics.Stopwatch.StartNew();
            using (var stager = new ReportStager(connection, ColumnsOf))
            {
                for (var i = 0; i < batch.Count; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    stager.Stage(batch[i].Prepared, firstRv + i, loadedAt);
                }
            }

            LoadProfile.Add("load: append", watch);
            foreach (var script in LoadScripts)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Run(script);
                LoadProfile.Add("load: " + script, watch);
            }

            var held = AcceptWorse ? [] : ReplacementPolicy.HoldWorse(connection, firstRv, firstRv + batch.Count - 1, loadedAt);
            var loaded = ReadLoaded(firstRv, firstRv + batch.Count - 1);
            LoadProfile.Add("load: read outcome", watch);
            if (transaction is not null)
            {
                transaction.Commit();
                LoadProfile.Add("load: commit", watch);
            }

            var outcomes = new List<Decided>(batch.Count);
            for (var i = 0; i < batch.Count; i++)
            {
                var rv = firstRv + i;
                var (facts, findings, replaced) = loaded[i];
                var (index, (displayPath, parsed), prepared) = batch[i];
                lock (_hashesLock)
                {
                    _knownHashes.TryAdd(parsed.Report.Document.ContentHash, rv);
                }

                _group?.Loaded(parsed.Report.Document.ContentHash, prepared.FactCount);
                outcomes.Add(new Decided(index, held.TryGetValue(rv, out var reason)
                    ? new LoadOutcome(displayPath, LoadStatus.Held, rv, facts, findings, Reason: reason)
                    : new LoadOutcome(displayPath, replaced ? LoadStatus.Replaced : LoadStatus.Loaded, rv, facts, findings)));
            }

            return outcomes;
        }
        catch
        {
            transaction?.Rollback();
            throw;
        }
    }

    /// <summary>The open group's appended fact rows; 0 outside a group.</summary>
    public long OpenGroupFactRows => _group?.FactRows ?? 0;

    public bool InGroup => _group is not null;

    /// <summary>Starts a transaction that the following <see cref="LoadBatch"/> calls share until <see cref="CommitGroup"/>.</summary>
    public void BeginGroup()
    {
        if (_group is not null)
        {
            throw new InvalidOperationException("a load group is already open");
        }

        _group = new LoadGroup(connection.BeginTransaction());
    }

    public void CommitGroup()
    {
        var group = _group ?? throw new InvalidOperationException("no load group is open");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        _group = null;
        using (group)
        {
            try
            {
                group.Transaction.Commit();
            }
            catch
            {
                Forget(group);
                throw;
            }
        }

        LoadProfile.Add("load: commit", watch);
    }

    /// <summary>Undoes the open group, if any, and forgets the reports it had loaded.</summary>
    public void RollbackGroup()
    {
        if (_group is not { } group)
        {
            return;
        }

        _group = null;
        using (group)
        {
            Forget(group);
            try
            {
                group.Transaction.Rollback();
            }
            catch (DuckDBException)
            {
                // DuckDB already ended a transaction that failed; nothing of it was committed.
            }
        }
    }

    private void Forget(LoadGroup group)
    {
        lock (_hashesLock)
        {
            foreach (var hash in group.Hashes)
            {
                _knownHashes.Remove(hash);
            }
        }
    }

    /// <summary>
    /// Reads the stager's column lists now: the writer opens while the first files are parsed, and this catalog query
    /// otherwise waits on the loading thread until the parse is done, before the first append.
    /// </summary>
    public void ReadAppenderColumns()
    {
        foreach (var (table, columns) in CheckedAppender.ColumnsOf(connection, ReportStager.Tables))
        {
            _appenderColumns[table] = columns;
        }
    }

    private IReadOnlyList<(string Name, string Type)> ColumnsOf(string table)
    {
        if (!_appenderColumns.TryGetValue(table, out var columns))
        {
            columns = CheckedAppender.ColumnsOf(connection, table);
            _appenderColumns.Add(table, columns);
        }

        return columns;
    }

    /// <summary>
    /// Each loaded version's counts, at its offset from <paramref name="firstRv"/>: an array, not a dictionary of value
    /// tuples (a generic instantiation JIT-compiled in every process, on the load's serial tail; docs/benchmarks.md,
    /// round 11). A version the query does not return is a broken load, reported as such.
    /// </summary>
    private (int Facts, int Findings, bool Replaced)[] ReadLoaded(long firstRv, long lastRv)
    {
        using var command = Commands.Create(connection, SqlScripts.Read("queries/loaded_batch.sql"), ("first", firstRv), ("last", lastRv));
        using var reader = command.ExecuteReader();
        var loaded = new (int Facts, int Findings, bool Replaced)[lastRv - firstRv + 1];
        var found = new bool[loaded.Length];
        while (reader.Read())
        {
            var offset = reader.GetInt64(0) - firstRv;
            loaded[offset] = (reader.GetInt32(1), reader.GetInt32(2), reader.GetBoolean(3));
            found[offset] = true;
        }

        for (var i = 0; i < found.Length; i++)
        {
            if (!found[i])
            {
                throw new InvalidOperationException($"report version {firstRv + i} has no row after its load");
            }
        }

        return loaded;
    }

    private static Dictionary<string, long> ReadKnownHashes(DuckDBConnection connection)
    {
        using var command = Commands.Create(connection, "select content_hash, min(report_version_id) from dim_report group by content_hash");
        using var reader = command.ExecuteReader();
        var hashes = new Dictionary<string, long>(StringComparer.Ordinal);
        while (reader.Read())
        {
            hashes[reader.GetString(0)] = reader.GetInt64(1);
        }

        return hashes;
    }

    private void Run(string script)
    {
        try
        {
            Commands.Execute(connection, SqlScripts.Read(script));
        }
        catch (DbException e)
        {
            throw new InvalidOperationException($"load step sql/{script} failed: {e.Message}", e);
        }
    }
}

