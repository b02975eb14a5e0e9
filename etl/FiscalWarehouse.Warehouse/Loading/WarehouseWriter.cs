using DuckDB.NET.Data;
using FiscalWarehouse.Etl;
using FiscalWarehouse.Etl.Logging;
using FiscalWarehouse.Model.Documents;
using FiscalWarehouse.Warehouse.Configuration;
using FiscalWarehouse.Warehouse.Schema;
using FiscalWarehouse.Warehouse.Storage;

namespace FiscalWarehouse.Warehouse.Loading;

/// <summary>
/// The single writer of a warehouse file: migrates it on open, loads each report in one transaction
/// (all or nothing, idempotent by content hash), and summarizes what is there. Disposing settles the read snapshot
/// (refreshed for an attached reader, else removed: see <see cref="Snapshot"/>).
/// </summary>
public sealed partial class WarehouseWriter : IDisposable
{
    private readonly DuckDBConnection _connection;
    private readonly WriterLock _lock;
    private readonly TimeProvider _time;
    private readonly string _path;
    private readonly ReportLoader _loader;
    private readonly FilePreparer _files;

    private WarehouseWriter(DuckDBConnection connection, WriterLock held, string path, TimeProvider time)
    {
        _connection = connection;
        _lock = held;
        _path = path;
        _time = time;
        var preparer = new ReportPreparer(LoadRegions(connection), LoadSubjects(connection));
        _loader = new ReportLoader(connection, preparer, time);
        _files = new FilePreparer(_loader, preparer);
    }

    /// <summary>Opens (creating and migrating) the warehouse; throws <see cref="WarehouseBusyException"/> when another process writes it.</summary>
    public static WarehouseWriter Open(WarehouseOptions options) => Open(options, TimeProvider.System);

    public static WarehouseWriter Open(WarehouseOptions options, TimeProvider time)
    {
        // The OS lock comes first, before DuckDB creates, migrates or snapshots the file: a second writer of a new
        // file otherwise raced the first one's creation and snapshot and lost its commits.
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var held = WriterLock.Acquire(options.Path, options.WriterWaitSeconds);
        DuckDBConnection? connection = null;
        LoadProfile.Add("open: writer lock", watch);
        try
        {
            // A new file starts as a copy of the cached empty warehouse instead of replaying every migration.
            if (!File.Exists(options.Path) && WarehouseTemplate.TryCreate(Path.GetFullPath(options.Path)))
            {
                LoadProfile.Add("open: new file from the template", watch);
            }

            // Readers need a snapshot while this writer holds the file: copied from the closed file before DuckDB
            // opens it (no close and re-open), unless a killed writer's WAL must be folded in first (below).
            var snapshotReady = Snapshot.EnsureBeforeOpen(options.Path);
            var leftWal = File.Exists(Path.GetFullPath(options.Path) + ".wal");
            LoadProfile.Add("open: snapshot", watch);
            connection = WarehouseFiles.OpenLocked(options.Path, options.WriterWaitSeconds);
            LoadProfile.Add("open: connection", watch);
            var migrated = Migrator.Migrate(connection).Count > 0;
            LoadProfile.Add("open: migrations and views", watch);

            // A writer killed before closing leaves a WAL, and migrations change the file: fold both into the file
            // now, so the WAL does not grow by a restart that commits nothing and the snapshot below is complete.
            if (migrated || leftWal || !snapshotReady)
            {
                Commands.Execute(connection, "checkpoint");
            }

            if (!snapshotReady)
            {
                Snapshot.CloseAndRefresh(connection, options.Path);
                connection = WarehouseFiles.OpenLocked(options.Path, options.WriterWaitSeconds);
            }

            LoadProfile.Add("open: checkpoint and snapshot", watch);

            // DuckDB checkpoints when the WAL passes 16 MB, and every checkpoint rewrites the fact tables' primary-key
            // indexes: on a 1,000-report load that was 23 of 44 CPU-seconds. A larger threshold checkpoints a few
            // times per load (and at close) instead of every few batches; the WAL keeps every commit durable meanwhile.
            // LoadFiles checkpoints itself at WalLimitBytes (so the profile shows checkpoints apart from commits);
            // DuckDB's own threshold above it is the backstop for every other way this writer commits.
            Commands.Execute(connection, "set checkpoint_threshold = '512MB'");
            Commands.Execute(connection, $"set memory_limit = '{MemoryLimit(options.WriterMemoryLimit)}'");
            LoadProfile.Add("open: settings", watch);
            var writer = new WarehouseWriter(connection, held, options.Path, time) { BatchSize = Math.Max(1, options.LoadBatchSize), GroupFactRows = Math.Max(0, options.LoadCommitFactRows) };
            LoadProfile.Add("open: regions, subjects and known reports", watch);
            writer._loader.ReadAppenderColumns();
            LoadProfile.Add("open: appender columns", watch);
            return writer;
        }
        catch
        {
            connection?.Dispose();
            held.Dispose();
            throw;
        }
    }

    /// <summary>Only a DuckDB size (digits and a unit) reaches the SET statement, which cannot take a parameter.</summary>
    private static string MemoryLimit(string configured) =>
        DuckDbSize().IsMatch(configured)
            ? configured
            : throw new ArgumentException($"Warehouse:WriterMemoryLimit '{configured}' is not a size such as 512MB", nameof(configured));

    // Generated at build time: the static Regex.IsMatch built and cached an interpreter on every writer's open.
    [System.Text.RegularExpressions.GeneratedRegex("^[0-9]+(\\.[0-9]+)?\\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex DuckDbSize();

    /// <summary>The open connection, for callers in this assembly that read or export through the writer's lock.</summary>
    internal DuckDBConnection Connection => _connection;

    /// <summary>Parses and loads one file; a file that cannot be parsed comes back as <see cref="LoadStatus.Rejected"/>.</summary>
    public LoadOutcome LoadFile(string path, ReportParser parser, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parser);
        return _files.Prepare(path, parser, cancellationToken) switch
        {
            { Outcome: { } outcome } => outcome,
            { Pending: { } pending } => _loader.Load(pending, cancellationToken),
            _ => throw new InvalidOperationException("a prepared file is either an outcome or a pending report"),
        };
    }

    /// <summary>
    /// Parses and loads many files, yielding each outcome in input order once it has committed. Files are parsed on all
    /// cores while the previous batch of <see cref="BatchSize"/> reports loads; the batches share a transaction until
    /// they hold <see cref="GroupFactRows"/> fact rows. A report whose load fails comes back rejected with the reason;
    /// the others still load.
    /// </summary>
    public IEnumerable<LoadOutcome> LoadFiles(IReadOnlyList<string> paths, ReportParser parser, CancellationToken cancellationToken) =>
        LoadFiles(paths, parser, null, cancellationToken);

    /// <summary>As above, taking the files <paramref name="ahead"/> parsed while this writer opened.</summary>
    public IEnumerable<LoadOutcome> LoadFiles(IReadOnlyList<string> paths, ReportParser parser, ParseAhead? ahead, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(parser);
        // DuckDB's worker threads compete with the parse workers for the same cores, and a batch's appends, load
        // scripts and commit gain little from them: on 1,000 reports one thread took 15% less CPU (9.1 against 10.9
        // CPU-s, two runs each). Reset afterwards only for a large WAL (below).
        Commands.Execute(_connection, "set threads = 1");
        Task<FilePreparer.PreparedFile[]>? next = null;
        var batchByBatchUntil = 0;
        var groupStart = 0;
        var unreported = new List<LoadOutcome>();
        try
        {
            for (var start = 0; start < paths.Count; start += BatchSize)
            {
                var waited = System.Diagnostics.Stopwatch.StartNew();
                var prepared = next is null ? _files.PrepareAll(paths, start, BatchSize, parser, ahead, cancellationToken) : next.GetAwaiter().GetResult();
                LoadProfile.Add("load: wait for the parse workers", waited);
                var following = start + BatchSize;
                next = following < paths.Count ? Task.Run(() => _files.PrepareAll(paths, following, BatchSize, parser, ahead, cancellationToken), cancellationToken) : null;

                var grouped = GroupFactRows > 0 && start >= batchByBatchUntil;
                if (grouped && !_loader.InGroup)
                {
                    _loader.BeginGroup();
                    groupStart = start;
                }

                List<LoadOutcome> outcomes;
                var committed = !grouped;
                try
                {
                    outcomes = FilePreparer.InOrder(prepared, _loader.LoadBatch([.. prepared.Where(p => p.Pending is not null).Select(p => p.Pending!)], cancellationToken));
                    if (grouped && (_loader.OpenGroupFactRows >= GroupFactRows || next is null))
                    {
                        _loader.CommitGroup();
                        committed = true;
                    }
                }
                catch (Exception e) when (grouped && e is not OperationCanceledException)
                {
                    // The group is undone whole: its files load again from its first batch, a batch per transaction,
                    // where a failing batch is loaded report by report and only the culprit is rejected; then groups
                    // resume. The batch parsed meanwhile may have answered "unchanged" from the undone group, so it is
                    // parsed again.
                    _loader.RollbackGroup();
                    FallbackLog.GroupLoadedBatchByBatch(LibraryLogging.For(typeof(WarehouseWriter).FullName!), groupStart + 1, e.Message, e);
                    Discard(next);
                    next = null;
                    unreported.Clear();
                    batchByBatchUntil = following;
                    start = groupStart - BatchSize;
                    continue;
                }

                unreported.AddRange(outcomes);
                if (committed)
                {
                    CheckpointPastWalLimit();
                    foreach (var outcome in unreported)
                    {
                        yield return outcome;
                    }

                    unreported.Clear();
                }
            }
        }
        finally
        {
            // A caller that stops reading (or a cancellation) leaves an open group: its outcomes were never reported.
            _loader.RollbackGroup();

            // What this writer runs next is usually the close's checkpoint, which writes the WAL into the file. For a
            // small WAL DuckDB's restarted worker threads cost more than they share: 15 PDFs (a few MB of WAL) closed
            // in 76 ms wall and ~80 CPU-ms on one thread against 145–160 ms and ~155 CPU-ms with them.
            if (WalBytes() >= ParallelCheckpointWalBytes)
            {
                Commands.Execute(_connection, "reset threads");
            }
        }
    }

    /// <summary>
    /// LoadFiles checkpoints once the WAL passes this size, as DuckDB's automatic checkpoint did inside the commit
    /// until the profile was asked why 10,000 reports' commits cost 30 times 1,000 reports': a 1,000-report load
    /// (~200 MB of WAL) never reached it, 10,000 reached it 7 times, each checkpoint 1.3–1.6 CPU-s whatever the file's
    /// size (4 to 425 MB): linear per report, counted as commits.
    /// </summary>
    internal const long WalLimitBytes = 256L << 20;

    private void CheckpointPastWalLimit()
    {
        if (WalBytes() > WalLimitBytes)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            try
            {
                Commands.Execute(_connection, "checkpoint");
            }
            catch (DuckDBException)
            {
                // Another connection of this process is inside a transaction: as DuckDB's automatic checkpoint
                // would, leave it for a later commit (or the backstop threshold, or the close).
            }

            LoadProfile.Add("load: checkpoint past the WAL limit", watch);
        }
    }

    /// <summary>From this WAL size on, the checkpoint that follows a load runs on DuckDB's default threads.</summary>
    internal const long ParallelCheckpointWalBytes = 32L << 20;

    private long WalBytes() => new FileInfo(Path.GetFullPath(_path) + ".wal") is { Exists: true } wal ? wal.Length : 0;

    /// <summary>
    /// <see cref="LoadFiles"/> commits once the batches since the last commit appended this many fact rows (or at the
    /// last batch); 0 commits every batch. Four DuckDB row groups: see <see cref="LoadGroup"/>.
    /// </summary>
    public long GroupFactRows { get; set; } = new WarehouseOptions().LoadCommitFactRows;

    /// <summary>Waits for a batch being parsed and drops it, whatever became of it.</summary>
    private static void Discard(Task<FilePreparer.PreparedFile[]>? parsing)
    {
        try
        {
            parsing?.GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // It is parsed again, and fails again there with its own error.
        }
    }

    /// <summary>Reports per batch in <see cref="LoadFiles"/> (one append, one run of the load scripts): large enough that the per-statement cost of the load SQL is paid rarely, small enough to keep memory flat.</summary>
    public int BatchSize { get; set; } = 64;

    /// <summary>
    /// fw load --accept FILE: the version of this file becomes current even if the replacement policy held it (or would).
    /// A file already loaded (held, or an older version) is promoted without parsing it again.
    /// </summary>
    public LoadOutcome Accept(string path, ReportParser parser, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parser);
        byte[] bytes;
        try
        {
            bytes = parser.ReadFile(path);
        }
        catch (DocumentReadException e)
        {
            return new LoadOutcome(path, LoadStatus.Rejected, Reason: e.Reason, Where: Path.GetFileName(path));
        }

        if (_loader.FindByHash(ContentHash.Of(bytes)) is { } existing)
        {
            using var transaction = _connection.BeginTransaction();
            ReplacementPolicy.Promote(_connection, existing, _time.GetUtcNow().UtcDateTime);
            transaction.Commit();
            return new LoadOutcome(path, LoadStatus.Replaced, existing);
        }

        _loader.AcceptWorse = true;
        try
        {
            return LoadFile(path, parser, cancellationToken);
        }
        finally
        {
            _loader.AcceptWorse = false;
        }
    }

    /// <summary>Loads an already parsed report (the loader's unit of work: one transaction).</summary>
    public LoadOutcome Load(string displayPath, ParsedReport parsed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        return _loader.Load(new PendingReport(displayPath, parsed), cancellationToken);
    }

    /// <summary>Loads already parsed reports in one transaction (split where a report repeats); failures come back rejected.</summary>
    public IReadOnlyList<LoadOutcome> LoadBatch(IReadOnlyList<PendingReport> reports, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reports);
        return _loader.LoadBatch(reports, cancellationToken);
    }


    public WarehouseSummary Summarize() => SummaryReader.Read(_connection);

    public void Dispose()
    {
        try
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var copied = Snapshot.CloseAndSettle(_connection, _path);
            LoadProfile.Add(copied ? "close: checkpoint and snapshot for an attached reader" : "close: checkpoint", watch);
        }
        finally
        {
            _connection.Dispose();
            _lock.Dispose();
        }
    }

    private static RegionResolver LoadRegions(DuckDBConnection connection)
    {
        using var command = Commands.Create(connection, SqlScripts.Read("queries/regions.sql"));
        using var reader = command.ExecuteReader();
        var regions = new List<RegionResolver.Region>();
        while (reader.Read())
        {
            regions.Add(new RegionResolver.Region(reader.GetString(0), reader.GetString(1), reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5)));
        }

        return new RegionResolver(regions);
    }

    private static SubjectCodes LoadSubjects(DuckDBConnection connection)
    {
        static List<(string, string)> Pairs(DuckDBConnection connection, string script)
        {
            using var command = Commands.Create(connection, SqlScripts.Read(script));
            using var reader = command.ExecuteReader();
            var pairs = new List<(string, string)>();
            while (reader.Read())
            {
                pairs.Add((reader.GetString(0), reader.GetString(1)));
            }

            return pairs;
        }

        return new SubjectCodes(Pairs(connection, "queries/economic_subject_names.sql"), Pairs(connection, "queries/function_class_names.sql"));
    }
}
