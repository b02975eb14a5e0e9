using DuckDB.NET.Data;

namespace FiscalWarehouse.Warehouse.Storage;

/// <summary>
/// The read copy beside a warehouse (<c>FILE.snapshot</c>) that readers use while a writer holds the file. The writer,
/// holding the <see cref="WriterLock"/>, checkpoints and closes its connection (so the main file alone holds every
/// committed row and no descriptor of DuckDB's is open), copies the closed file to a temporary name and renames it over
/// the old snapshot: readers see the old or the new snapshot, never a half-written one, and a writer killed while
/// copying leaves the previous snapshot intact.
/// </summary>
public static class Snapshot
{
    public static string PathFor(string warehousePath) => System.IO.Path.GetFullPath(warehousePath) + ".snapshot";

    /// <summary>
    /// Checkpoints and closes <paramref name="writer"/>, then copies the file. Never copy a file DuckDB has open: closing
    /// the copy's descriptor makes the kernel drop DuckDB's lock on it (POSIX record locks are per process).
    /// </summary>
    internal static void CloseAndRefresh(DuckDBConnection writer, string warehousePath)
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

        var source = System.IO.Path.GetFullPath(warehousePath);
        var target = PathFor(source);
        var temporary = target + ".tmp";
        File.Copy(source, temporary, overwrite: true);
        File.Move(temporary, target, overwrite: true);
    }
}
