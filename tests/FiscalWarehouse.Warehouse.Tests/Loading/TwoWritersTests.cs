using System.Diagnostics;
using DuckDB.NET.Data;
using FiscalWarehouse.Warehouse.Configuration;
using FiscalWarehouse.Warehouse.Loading;
using FiscalWarehouse.Warehouse.Storage;
using FiscalWarehouse.Warehouse.Tests.Support;

namespace FiscalWarehouse.Warehouse.Tests.Loading;

/// <summary>
/// Two writer processes started together on a warehouse file that does not exist yet (issue 21: the second printed
/// "loaded" for every report and none was kept). Each must either wait for the other or be refused; every report
/// either process says it loaded must be in the warehouse, with all its facts.
/// </summary>
public sealed class TwoWritersTests
{
    private const int Rounds = 20;
    private const int ReportsEach = 2;

    [Fact]
    public void TwoLoaders_OnANewFile_EveryReportEitherReportedLoadedIsKept()
    {
        using var temp = new TempDirectory();
        var log = new List<string>();
        var watch = Stopwatch.StartNew();
        for (var round = 0; round < Rounds; round++)
        {
            var db = temp.File($"round-{round}.duckdb");
            using var first = LoadHost.Start("load", db, ReportsEach, first: 1, waitSeconds: 120);
            using var second = LoadHost.Start("load", db, ReportsEach, first: 101, waitSeconds: 120);
            first.Process.WaitForExit(TimeSpan.FromMinutes(2));
            second.Process.WaitForExit(TimeSpan.FromMinutes(2));
            Assert.True(first.Process.HasExited && second.Process.HasExited, $"round {round}: a loader hung");

            // WaitForExit with a timeout returns before the redirected output is drained; the untimed call waits for
            // its end, so every line a loader printed is counted (under load the last lines arrived late).
            first.Process.WaitForExit();
            second.Process.WaitForExit();
            Assert.Equal(0, first.Process.ExitCode);
            Assert.Equal(0, second.Process.ExitCode);

            var reported = first.Lines.Concat(second.Lines).Where(l => l.StartsWith("loaded ", StringComparison.Ordinal))
                .Select(l => $"bulk-{l["loaded ".Length..]}.txt").ToHashSet(StringComparer.Ordinal);
            Assert.True(reported.Count == 2 * ReportsEach,
                $"round {round}: {reported.Count} of {2 * ReportsEach} reported loaded; first: {string.Join(" | ", first.Lines)}; second: {string.Join(" | ", second.Lines)}");
            var kept = FactsByFile(db);
            foreach (var file in reported)
            {
                Assert.True(kept.TryGetValue(file, out var facts), $"round {round}: {file} was reported loaded but is not in the warehouse");
                Assert.Equal(SampleReports.BulkFacts(), facts);
            }

            log.Add($"round {round}: {reported.Count} reported loaded, {kept.Count} kept");
        }

        TestContext.Current.SendDiagnosticMessage($"{Rounds} rounds in {watch.Elapsed.TotalSeconds:0.0} s\n" + string.Join("\n", log));
    }

    [Fact]
    public void SecondWriter_WithoutWait_IsRefusedWithTheDocumentedMessage()
    {
        using var temp = new TempDirectory();
        var db = temp.File("busy.duckdb");
        using var holder = LoadHost.Start("hold", db);
        holder.WaitForLine("holding", TimeSpan.FromMinutes(1));

        var busy = Assert.Throws<WarehouseBusyException>(() => WarehouseWriter.Open(new WarehouseOptions { Path = db }));
        Assert.Contains("is being written by another process; one writer at a time", busy.Message, StringComparison.Ordinal);
        Assert.Contains("Warehouse:WriterWaitSeconds", busy.Message, StringComparison.Ordinal);

        // Readers still get the snapshot the holder made under its lock before it started.
        using var reader = WarehouseFiles.OpenReader(db, out var note);
        Assert.NotNull(note);
        Assert.Equal(0L, Db.Scalar<long>(reader, "select count(*) from dim_report"));
    }

    /// <summary>file name → facts found in the fact views for the current version of that report.</summary>
    private static Dictionary<string, long> FactsByFile(string db)
    {
        using var connection = new DuckDBConnection($"Data Source={db};ACCESS_MODE=READ_ONLY");
        connection.Open();
        return Db.Rows(connection, "select r.file_name, (select count(*) from v_fact_cell f where f.report_version_id = r.report_version_id) from dim_report r where r.is_current")
            .ToDictionary(r => (string)r[0]!, r => Convert.ToInt64(r[1], System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal);
    }
}
