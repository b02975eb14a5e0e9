using FiscalWarehouse.Jobs.Inbox;
using FiscalWarehouse.Jobs.Tests.Support;

namespace FiscalWarehouse.Jobs.Tests.Inbox;

public sealed class StableFileDetectorTests
{
    [Fact]
    public async Task FindStable_FileGrowingDuringSettle_IsLeftForLater()
    {
        using var folders = new WorkerFolders();
        var ct = TestContext.Current.CancellationToken;
        var quiet = Path.Combine(folders.Inbox, "quiet.txt");
        await File.WriteAllTextAsync(quiet, "done", ct);
        var growing = Path.Combine(folders.Inbox, "growing.txt");
        using var stop = new CancellationTokenSource();
        var writer = GrowingFile.AppendUntilCancelledAsync(growing, TimeSpan.FromMilliseconds(50), stop.Token);

        var stable = await new StableFileDetector(TimeProvider.System).FindStableAsync(folders.Inbox, TimeSpan.FromMilliseconds(500), ct);
        await stop.CancelAsync();
        await writer;

        Assert.Equal(["quiet.txt"], stable.Select(f => f.RelativePath));
    }

    [Fact]
    public async Task FindStable_NestedFolders_ReturnsPathsRelativeToInbox()
    {
        using var folders = new WorkerFolders();
        var ct = TestContext.Current.CancellationToken;
        Directory.CreateDirectory(Path.Combine(folders.Inbox, "shanxi", "2023"));
        await File.WriteAllTextAsync(Path.Combine(folders.Inbox, "shanxi", "2023", "a.txt"), "a", ct);
        await File.WriteAllTextAsync(Path.Combine(folders.Inbox, "b.txt"), "b", ct);

        var stable = await new StableFileDetector(TimeProvider.System).FindStableAsync(folders.Inbox, TimeSpan.FromMilliseconds(100), ct);

        Assert.Equal(["b.txt", Path.Combine("shanxi", "2023", "a.txt")], stable.Select(f => f.RelativePath));
    }

    [Theory]
    [InlineData("report.txt", true)]
    [InlineData(".hidden.txt", false)]
    [InlineData("report.txt.part", false)]
    [InlineData("report.tmp", false)]
    [InlineData("report.txt.crdownload", false)]
    [InlineData("report.txt.reason.json", false)]
    public void IsCandidate_PartialAndHiddenNames_AreSkipped(string name, bool expected) =>
        Assert.Equal(expected, StableFileDetector.IsCandidate(name));
}
