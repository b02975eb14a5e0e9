using DuckDB.NET.Data;
using FiscalWarehouse.Jobs.Staging;

namespace FiscalWarehouse.Jobs.Ledger;

/// <summary>
/// Writes <c>etl_run</c> and <c>etl_file</c> in the warehouse. Opened only by the loader, beside the
/// WarehouseWriter of the same process (DuckDB.NET shares one database instance per file within a process).
/// </summary>
public sealed class LedgerStore : IDisposable
{
    private readonly DuckDBConnection _connection;

    private LedgerStore(DuckDBConnection connection)
    {
        _connection = connection;
    }

    public static LedgerStore Open(string databasePath)
    {
        // The writer's own spelling of the file, so both share one DuckDB instance: a relative path here opened a second
        // instance on the same file in the same process (POSIX locks do not stop a process from itself), and the two
        // checkpoints corrupted the warehouse ("Failed to deserialize" on the next open) after `fw load --db RELATIVE`.
        var connection = new DuckDBConnection(FiscalWarehouse.Warehouse.Storage.WarehouseFiles.WriterDataSource(databasePath));
        connection.Open();
        var store = new LedgerStore(connection);
        // The migrator applies 0020 as well; running it here (create if not exists) lets the ledger work on a
        // warehouse whose schema predates it without waiting for the next migration run.
        store.Execute(LedgerSql.Migration);
        return store;
    }

    public void RecordRun(RunNote note) => Execute(LedgerSql.InsertRun,
        ("run_id", note.RunId), ("trigger", note.Trigger), ("host", note.Host), ("started_at", note.StartedUtc),
        ("scanned_at", note.ScannedUtc), ("files_claimed", note.FilesClaimed), ("files_waiting", note.FilesWaiting));

    public void RecordFile(FileRecord file, DateTime nowUtc)
    {
        Insert(file);
        Execute(LedgerSql.UpdateRun, ("run_id", file.RunId), ("now", nowUtc));
    }

    /// <summary>Many files of one run, the run's counts updated once at the end (they are recomputed from etl_file).</summary>
    public void RecordFiles(string runId, IEnumerable<FileRecord> files, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(files);
        foreach (var file in files)
        {
            Insert(file);
        }

        Execute(LedgerSql.UpdateRun, ("run_id", runId), ("now", nowUtc));
    }

    private void Insert(FileRecord file) =>
        Execute(LedgerSql.RecordFile,
            ("file_id", file.FileId), ("run_id", file.RunId), ("path", file.Path), ("content_hash", file.ContentHash),
            ("size_bytes", file.SizeBytes), ("outcome", file.Outcome), ("report_version_id", file.ReportVersionId),
            ("fact_count", file.FactCount), ("finding_count", file.FindingCount), ("parse_ms", file.ParseMilliseconds),
            ("load_ms", file.LoadMilliseconds), ("rule_id", file.RuleId), ("line", file.Line), ("error", file.Error),
            ("attempt", file.Attempt), ("moved_to", file.MovedTo), ("host", file.Host), ("recorded_at", file.RecordedUtc));

    /// <summary>
    /// Records many files of one run in one transaction: appended to a temporary table and moved in one statement, then
    /// the run's counts once. One statement pair and one commit per file made a 10,000-file fw load spend minutes here
    /// (each count rescans the run's growing file list: quadratic).
    /// </summary>
    public void RecordFiles(string runId, IReadOnlyList<FileRecord> files, DateTime nowUtc) => RecordFiles(runId, null, files, nowUtc);

    /// <summary>
    /// A run and its files in one transaction (fw load, which knows both at the end): one commit, so one WAL sync,
    /// less on the load's serial tail than the run's own commit before the files' (10–25 ms, docs/benchmarks.md "pdf6").
    /// </summary>
    public void RecordRunWithFiles(RunNote run, IReadOnlyList<FileRecord> files, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(run);
        RecordFiles(run.RunId, run, files, nowUtc);
    }

    private void RecordFiles(string runId, RunNote? run, IReadOnlyList<FileRecord> files, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(files);
        Execute(LedgerSql.FileBatch);
        using var transaction = _connection.BeginTransaction();
        if (run is not null)
        {
            RecordRun(run);
        }

        using (var appender = _connection.CreateAppender("ledger_file_batch"))
        {
            for (var i = 0; i < files.Count; i++)
            {
                var f = files[i];
                appender.CreateRow().AppendValue(f.FileId).AppendValue(f.RunId).AppendValue(f.Path).AppendValue(f.ContentHash)
                    .AppendValue(f.SizeBytes).AppendValue(f.Outcome).AppendValue(f.ReportVersionId).AppendValue(f.FactCount)
                    .AppendValue(f.FindingCount).AppendValue(f.ParseMilliseconds).AppendValue(f.LoadMilliseconds).AppendValue(f.RuleId)
                    .AppendValue(f.Line).AppendValue(f.Error).AppendValue(f.Attempt).AppendValue(f.MovedTo).AppendValue(f.Host)
                    .AppendValue(f.RecordedUtc).AppendValue((long)i).EndRow();
            }
        }

        Execute(LedgerSql.RecordFiles);
        Execute(LedgerSql.UpdateRun, ("run_id", runId), ("now", nowUtc));
        transaction.Commit();
        Execute("drop table ledger_file_batch");
    }

    /// <summary>The outcome already recorded for a file (a loader that crashed after recording), or null.</summary>
    public string? OutcomeOf(string fileId)
    {
        using var command = Command(LedgerSql.FileOutcome, ("file_id", fileId));
        return command.ExecuteScalar() as string;
    }

    /// <summary>One transaction for many records: each statement on its own commits, and every commit syncs the WAL.</summary>
    public System.Data.Common.DbTransaction BeginTransaction() => _connection.BeginTransaction();

    public void Dispose() => _connection.Dispose();

    private void Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        command.ExecuteNonQuery();
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA2100", Justification = "SQL comes from the embedded sql/ scripts; values are bound as parameters")]
    private DuckDBCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.Add(new DuckDBParameter(name, value ?? DBNull.Value));
        }

        return command;
    }
}
