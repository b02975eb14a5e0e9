using System.Diagnostics;
using DuckDB.NET.Data;

namespace FiscalWarehouse.Warehouse.Storage;

/// <summary>
/// Opening warehouse files. DuckDB lets one process open a file for writing, and while it does no other process may
/// open it at all, not even read-only. So: writers get the lock or a clear <see cref="WarehouseBusyException"/> (after
/// waiting up to WriterWaitSeconds); readers open the file read-only, and while a writer holds it they read the
/// snapshot the writer keeps beside it (<c>FILE.snapshot</c>, see <see cref="Snapshot"/>).
/// </summary>
public static class WarehouseFiles
{
    private static readonly TimeSpan RetryInterval = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// The data source of a connection that writes the warehouse at <paramref name="path"/>. DuckDB.NET shares one
    /// database instance between connections whose data sources are the same string, so whatever writes the warehouse
    /// beside the writer in one process (the load ledger) must spell it exactly so: a relative spelling opened a second
    /// instance on the same file, and the two checkpoints corrupted it.
    /// </summary>
    public static string WriterDataSource(string path) => $"Data Source={System.IO.Path.GetFullPath(path)}";

    /// <summary>
    /// A writing connection, holding the <see cref="WriterLock"/> until the connection is disposed. A second writer waits
    /// up to <paramref name="waitSeconds"/> for the lock, then gets <see cref="WarehouseBusyException"/>.
    /// </summary>
    public static DuckDBConnection OpenWriter(string path, int waitSeconds)
    {
        var held = WriterLock.Acquire(path, waitSeconds);
        try
        {
            var connection = OpenLocked(path, waitSeconds);
            connection.Disposed += (_, _) => held.Dispose();
            return connection;
        }
        catch
        {
            held.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Opens the file for writing; the caller holds the <see cref="WriterLock"/>. DuckDB's lock may still be held for a
    /// moment by a reader (fw sql, the dashboards, an exporter), so a conflict is retried within the wait.
    /// </summary>
    public static DuckDBConnection OpenLocked(string path, int waitSeconds)
    {
        var full = System.IO.Path.GetFullPath(path);
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var connection = new DuckDBConnection(WriterDataSource(full));
            try
            {
                connection.Open();
                return connection;
            }
            catch (DuckDBException e) when (IsLockConflict(e))
            {
                connection.Dispose();
                if (waited.Elapsed.TotalSeconds >= waitSeconds)
                {
                    throw new WarehouseBusyException(WriterLock.BusyMessage(full, waitSeconds, HolderOf(e.Message)), e);
                }

                Thread.Sleep(RetryInterval);
            }
        }
    }

    /// <summary>
    /// A read-only connection to the warehouse, or to its snapshot while a writer holds the file.
    /// <paramref name="snapshotNote"/> says so when the snapshot was used.
    /// </summary>
    public static DuckDBConnection OpenReader(string path, out string? snapshotNote)
    {
        var full = System.IO.Path.GetFullPath(path);
        snapshotNote = null;
        if (!File.Exists(full))
        {
            throw new FileNotFoundException($"no warehouse at {full}", full);
        }

        // A writer removes the snapshot as it closes (Snapshot.CloseAndSettle) and releases the file a moment later:
        // a reader caught between the two tries the file again instead of failing.
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return OpenReadOnly(full);
            }
            catch (DuckDBException e) when (IsLockConflict(e))
            {
                var snapshot = Snapshot.PathFor(full);
                if (File.Exists(snapshot))
                {
                    try
                    {
                        var connection = OpenReadOnly(snapshot);
                        snapshotNote = $"the warehouse is being loaded by another process; answered from its snapshot of {File.GetLastWriteTimeUtc(snapshot):yyyy-MM-dd HH:mm:ss} UTC";
                        return connection;
                    }
                    catch (DuckDBException) when (!File.Exists(snapshot) && attempt < SnapshotRetries)
                    {
                        // Removed while opening it: the writer is closing.
                    }
                }
                else if (attempt >= SnapshotRetries)
                {
                    throw new WarehouseBusyException($"the warehouse {full} is being written by another process{HolderOf(e.Message)} and has no snapshot yet; try again when the load has finished", e);
                }

                Thread.Sleep(RetryInterval);
            }
        }
    }

    private const int SnapshotRetries = 8;

    internal static DuckDBConnection OpenReadOnly(string full)
    {
        var connection = new DuckDBConnection($"Data Source={full};ACCESS_MODE=READ_ONLY");
        try
        {
            connection.Open();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    internal static bool IsLockConflict(DuckDBException e) =>
        e.Message.Contains("Could not set lock", StringComparison.Ordinal)
        || e.Message.Contains("Conflicting lock", StringComparison.Ordinal);

    private static string HolderOf(string message)
    {
        var at = message.IndexOf("(PID ", StringComparison.Ordinal);
        if (at < 0)
        {
            return "";
        }

        var end = message.IndexOf(')', at);
        return end < 0 ? "" : " " + message[at..(end + 1)];
    }
}
