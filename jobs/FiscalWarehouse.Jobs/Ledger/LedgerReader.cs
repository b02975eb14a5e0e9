using System.Diagnostics.CodeAnalysis;
using DuckDB.NET.Data;
using FiscalWarehouse.Warehouse.Storage;

namespace FiscalWarehouse.Jobs.Ledger;

/// <summary>Reads the ledger read-only (from the snapshot while the loader writes), for `fw jobs status`.</summary>
public static class LedgerReader
{
    /// <summary>The last runs, newest first; empty when the warehouse has no ledger yet.</summary>
    [SuppressMessage("Security", "CA2100", Justification = "SQL comes from the embedded sql/ scripts")]
    public static IReadOnlyList<RunSummary> LastRuns(string databasePath, out string? note)
    {
        using var connection = WarehouseFiles.OpenReader(databasePath, out note);
        using var probe = connection.CreateCommand();
        probe.CommandText = LedgerSql.HasLedger;
        if (Convert.ToInt64(probe.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0)
        {
            return [];
        }

        using var command = connection.CreateCommand();
        command.CommandText = LedgerSql.LastRuns;
        using var reader = command.ExecuteReader();
        var runs = new List<RunSummary>();
        while (reader.Read())
        {
            runs.Add(new RunSummary(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetDateTime(3),
                reader.IsDBNull(4) ? null : reader.GetDateTime(4),
                reader.GetInt32(5), reader.GetInt32(6), reader.GetInt32(7), reader.GetInt32(8), reader.GetInt32(9), reader.GetInt32(10), reader.GetInt32(11)));
        }

        return runs;
    }
}
