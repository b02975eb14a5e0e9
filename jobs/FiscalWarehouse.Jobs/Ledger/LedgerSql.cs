using FiscalWarehouse.Warehouse;

namespace FiscalWarehouse.Jobs.Ledger;

/// <summary>The ledger's statements, by name (sql/jobs and its migration).</summary>
internal static class LedgerSql
{
    public static string Migration => SqlScripts.Read("migrations/0020_etl_ledger.sql");

    public static string InsertRun => SqlScripts.Read("jobs/ledger_insert_run.sql");

    public static string RecordFile => SqlScripts.Read("jobs/ledger_record_file.sql");

    public static string FileBatch => SqlScripts.Read("jobs/ledger_file_batch.sql");

    public static string RecordFiles => SqlScripts.Read("jobs/ledger_record_files.sql");

    public static string UpdateRun => SqlScripts.Read("jobs/ledger_update_run.sql");

    public static string FileOutcome => SqlScripts.Read("jobs/ledger_file_outcome.sql");

    public static string LastRuns => SqlScripts.Read("jobs/ledger_last_runs.sql");

    public static string HasLedger => SqlScripts.Read("jobs/ledger_exists.sql");

    public static string Checkpoint => SqlScripts.Read("jobs/snapshot_checkpoint.sql");
}
