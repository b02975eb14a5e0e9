using FiscalWarehouse.Jobs.Hosting;
using FiscalWarehouse.Jobs.Quarantine;
using FiscalWarehouse.Jobs.Tests.Support;

namespace FiscalWarehouse.Jobs.Tests.Jobs;

[Collection(InProcessCollection.Name)]
public sealed class InboxToWarehouseTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Worker_SamplesAndOneBrokenFile_LoadsFiveQuarantinesOne_LedgerSaysSo()
    {
        Dependencies.RequireParserAndLoader();
        var ct = TestContext.Current.CancellationToken;
        using var folders = new WorkerFolders();
        foreach (var sample in RepoPaths.SampleFiles)
        {
            File.Copy(sample, Path.Combine(folders.Inbox, Path.GetFileName(sample)));
        }

        // Not a report at all: binary bytes with a .txt name, as a crawler saving an error page as an image might.
        await File.WriteAllBytesAsync(Path.Combine(folders.Inbox, "broken-report.txt"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0xFF, 0xFE, 0, 1, 2, 3], ct);

        await using (var worker = await InProcessWorker.StartAsync(folders, scanNow: true, ct))
        {
            await Eventually.WaitAsync(() => folders.Archived().Count + folders.Quarantined().Count == 6 && folders.StagingEmpty(), Patience, "six files handled", ct, () => worker.Logs.ToString());
        }

        Assert.Equal(5, folders.Archived().Count);
        var archivedMonth = Path.GetDirectoryName(folders.Archived()[0])!;
        Assert.Matches(@"archive[/\\]\d{4}[/\\]\d{2}$", archivedMonth);
        var quarantined = Assert.Single(folders.Quarantined());
        Assert.Equal("broken-report.txt", Path.GetFileName(quarantined));
        var reason = QuarantineArea.ReadReason(quarantined);
        Assert.NotNull(reason);
        Assert.Equal(1, reason.Attempt);
        Assert.False(string.IsNullOrWhiteSpace(reason.Message));
        Assert.True(reason.Rule is not null || reason.Error is not null);

        using var probe = new WarehouseProbe(folders.Database);
        Assert.Equal(5, probe.Scalar("select count(*) from dim_report"));
        Assert.Equal(5, probe.Scalar("select count(*) from etl_file where outcome = 'loaded'"));
        Assert.Equal(1, probe.Scalar("select count(*) from etl_file where outcome = 'rejected' and path = 'broken-report.txt'"));
        var run = Assert.Single(probe.Rows("select files_claimed, loaded, rejected, ended_at is not null from etl_run where files_claimed > 0"));
        Assert.Equal(new object?[] { 6, 5, 1, true }, run);
    }

    [Fact]
    public async Task Worker_SameContentDroppedTwice_LoadsOnce()
    {
        Dependencies.RequireParserAndLoader();
        var ct = TestContext.Current.CancellationToken;
        using var folders = new WorkerFolders();
        var samples = RepoPaths.SampleFiles.Take(2).ToList();
        foreach (var sample in samples)
        {
            File.Copy(sample, Path.Combine(folders.Inbox, Path.GetFileName(sample)));
        }

        await using (var worker = await InProcessWorker.StartAsync(folders, scanNow: true, ct))
        {
            await Eventually.WaitAsync(() => folders.Archived().Count == 2 && folders.StagingEmpty(), Patience, "first batch", ct, () => worker.Logs.ToString());
            foreach (var sample in samples)
            {
                File.Copy(sample, Path.Combine(folders.Inbox, "again-" + Path.GetFileName(sample)));
            }

            var (jobs, warehouse) = JobsConfiguration.Read(folders.Configuration());
            JobsControl.TriggerScan(jobs, new JobPaths(jobs, warehouse));
            await Eventually.WaitAsync(() => folders.Archived().Count == 4 && folders.StagingEmpty(), Patience, "second batch", ct, () => worker.Logs.ToString());
        }

        using var probe = new WarehouseProbe(folders.Database);
        Assert.Equal(2, probe.Scalar("select count(*) from dim_report"));
        Assert.Equal(2, probe.Scalar("select count(*) from etl_file where outcome = 'loaded'"));
        Assert.Equal(2, probe.Scalar("select count(*) from etl_file where outcome = 'unchanged' and path like 'again-%'"));
    }
}
