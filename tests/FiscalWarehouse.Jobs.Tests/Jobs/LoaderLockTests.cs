using FiscalWarehouse.Jobs.Jobs;
using FiscalWarehouse.Jobs.Staging;
using FiscalWarehouse.Jobs.Tests.Support;

namespace FiscalWarehouse.Jobs.Tests.Jobs;

public sealed class LoaderLockTests
{
    [Fact]
    public void TryAcquire_WhileHeld_ReturnsNull_AndAfterRelease_Succeeds()
    {
        using var folders = new WorkerFolders();
        var path = folders.Database + ".loader.lock";
        using (var first = LoaderLock.TryAcquire(path))
        {
            Assert.NotNull(first);
            Assert.Null(LoaderLock.TryAcquire(path));
        }

        using var again = LoaderLock.TryAcquire(path);
        Assert.NotNull(again);
    }

    [Theory]
    [InlineData("a.txt:12", 12)]
    [InlineData("a.txt:p3:7", 7)]
    [InlineData("a.txt", null)]
    [InlineData(null, null)]
    public void LineOf_RejectionWhere_ReadsTheLine(string? where, int? line) => Assert.Equal(line, LoaderJob.LineOf(where));
}
