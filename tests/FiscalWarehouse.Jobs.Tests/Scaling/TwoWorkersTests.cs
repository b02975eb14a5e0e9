using FiscalWarehouse.Jobs.Tests.Support;

namespace FiscalWarehouse.Jobs.Tests.Scaling;

[Collection(PostgresCollection.Name)]
public sealed class TwoWorkersTests(PostgresFixture fixture)
{
    private const int Reports = 200;

    [Fact]
    public async Task TwoWorkerProcesses_SharingPostgresQueue_LoadEachOf200ReportsExactlyOnce()
    {
        Dependencies.RequireParserAndLoader();
        var ct = TestContext.Current.CancellationToken;
        var cluster = fixture.Cluster;
        await cluster.CreateDatabaseAsync("fw_two_workers", ct);
        using var folders = new WorkerFolders();
        ReportVariants.Write(folders.Inbox, Reports);
        var env = folders.Environment(postgres: cluster.ConnectionStringFor("fw_two_workers"));

        using var first = WorkerProcess.Start(env, scanNow: false);
        // The first worker installs the Hangfire schema; the second starts on a ready one.
        await first.WaitStartedAsync(TimeSpan.FromMinutes(15), ct);
        using var second = WorkerProcess.Start(env, scanNow: true);
        await second.WaitStartedAsync(TimeSpan.FromMinutes(2), ct);
        await Eventually.WaitAsync(
            () => folders.Archived().Count + folders.Quarantined().Count == Reports && folders.StagingEmpty() && folders.InboxEmpty(),
            TimeSpan.FromMinutes(10), $"{Reports} files handled", ct, () => first.Output + second.Output);

        Assert.Equal(0, await first.TerminateAsync(TimeSpan.FromMinutes(1), ct));
        Assert.Equal(0, await second.TerminateAsync(TimeSpan.FromMinutes(1), ct));
        Assert.Empty(folders.Quarantined());
        Assert.Equal(Reports, folders.Archived().Count);
        // Both processes parsed: the queue was shared, not served by one of them.
        Assert.Contains("[3010]", first.Output, StringComparison.Ordinal);
        Assert.Contains("[3010]", second.Output, StringComparison.Ordinal);

        using var probe = new WarehouseProbe(folders.Database);
        Assert.Equal(Reports, probe.Scalar("select count(*) from dim_report"));
        Assert.Equal(Reports, probe.Scalar("select count(distinct content_hash) from dim_report"));
        Assert.Equal(Reports, probe.Scalar("select count(distinct report_key) from dim_report"));
        Assert.Equal(Reports, probe.Scalar("select count(*) from etl_file where outcome = 'loaded'"));
        Assert.Equal(Reports, probe.Scalar("select count(distinct content_hash) from etl_file"));
    }
}
