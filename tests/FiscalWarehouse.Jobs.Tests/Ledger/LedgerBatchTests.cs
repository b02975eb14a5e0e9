using FiscalWarehouse.Jobs.Ledger;
using FiscalWarehouse.Jobs.Staging;
using FiscalWarehouse.Jobs.Tests.Support;

namespace FiscalWarehouse.Jobs.Tests.Ledger;

/// <summary>
/// fw load records a whole folder's files at once (<see cref="LedgerStore.RecordFiles"/>): the ledger must read as if
/// each file had been recorded in turn (last record of a file wins, run counts and end time set).
/// </summary>
public sealed class LedgerBatchTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("fw-ledger-").FullName;

    [Fact]
    public void RecordFiles_WritesEveryFile_KeepsTheLastRecordOfARepeatedFile_AndCountsTheRun()
    {
        var db = Path.Combine(_dir, "w.duckdb");
        var started = new DateTime(2026, 12, 3, 14, 0, 0, DateTimeKind.Utc);
        var ended = started.AddMinutes(2);
        using (var ledger = LedgerStore.Open(db))
        {
            ledger.RecordRun(new RunNote("r1", "fw load", "host", started, started, 3, 0));
            ledger.RecordFiles("r1", [
                File("a", "loaded", 7, 120, null, null),
                File("b", "rejected", null, null, 42, "表 3 无法识别"),
                File("c", "unchanged", 3, 80, null, null),
                File("a", "replaced", 9, 118, null, null),
            ], ended);
        }

        using var probe = new WarehouseProbe(db);
        Assert.Equal(
            ["a|replaced|9|118||", "b|rejected|||42|表 3 无法识别", "c|unchanged|3|80||"],
            Rows(probe, "select concat_ws('|', file_id, outcome, coalesce(report_version_id::varchar, ''), coalesce(fact_count::varchar, ''), coalesce(line::varchar, ''), coalesce(error, '')) from etl_file order by file_id"));
        Assert.Equal(["0|1|1|1|0|" + ended.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture)],
            Rows(probe, "select concat_ws('|', loaded, unchanged, replaced, rejected, failed, strftime(ended_at, '%Y-%m-%d %H:%M:%S')) from etl_run where run_id = 'r1'"));
        Assert.Empty(Rows(probe, "select table_name from information_schema.tables where table_name = 'ledger_file_batch'"));
    }

    [Fact]
    public void RecordRunWithFiles_WritesTheRunAndItsFilesTogether_CountedAsRecordedOneAfterTheOther()
    {
        var db = Path.Combine(_dir, "w.duckdb");
        var started = new DateTime(2026, 12, 3, 20, 0, 0, DateTimeKind.Utc);
        var ended = started.AddSeconds(1);
        using (var ledger = LedgerStore.Open(db))
        {
            ledger.RecordRunWithFiles(new RunNote("r1", "fw load", "host", started, started, 2, 0), [
                File("a", "loaded", 7, 120, null, null),
                File("b", "rejected", null, null, 5, "not a 预算/决算 disclosure"),
            ], ended);
        }

        using var probe = new WarehouseProbe(db);
        Assert.Equal(["a|r1|loaded", "b|r1|rejected"], Rows(probe, "select concat_ws('|', file_id, run_id, outcome) from etl_file order by file_id"));
        Assert.Equal(["fw load|2|1|0|0|1|" + ended.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture)],
            Rows(probe, "select concat_ws('|', trigger, files_claimed, loaded, unchanged, replaced, rejected, strftime(ended_at, '%Y-%m-%d %H:%M:%S')) from etl_run where run_id = 'r1'"));
    }

    [Fact]
    public void Open_WithAnotherSpellingOfTheWritersPath_SharesTheWritersDatabase()
    {
        var db = Path.Combine(_dir, "w.duckdb");
        using (LedgerStore.Open(db))
        {
        }

        // The writer holds the file by its full path; fw load --db data/w.duckdb hands the ledger the path as typed.
        Directory.CreateDirectory(Path.Combine(_dir, "sub"));
        using var writer = new DuckDB.NET.Data.DuckDBConnection($"Data Source={Path.GetFullPath(db)}");
        writer.Open();
        using (var ledger = LedgerStore.Open(Path.Combine(_dir, "sub", "..", "w.duckdb")))
        {
            ledger.RecordRun(new RunNote("r2", "fw load", "host", DateTime.UnixEpoch, DateTime.UnixEpoch, 1, 0));
        }

        // A second database instance on the same file would keep the run in its own memory and WAL, unseen here.
        using var count = writer.CreateCommand();
        count.CommandText = "select count(*) from etl_run where run_id = 'r2'";
        Assert.Equal(1L, Convert.ToInt64(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static FileRecord File(string id, string outcome, long? version, int? facts, int? line, string? error) =>
        new(id, "r1", id + ".txt", "hash-" + id, 100, outcome, version, facts, facts is null ? null : 0, null, null, null, line, error, 1, null, "host",
            new DateTime(2026, 12, 3, 14, 1, 0, DateTimeKind.Utc));

    private static List<string> Rows(WarehouseProbe probe, string sql) => [.. probe.Rows(sql).Select(r => (string)r[0]!)];
}
