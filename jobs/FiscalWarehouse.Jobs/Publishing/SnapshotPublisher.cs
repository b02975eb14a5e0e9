using FiscalWarehouse.Jobs.Ledger;
using FiscalWarehouse.Warehouse.Storage;

namespace FiscalWarehouse.Jobs.Publishing;

/// <summary>
/// Publishes a read copy of the warehouse for dashboards and `fw sql`: checkpoint, copy aside, rename over the old
/// snapshot. Readers holding the old snapshot keep reading it; new readers get the new one; nobody waits on the writer.
/// </summary>
public static class SnapshotPublisher
{
    /// <remarks>Call under the loader lock: the connection held during the copy also keeps any other writer out.</remarks>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA2100", Justification = "SQL comes from the embedded sql/ scripts; values are bound as parameters")]
    public static void Publish(string database, string snapshot)
    {
        if (!File.Exists(database))
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(snapshot)!);
        var temporary = $"{snapshot}.{Guid.NewGuid():N}.tmp";
        try
        {
            // The writer lock keeps other writers out until the copy is done; the copy is taken of the closed file,
            // because closing a second descriptor of a file DuckDB has open drops DuckDB's own lock on it.
            using var held = WriterLock.Acquire(database, waitSeconds: 0);
            using (var connection = WarehouseFiles.OpenLocked(database, waitSeconds: 0))
            {
                using var command = connection.CreateCommand();
                command.CommandText = LedgerSql.Checkpoint;
                command.ExecuteNonQuery();
            }

            File.Copy(database, temporary, overwrite: true);
            File.Move(temporary, snapshot, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
