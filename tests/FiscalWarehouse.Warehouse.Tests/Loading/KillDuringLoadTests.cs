using System.Diagnostics;
using DuckDB.NET.Data;
using FiscalWarehouse.Warehouse.Tests.Support;

namespace FiscalWarehouse.Warehouse.Tests.Loading;

/// <summary>
/// kill -9 of a real writer process at random points of a multi-report load: each time, every report is either
/// complete (the fact count of a clean load) or absent, nothing is left in staging, and the next load completes the rest.
/// </summary>
public sealed class KillDuringLoadTests
{
    private const int Reports = 3;
    private const int Rounds = 11;
    private const int KillsPerRound = 2;

    [Fact]
    public void Load_KilledAtRandomPoints_EachReportCompleteOrAbsent()
    {
        using var temp = new TempDirectory();
        var clean = temp.File("clean.duckdb");
        // The delays are spread over the load itself: from the start to "done" (the last report committed) plus a
        // quarter of the close that follows, the shorter of two clean runs. The first run also pays what the other
        // test classes do at the start, and since a new warehouse became cheap to set up the closing checkpoint and
        // process exit are most of a run: spread over the whole first run, every kill of a busy machine's run landed
        // after the last commit.
        var cleanDuration = RunToCompletion(clean);
        var again = RunToCompletion(temp.File("clean-again.duckdb"));
        cleanDuration = again < cleanDuration ? again : cleanDuration;
        var cleanFacts = FactsPerReport(clean);
        Assert.Equal(Reports, cleanFacts.Count);
        Assert.All(cleanFacts.Values, f => Assert.Equal(SampleReports.BulkFacts(), f));

        // Seeded, so a failing kill point can be replayed; the delays spread over the whole clean run.
        var random = new Random(20261128);
        var kills = 0;
        var sawPartialLoad = false;
        var log = new List<string> { $"clean run {cleanDuration.TotalMilliseconds:0} ms" };
        for (var round = 0; round < Rounds; round++)
        {
            var db = temp.File($"round-{round}.duckdb");
            for (var k = 0; k < KillsPerRound; k++)
            {
                var delay = TimeSpan.FromMilliseconds(random.Next(200, (int)cleanDuration.TotalMilliseconds));
                IReadOnlyList<string> printed;
                using (var host = LoadHost.Start("load", db, Reports))
                {
                    Thread.Sleep(delay);
                    host.KillHard();
                    printed = host.Lines;
                }

                kills++;
                var facts = FactsPerReport(db);
                foreach (var (hash, count) in facts)
                {
                    Assert.True(count == SampleReports.BulkFacts(), $"kill {kills} after {delay.TotalMilliseconds} ms: report {hash} has {count} facts, a clean load has {SampleReports.BulkFacts()}");
                }

                sawPartialLoad |= facts.Count is > 0 and < Reports;
                log.Add($"kill {kills} at {delay.TotalMilliseconds:0} ms: {facts.Count} report(s) present; host printed {string.Join(" | ", printed)}");
                Assert.Equal(0, StagedRows(db));
            }

            RunToCompletion(db);
            Assert.Equal(cleanFacts.Keys.Order(), FactsPerReport(db).Keys.Order());
            Assert.All(FactsPerReport(db).Values, f => Assert.Equal(SampleReports.BulkFacts(), f));
        }

        Assert.True(sawPartialLoad, "no kill landed between two reports' commits; the delays do not cover the load:\n" + string.Join("\n", log));
        TestContext.Current.SendDiagnosticMessage(string.Join("\n", log));
        Assert.True(kills >= 20);
    }

    /// <summary>Runs a load to its end; returns the time to "done" plus a quarter of the close after it.</summary>
    private static TimeSpan RunToCompletion(string db)
    {
        var watch = Stopwatch.StartNew();
        using var host = LoadHost.Start("load", db, Reports);
        host.WaitForLine("done", TimeSpan.FromMinutes(3));
        var done = watch.Elapsed;
        host.Process.WaitForExit();
        return done + (watch.Elapsed - done) / 4;
    }

    /// <summary>content hash → facts found in the fact tables for that report (not the dim_report counter).</summary>
    private static Dictionary<string, long> FactsPerReport(string db)
    {
        var result = new Dictionary<string, long>(StringComparer.Ordinal);
        if (!File.Exists(db))
        {
            return result;
        }

        using var connection = new DuckDBConnection($"Data Source={db};ACCESS_MODE=READ_ONLY");
        connection.Open();
        if (Db.Scalar<long>(connection, "select count(*) from information_schema.tables where table_name = 'dim_report'") == 0)
        {
            return result;
        }

        // Killed after the migrations committed but before the first view refresh did: the views come with the next
        // open, and no report can have loaded before it (a load starts only once the writer is open).
        if (Db.Scalar<long>(connection, "select count(*) from information_schema.tables where table_name = 'v_fact_cell'") == 0)
        {
            Assert.Equal(0L, Db.Scalar<long>(connection, "select count(*) from dim_report"));
            return result;
        }

        foreach (var row in Db.Rows(connection, "select r.content_hash, r.fact_count, (select count(*) from v_fact_cell f where f.report_version_id = r.report_version_id) from dim_report r"))
        {
            Assert.Equal(Convert.ToInt64(row[1], System.Globalization.CultureInfo.InvariantCulture), Convert.ToInt64(row[2], System.Globalization.CultureInfo.InvariantCulture));
            result[(string)row[0]!] = Convert.ToInt64(row[2], System.Globalization.CultureInfo.InvariantCulture);
        }

        Assert.Equal(0, Db.Scalar<long>(connection, "select count(*) from v_fact_cell f where not exists (select 1 from dim_report r where r.report_version_id = f.report_version_id)"));
        return result;
    }

    private static long StagedRows(string db)
    {
        if (!File.Exists(db))
        {
            return 0;
        }

        using var connection = new DuckDBConnection($"Data Source={db};ACCESS_MODE=READ_ONLY");
        connection.Open();
        return Db.Scalar<long>(connection, "select count(*) from information_schema.tables where table_name = 'stg_subject_row'") == 0
            ? 0
            : Db.Scalar<long>(connection, "select (select count(*) from stg_subject_row) + (select count(*) from stg_report)");
    }
}
