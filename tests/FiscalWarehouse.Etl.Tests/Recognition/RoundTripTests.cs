using System.Text;
using FiscalWarehouse.Etl.Tests.Samples;
using FiscalWarehouse.Model.Tables;

namespace FiscalWarehouse.Etl.Tests.Recognition;

/// <summary>Facts written back as tables and read again give the same facts (every sample, every general table).</summary>
public sealed class RoundTripTests
{
    public static TheoryData<string> Samples => new(SampleReports.All);

    [Theory]
    [MemberData(nameof(Samples))]
    public void WrittenBackAndReread_GivesTheSameFacts(string sample)
    {
        var original = SampleReports.Parse(sample).Report;
        var text = TableWriter.Write(original);
        var reread = new ReportParser().Parse("roundtrip.txt", Encoding.UTF8.GetBytes(text), TestContext.Current.CancellationToken).Report;

        var before = Fact.Of(original, t => !t.IsKnownEmpty);
        var after = Fact.Of(reread);
        Assert.NotEmpty(before);
        // Every original fact (blanks included) is read again; nothing that was not blank appears from nowhere.
        Assert.Empty(before.Except(after));
        Assert.Empty(after.Where(f => f.Kind != CellValueKind.Blank).Except(before));
        Assert.Equal(original.Phase, reread.Phase);
    }
}
