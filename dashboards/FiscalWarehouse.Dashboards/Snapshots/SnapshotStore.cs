using DuckDB.NET.Data;
using Microsoft.Extensions.Logging;

namespace FiscalWarehouse.Dashboards.Snapshots;

/// <summary>
/// Keeps a private read-only copy of the warehouse (or of the worker's published snapshot) and replaces it when the
/// source changes. DuckDB allows one writing process per file and a reader would otherwise hold its lock, so the
/// dashboards never open the source itself: a load is never blocked by a page, and a page never waits for a load.
/// </summary>
internal sealed class SnapshotStore : IDisposable
{
    private readonly string source;
    private readonly string directory;
    private readonly TimeSpan checkEvery;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly object gate = new();
    private Snapshot? current;
    private DateTimeOffset lastCheck = DateTimeOffset.MinValue;
    private Task refreshing = Task.CompletedTask;
    private int sequence;
    private readonly IDisposable? attached;

    /// <param name="source">The file to copy: a warehouse, whose published FILE.snapshot is preferred when it exists.</param>
    public SnapshotStore(string source, string directory, TimeSpan checkEvery, TimeProvider time, ILogger logger)
    {
        this.source = System.IO.Path.GetFullPath(source);
        this.directory = directory;
        this.checkEvery = checkEvery;
        this.time = time;
        this.logger = logger;
        Directory.CreateDirectory(directory);
        attached = Attach(this.source, logger);
    }

    /// <summary>
    /// Tells writers a reader is here, so each load leaves a current FILE.snapshot (without one, a load removes the
    /// snapshot as it closes and this store copies the closed file itself).
    /// </summary>
    private static IDisposable? Attach(string source, ILogger logger)
    {
        try
        {
            return FiscalWarehouse.Warehouse.Storage.SnapshotReaders.Attach(source);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Log.SnapshotFailed(logger, source, "cannot register as a reader of the warehouse: " + e.Message);
            return null;
        }
    }

    public string Source => source;

    /// <summary>When the current copy was taken, or null when there is none yet.</summary>
    public DateTimeOffset? TakenAt => current?.TakenAt;

    /// <summary>Takes the first copy synchronously (at start), so the first page has data.</summary>
    public void Initialize()
    {
        Refresh();
        lastCheck = time.GetUtcNow();
    }

    /// <summary>
    /// A connection on the newest snapshot; starts a background refresh when the source changed. Returns null when no
    /// warehouse exists yet. Dispose the lease after the query.
    /// </summary>
    public SnapshotLease? Lease()
    {
        MaybeStartRefresh();
        while (true)
        {
            var snapshot = current;
            if (snapshot is null)
            {
                return null;
            }

            if (snapshot.TryLease(out var connection))
            {
                return new SnapshotLease(snapshot, connection);
            }

            // Replaced and closed between reading `current` and leasing it: read `current` again.
        }
    }

    /// <summary>Waits for a pending refresh (tests and the admin status use it).</summary>
    public async Task RefreshNowAsync(CancellationToken cancellationToken)
    {
        Task pending;
        lock (gate)
        {
            pending = refreshing.IsCompleted ? Task.Run(Refresh, cancellationToken) : refreshing;
            refreshing = pending;
        }

        await pending.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private void MaybeStartRefresh()
    {
        var now = time.GetUtcNow();
        lock (gate)
        {
            if (now - lastCheck < checkEvery || !refreshing.IsCompleted)
            {
                return;
            }

            lastCheck = now;
            var stamp = SourceStamp.Of(Effective());
            if (stamp == current?.Stamp || !stamp.Exists)
            {
                return;
            }

            refreshing = Task.Run(Refresh);
        }
    }

    /// <summary>
    /// The warehouse writer publishes FILE.snapshot by checkpoint, copy and rename after each load (Warehouse
    /// Storage/Snapshot): copying that file can never catch a load half-way, so it is preferred to the live file.
    /// </summary>
    private string Effective()
    {
        var published = FiscalWarehouse.Warehouse.Storage.Snapshot.PathFor(source);
        return File.Exists(published) ? published : source;
    }

    private void Refresh()
    {
        var source = Effective();
        var before = SourceStamp.Of(source);
        if (!before.Exists || before == current?.Stamp)
        {
            return;
        }

        var copy = System.IO.Path.Combine(directory, $"snapshot-{Environment.ProcessId}-{Interlocked.Increment(ref sequence)}.duckdb");
        try
        {
            File.Copy(source, copy, overwrite: true);
            if (before.WalLength >= 0)
            {
                File.Copy(source + ".wal", copy + ".wal", overwrite: true);
            }

            // A writer that changed the file during the copy may have left a torn copy: keep the old snapshot and
            // try again on a later request.
            if (SourceStamp.Of(source) != before)
            {
                Discard(copy);
                return;
            }

            try
            {
                MartMaterializer.Run(copy);
            }
            catch (DuckDBException e)
            {
                // Each mart is materialized in its own transaction, so the copy is still consistent: the rest stay views.
                Log.MaterializeFailed(logger, copy, e.Message);
            }

            var snapshot = Snapshot.Open(copy, before);
            Verify(snapshot);
            var old = Interlocked.Exchange(ref current, snapshot);
            old?.Release();
            Log.SnapshotTaken(logger, source, copy);
        }
        catch (Exception e) when (e is IOException or DuckDBException or UnauthorizedAccessException)
        {
            Log.SnapshotFailed(logger, source, e.Message);
            Discard(copy);
        }
    }

    /// <summary>Opens a query on the copy; a torn or unreadable copy is closed, deleted and reported.</summary>
    private static void Verify(Snapshot snapshot)
    {
        snapshot.TryLease(out var connection);
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM information_schema.tables";
            command.ExecuteScalar();
        }
        catch
        {
            connection.Dispose();
            snapshot.Release();
            snapshot.Release();
            throw;
        }

        connection.Dispose();
        snapshot.Release();
    }

    private static void Discard(string copy)
    {
        foreach (var path in new[] { copy, copy + ".wal" })
        {
            try
            {
                File.Delete(path);
            }
            catch (IOException)
            {
                // Left for the directory cleanup.
            }
        }
    }

    public void Dispose()
    {
        var old = Interlocked.Exchange(ref current, null);
        old?.Release();
        attached?.Dispose();
    }
}
