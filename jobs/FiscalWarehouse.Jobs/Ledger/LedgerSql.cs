using System.Collections.Concurrent;
using FiscalWarehouse.Warehouse.Configuration;

namespace FiscalWarehouse.Jobs.Ledger;

/// <summary>The ledger's SQL, embedded from sql/ in the warehouse assembly by path; a missing name fails at once.</summary>
internal static class LedgerSql
{
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    public static string Migration => Get("sql/migrations/0020_etl_ledger.sql");

    public static string InsertRun => Get("sql/jobs/ledger_insert_run.sql");

    public static string RecordFile => Get("sql/jobs/ledger_record_file.sql");

    public static string UpdateRun => Get("sql/jobs/ledger_update_run.sql");

    public static string FileOutcome => Get("sql/jobs/ledger_file_outcome.sql");

    public static string LastRuns => Get("sql/jobs/ledger_last_runs.sql");

    public static string HasLedger => Get("sql/jobs/ledger_exists.sql");

    public static string Checkpoint => Get("sql/jobs/snapshot_checkpoint.sql");

    private static string Get(string name) => Cache.GetOrAdd(name, static key =>
    {
        using var stream = typeof(WarehouseOptions).Assembly.GetManifestResourceStream(key)
            ?? throw new InvalidOperationException($"embedded SQL {key} is missing from FiscalWarehouse.Warehouse");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });
}
