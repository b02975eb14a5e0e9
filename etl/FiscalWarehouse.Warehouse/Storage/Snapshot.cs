using DuckDB.NET.Data;

namespace FiscalWarehouse.Warehouse.Storage;

/// <summary>
/// The read copy beside a warehouse (<c>FILE.snapshot</c>) that readers use while a writer holds the file. It exists
/// exactly while it is current: a writer, holding the <see cref="WriterLock"/>, makes it before it changes anything
/// (a plain copy of the closed file, which needs no DuckDB connection), and when it closes it either refreshes it,
/// if a reader is attached (<see cref="SnapshotReaders"/>, the dashboards), or deletes it, so no reader is ever
/// served a stale copy and a load on its own copies nothing at close. Every copy is written under a temporary name and
/// renamed over the old one: readers see the old or the new snapshot, never a half-written one, and a writer killed
/// while copying leaves the previous snapshot intact.
/// </summary>
public static class Snapshot
{
    public static string PathFor(string warehousePath) => System.IO.Path.GetFullPath(warehousePath) + ".snapshot";

    /// <summary>
    /// Before the writer opens the file: copies it to the snapshot when there is none. Not when a WAL is left over
    /// (a writer was killed): the file alone then lacks commits, so the writer checkpoints first
    /// (<see cref="CloseAndRefresh"/>). Returns whether a snapshot exists now.
    /// </summary>
    internal static bool EnsureBeforeOpen(string warehousePath)
    {
        var source = System.IO.Path.GetFullPath(warehousePath);
        var target = PathFor(source);
        if (File.Exists(target))
        {
            return true;
        }

        if (!File.Exists(source) || File.Exists(source + ".wal"))
        {
            return false;
        }

        Publish(source, target);
        return true;
    }

    /// <summary>
    /// Checkpoints and closes <paramref name="writer"/>, then copies the file. Never copy a file DuckDB has open: closing
    /// the copy's descriptor makes the kernel drop DuckDB's lock on it (POSIX record locks are per process).
    /// </summary>
    internal static void CloseAndRefresh(DuckDBConnection writer, string warehousePath)
    {
        CheckpointAndClose(writer);
        var source = System.IO.Path.GetFullPath(warehousePath);
        Publish(source, PathFor(source));
    }

    /// <summary>
    /// The writer's close: checkpoints and closes, then refreshes the snapshot for an attached reader or deletes it
    /// (it would be stale; the next writer makes a new one before it loads). Returns whether it copied.
    /// </summary>
    internal static bool CloseAndSettle(DuckDBConnection writer, string warehousePath)
    {
        CheckpointAndClose(writer);
        var source = System.IO.Path.GetFullPath(warehousePath);
        var target = PathFor(source);
        if (SnapshotReaders.AnyAttached(source))
        {
            Publish(source, target);
            return true;
        }

        File.Delete(target);
        return false;
    }

    private static void CheckpointAndClose(DuckDBConnection writer)
    {
        try
        {
            using var checkpoint = writer.CreateCommand();
            checkpoint.CommandText = "checkpoint";
            checkpoint.ExecuteNonQuery();
        }
        finally
        {
            writer.Dispose();
        }
    }

    private static void Publish(string source, string target)
    {
        var temporary = target + ".tmp";
        File.Copy(source, temporary, overwrite: true);
        File.Move(temporary, target, overwrite: true);
    }
}
