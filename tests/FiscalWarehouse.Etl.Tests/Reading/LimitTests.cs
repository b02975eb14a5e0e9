using System.Diagnostics;
using FiscalWarehouse.Etl.Limits;
using FiscalWarehouse.Etl.Tests.Samples;
using FiscalWarehouse.Model.Documents;
using FiscalWarehouse.TestKit.Hostile;

namespace FiscalWarehouse.Etl.Tests.Reading;

/// <summary>Every hostile kind of issue 21 is rejected quickly, naming the file and the limit it broke (or the DTD).</summary>
public sealed class LimitTests
{
    public static TheoryData<string> Kinds() => [.. HostileDocuments.All().Select(h => h.FileName)];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void HostileDocument_IsRejectedNamingTheFileAndTheLimit(string kind)
    {
        var hostile = HostileDocuments.All().Single(h => h.FileName == kind);
        var before = GC.GetTotalAllocatedBytes(precise: false);
        var watch = Stopwatch.StartNew();
        var e = Assert.Throws<DocumentReadException>(() => new ReportParser().Parse(hostile.FileName, hostile.Bytes, TestContext.Current.CancellationToken));
        Assert.Equal(hostile.FileName, e.File);
        Assert.Equal(hostile.Line, e.Line);
        Assert.Contains(hostile.Expected, e.Reason, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"{kind}: {watch.Elapsed.TotalSeconds:0.0} s");
        var allocated = GC.GetTotalAllocatedBytes(precise: false) - before;
        Assert.True(allocated < 512L * 1024 * 1024, $"{kind}: {allocated / 1048576} MiB allocated");
    }

    [Fact]
    public void Limit_NamesItsValue_AndIsConfigurable()
    {
        var sample = SampleReports.Bytes(SampleReports.All[0]);
        var e = Assert.Throws<DocumentReadException>(() => new ReportParser(limits: new DocumentLimits { MaxDocumentBytes = 1000 }).Parse("big.txt", sample, TestContext.Current.CancellationToken));
        Assert.Contains("over the limit Limits:MaxDocumentBytes = 1000", e.Reason, StringComparison.Ordinal);

        e = Assert.Throws<DocumentReadException>(() => new ReportParser(limits: new DocumentLimits { MaxRowsPerTable = 50 }).Parse("long.txt", sample, TestContext.Current.CancellationToken));
        Assert.Contains("Limits:MaxRowsPerTable = 50", e.Reason, StringComparison.Ordinal);
        Assert.Equal(51, e.Line);
    }

    [Fact]
    public void DefaultLimits_LeaveEverySampleAsItWas()
    {
        foreach (var name in SampleReports.All)
        {
            var parsed = new ReportParser().Parse(name, SampleReports.Bytes(name), TestContext.Current.CancellationToken);
            Assert.NotEmpty(parsed.Report.Tables);
        }
    }

    [Fact]
    public void TimeBudget_CancelsTheDocument_AndSaysSo()
    {
        // A budget of zero seconds is "no budget"; the smallest real one is one second, so a slow reader is simulated.
        var parser = new ReportParser([new SlowReader()], limits: new DocumentLimits { DocumentSeconds = 1 });
        var e = Assert.Throws<DocumentReadException>(() => parser.Parse("slow.slow", [1, 2, 3], TestContext.Current.CancellationToken));
        Assert.Contains("Limits:DocumentSeconds = 1", e.Reason, StringComparison.Ordinal);
        Assert.Equal("slow.slow", e.File);
    }

    private sealed class SlowReader : FiscalWarehouse.Etl.Reading.IDocumentReader
    {
        public bool CanRead(string fileName, ReadOnlySpan<byte> head) => fileName.EndsWith(".slow", StringComparison.Ordinal);

        public SourceDocument Read(string fileName, byte[] bytes, CancellationToken cancellationToken)
        {
            Task.Delay(TimeSpan.FromMinutes(1), cancellationToken).GetAwaiter().GetResult();
            throw new InvalidOperationException("not reached");
        }
    }
}
