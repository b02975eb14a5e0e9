using System.Text;
using FiscalWarehouse.Etl;
using FiscalWarehouse.Jobs.Hosting;
using FiscalWarehouse.Jobs.Tests.Support;

namespace FiscalWarehouse.Jobs.Tests.Jobs;

[Collection(InProcessCollection.Name)]
public sealed class GrowingFileTests
{
    [Fact]
    public async Task Scan_FileStillBeingWritten_IsNotTakenUntilComplete_ThenLoadedWhole()
    {
        Dependencies.RequireParserAndLoader();
        var ct = TestContext.Current.CancellationToken;
        using var folders = new WorkerFolders();
        var sample = RepoPaths.SampleFiles[0];
        var lines = File.ReadAllLines(sample, Encoding.UTF8);
        // Twenty chunks of lines, one every 300 ms: the file grows for ~6 s while scans run every second.
        var chunk = (lines.Length + 19) / 20;
        var chunks = lines.Chunk(chunk).Select(c => string.Join('\n', c)).ToList();
        var target = Path.Combine(folders.Inbox, Path.GetFileName(sample));

        await using (var worker = await InProcessWorker.StartAsync(folders, scanNow: false, ct, settleSeconds: 1))
        {
            var (jobs, warehouse) = JobsConfiguration.Read(folders.Configuration(settleSeconds: 1));
            var paths = new JobPaths(jobs, warehouse);
            var writer = GrowingFile.AppendUntilCancelledAsync(target, TimeSpan.FromMilliseconds(300), ct, chunks);
            while (!writer.IsCompleted)
            {
                JobsControl.TriggerScan(jobs, paths);
                await Task.Delay(1000, ct);
                Assert.Empty(folders.Archived());
                Assert.Empty(folders.Quarantined());
            }

            await writer;
            JobsControl.TriggerScan(jobs, paths);
            await Eventually.WaitAsync(() => folders.Archived().Count == 1 && folders.StagingEmpty(), TimeSpan.FromMinutes(2), "the finished file", ct, () => worker.Logs.ToString());
        }

        var archived = Assert.Single(folders.Archived());
        var wholeHash = ContentHash.Of(await File.ReadAllBytesAsync(archived, ct));
        Assert.Equal(string.Concat(chunks.Select(c => c + "\n")), await File.ReadAllTextAsync(archived, ct));
        using var probe = new WarehouseProbe(folders.Database);
        var row = Assert.Single(probe.Rows("select content_hash, outcome from etl_file"));
        Assert.Equal(wholeHash, row[0]);
        Assert.Equal("loaded", row[1]);
        Assert.Equal(1, probe.Scalar("select count(*) from dim_report"));
    }
}
