using FiscalWarehouse.Jobs.Tests.Support;

namespace FiscalWarehouse.Jobs.Tests.Scaling;

[Collection(PostgresCollection.Name)]
public sealed class CrashRecoveryTests(PostgresFixture fixture)
{
    private const int Reports = 60;

    [Fact]
    public async Task KillMinus9DuringBatch_ThenRestart_EveryReportLoadedExactlyOnce_NothingPartial()
    {
        Dependencies.RequireParserAndLoader();
        var ct = TestContext.Current.CancellationToken;
        var cluster = fixture.Cluster;
        await cluster.CreateDatabaseAsync("fw_crash", ct);
        using var folders = new WorkerFolders();
        ReportVariants.Write(folders.Inbox, Reports);
        var env = folders.Environment(postgres: cluster.ConnectionStringFor("fw_crash"), orphanAfterSeconds: 2);

        string before;
        using (var doomed = WorkerProcess.Start(env, scanNow: true))
        {
            await doomed.WaitStartedAsync(TimeSpan.FromMinutes(5), ct);
            await Eventually.WaitAsync(() => folders.Archived().Count >= 10, TimeSpan.FromMinutes(5), "the batch under way", ct, () => doomed.Output);
            doomed.KillHard();
            before = doomed.Output;
        }

        var handledAtKill = folders.Archived().Count;
        TestContext.Current.TestOutputHelper?.WriteLine($"killed -9 with {handledAtKill} of {Reports} files archived");
        using (var restarted = WorkerProcess.Start(env, scanNow: true))
        {
            await restarted.WaitStartedAsync(TimeSpan.FromMinutes(2), ct);
            await Eventually.WaitAsync(
                () => folders.Archived().Count + folders.Quarantined().Count == Reports && folders.StagingEmpty() && folders.InboxEmpty(),
                TimeSpan.FromMinutes(10), $"{Reports} files after the restart (had {handledAtKill} at the kill)", ct, () => before + restarted.Output);
            Assert.Equal(0, await restarted.TerminateAsync(TimeSpan.FromMinutes(1), ct));
        }

        Assert.Empty(folders.Quarantined());
        using var probe = new WarehouseProbe(folders.Database);
        Assert.Equal(Reports, probe.Scalar("select count(*) from dim_report"));
        Assert.Equal(Reports, probe.Scalar("select count(distinct content_hash) from dim_report"));
        Assert.Equal(Reports, probe.Scalar("select count(*) from etl_file where outcome in ('loaded', 'unchanged')"));
        // Nothing partial: every variant of a sample has as many stored cells and facts as every other variant of it.
        var perFamily = probe.Rows("""
            with cells as (select report_version_id, count(*) as cells from fact_table_cell group by report_version_id)
            select regexp_replace(r.file_name, '-v[0-9]+\.txt$', '') as family,
                   count(*) as reports,
                   count(distinct coalesce(c.cells, 0)) as cell_counts,
                   count(distinct r.fact_count) as fact_counts,
                   min(coalesce(c.cells, 0)) as cells
            from dim_report r left join cells c using (report_version_id)
            group by family
            order by family
            """);
        Assert.Equal(5, perFamily.Count);
        foreach (var family in perFamily)
        {
            Assert.Equal((long)(Reports / 5), Convert.ToInt64(family[1], System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(1L, Convert.ToInt64(family[2], System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(1L, Convert.ToInt64(family[3], System.Globalization.CultureInfo.InvariantCulture));
            Assert.True(Convert.ToInt64(family[4], System.Globalization.CultureInfo.InvariantCulture) > 0);
        }
    }
}
