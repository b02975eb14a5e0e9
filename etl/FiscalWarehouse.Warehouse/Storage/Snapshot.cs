using DuckDB.NET.Data;

namespace FiscalWarehouse.Warehouse.Storage;

/// <summary>
/// The read copy beside a warehouse (<c>FILE.snapshot</c>) that readers use while a writer holds the file. The writer
/// checkpoints (so the main file alone holds every committed row), copies to a temporary name and renames it over the
/// old snapshot: readers see the old or the new snapshot, never a half-written one, and a writer killed while copying
/// leaves the previous snapshot intact.
/// </summary>
public static class Snapshot
{
    public static string PathFor(string warehousePath) => System.IO.Path.GetFullPath(warehousePath) + ".snapshot";

    /// <summary>Called by the writer, which holds the only connection, so nothing changes the file during the copy.</summary>
    internal static void Refresh(DuckDBConnection writer, string warehousePath)
    {
        using (var checkpoint = writer.CreateCommand())
        {
            checkpoint.CommandText = "checkpoint";
            checkpoint.ExecuteNonQuery();
        }

        var target = PathFor(warehousePath);
        var temporary = target + ".tmp";
        File.Copy(System.IO.Path.GetFullPath(warehousePath), temporary, overwrite: true);
        File.Move(temporary, target, overwrite: true);
    }
}
