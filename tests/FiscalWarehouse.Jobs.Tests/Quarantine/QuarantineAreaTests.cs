using FiscalWarehouse.Jobs.Quarantine;
using FiscalWarehouse.Jobs.Tests.Support;

namespace FiscalWarehouse.Jobs.Tests.Quarantine;

public sealed class QuarantineAreaTests
{
    [Fact]
    public void Move_WritesReasonBesideFile_AndNeverOverwritesAnEarlierOne()
    {
        using var folders = new WorkerFolders();
        var area = new QuarantineArea(folders.Quarantine);
        var reason = new QuarantineReason
        {
            Error = "unreadable",
            Line = 3,
            Message = "binary garbage",
            TimeUtc = new DateTime(2026, 11, 28, 2, 0, 0, DateTimeKind.Utc),
            Attempt = 1,
            File = "sub/bad.txt",
            FileId = "0123456789abcdef",
            RunId = "r1",
        };
        var first = Path.Combine(folders.Inbox, "bad.txt");
        File.WriteAllText(first, "x");
        var movedFirst = area.Move(first, reason);
        var second = Path.Combine(folders.Inbox, "bad.txt");
        File.WriteAllText(second, "y");
        var movedSecond = area.Move(second, reason with { FileId = "fedcba9876543210", Attempt = 2 });

        Assert.Equal(Path.Combine(folders.Quarantine, "bad.txt"), movedFirst);
        Assert.Equal(Path.Combine(folders.Quarantine, "bad.fedcba98.txt"), movedSecond);
        Assert.Equal("x", File.ReadAllText(movedFirst));
        var read = QuarantineArea.ReadReason(movedSecond)!;
        Assert.Equal(("unreadable", 3, "binary garbage", 2), (read.Error, read.Line, read.Message, read.Attempt));
        var json = File.ReadAllText(movedFirst + ".reason.json");
        foreach (var key in new[] { "\"rule\"", "\"error\"", "\"line\"", "\"message\"", "\"time\"", "\"attempt\"" })
        {
            Assert.Contains(key, json, StringComparison.Ordinal);
        }
    }
}
