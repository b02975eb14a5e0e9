using FiscalWarehouse.Warehouse;

namespace FiscalWarehouse.Jobs.Ledger;

/// <summary>The ledger's statements, by name (sql/jobs and its migration).</summary>
internal static class LedgerSql
{
    public static string Migration => Get("migrations/0020_etl_ledger.sql");

    public static string InsertRun => Get("jobs/ledger_insert_run.sql");

    public static string RecordFile => Get("jobs/ledger_record_file.sql");

    public static string UpdateRun => Get("jobs/ledger_update_run.sql");

    public static string FileOutcome => Get("jobs/ledger_file_outcome.sql");

    public static string LastRuns => Get("jobs/ledger_last_runs.sql");

    public static string HasLedger => Get("jobs/ledger_exists.sql");

    public static string Checkpoint => Get("jobs/snapshot_checkpoint.sql");

    private static string Get(string path) => SqlScripts.Read(path);
}
