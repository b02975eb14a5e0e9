using FiscalWarehouse.Jobs.Tests.Support;
using FiscalWarehouse.Warehouse.Lake;

namespace FiscalWarehouse.Jobs.Tests.Jobs;

[Collection(InProcessCollection.Name)]
public sealed class RefreshJobTests
{
    [Fact]
    public async Task AfterBatch_RefreshPublishesSnapshotCopyAndLake_MatchingTheWarehouse()
    {
        Dependencies.RequireParserAndLoader();
        var ct = TestContext.Current.CancellationToken;
        using var folders = new WorkerFolders();
        var lake = Path.Combine(folders.Root, "lake");
        var snapshot = Path.Combine(folders.Root, "dashboards", "warehouse.read.duckdb");
        foreach (var sample in RepoPaths.SampleFiles.Take(2))
        {
            File.Copy(sample, Path.Combine(folders.Inbox, Path.GetFileName(sample)));
        }

        var extra = new Dictionary<string, string?> { ["Jobs:Lake"] = lake, ["Jobs:Snapshot"] = snapshot };
        await using (var worker = await InProcessWorker.StartAsync(folders, scanNow: true, ct, extra: extra))
        {
            // A refresh follows every loader pass; the snapshot is published before the lake, so once the lake shows
            // both reports the snapshot of the same refresh does too.
            await Eventually.WaitAsync(
                () => folders.Archived().Count == 2 && folders.StagingEmpty() && LakeReports(lake) == 2 && File.Exists(snapshot),
                TimeSpan.FromMinutes(3), "batch, snapshot and lake", ct, () => worker.Logs.ToString());
        }

        using var read = new WarehouseProbe(snapshot);
        Assert.Equal(2, read.Scalar("select count(*) from dim_report"));
        var manifest = LakeManifest.Read(lake);
        Assert.Contains(manifest.Tables, t => t.Name == "dim_report" && t.Rows == 2);
        Assert.Empty(Directory.GetDirectories(folders.Root, ".lake.*"));
    }

    private static long LakeReports(string lake)
    {
        try
        {
            return LakeManifest.Read(lake).Tables.FirstOrDefault(t => t.Name == "dim_report")?.Rows ?? 0;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
