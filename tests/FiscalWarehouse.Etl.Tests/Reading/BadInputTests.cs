using System.Text;
using FiscalWarehouse.Etl.Tests.Samples;
using FiscalWarehouse.Model.Documents;
using FiscalWarehouse.Model.Findings;

namespace FiscalWarehouse.Etl.Tests.Reading;

/// <summary>Bad input gives a clear error or finding naming file and line, never an unhandled exception (issue 5).</summary>
public sealed class BadInputTests
{
    private static readonly ReportParser Parser = new();

    private static DocumentReadException Rejected(byte[] bytes) =>
        Assert.Throws<DocumentReadException>(() => Parser.Parse("bad.txt", bytes, TestContext.Current.CancellationToken));

    private static string Sample(string name) => Encoding.UTF8.GetString(SampleReports.Bytes(name));

    [Fact]
    public void EmptyFile_IsRejectedAtLine1()
    {
        var e = Rejected([]);
        Assert.Equal("bad.txt", e.File);
        Assert.Equal(1, e.Line);
        Assert.Contains("empty", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BinaryGarbage_IsRejectedNamingTheLine()
    {
        var bytes = new byte[4000];
        new Random(7).NextBytes(bytes);
        var e = Rejected(bytes);
        Assert.NotNull(e.Line);
        Assert.Contains("bad.txt:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PdfHandedToTheTextReader_IsRejectedAsPdf()
    {
        var e = Rejected(Encoding.ASCII.GetBytes("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"));
        Assert.Equal(1, e.Line);
        Assert.Contains("PDF", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownEncoding_IsRejectedAtTheFirstBadLine()
    {
        var e = Rejected([.. Encoding.UTF8.GetBytes("收入决算表\n合计\t1.00\n"), 0xFF, 0xFE, 0xFD, 0x80, (byte)'\n']);
        Assert.Equal(3, e.Line);
        Assert.Contains("encoding", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ProseWithoutTables_IsRejectedClearly()
    {
        var e = Rejected(Encoding.UTF8.GetBytes("这是一段说明文字。\n没有任何表格。\n"));
        Assert.NotNull(e.Line);
        Assert.Contains("no table", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TruncatedMidTable_IsReportedAtTheLastLine()
    {
        var lines = Sample(SampleReports.Seed000).Split('\n');
        var cut = string.Join('\n', lines.Take(160)); // inside 支出决算表 (lines 139–167)
        var parsed = Parser.Parse("cut.txt", Encoding.UTF8.GetBytes(cut), TestContext.Current.CancellationToken);
        var truncated = Assert.Single(parsed.Findings, f => f.RuleId == "table.truncated");
        Assert.Equal(160, truncated.Source.Line);
        Assert.Equal("final_expenditure", truncated.TableId);
        // The 合计 no longer equals its 类 rows: an error naming line 152.
        Assert.Contains(parsed.Findings, f => f.RuleId == "sum.total_equals_classes" && f.Severity == Severity.Error && f.Source.Line == 152);
    }

    [Fact]
    public void NonNumberInNumericCell_IsAWarningNamingTheLine()
    {
        var lines = Sample(SampleReports.Seed000).Split('\n');
        lines[122] = lines[122].Replace("116.18\t116.18", "116.1八\t116.18", StringComparison.Ordinal); // line 123 of 收入决算表
        var parsed = Parser.Parse("typo.txt", Encoding.UTF8.GetBytes(string.Join('\n', lines)), TestContext.Current.CancellationToken);
        var finding = Assert.Single(parsed.Findings, f => f.RuleId == "cell.not_a_number");
        Assert.Equal(123, finding.Source.Line);
        Assert.Equal("final_income", finding.TableId);
        Assert.Equal("typo.txt:123", finding.Source.ToString());
    }

    [Fact]
    public void SameTableTwice_IsAWarningAndBothAreKept()
    {
        var lines = Sample(SampleReports.Seed000).Split('\n').ToList();
        lines.InsertRange(138, lines.Skip(106).Take(32)); // 收入决算表 (lines 107–138) printed again
        var parsed = Parser.Parse("twice.txt", Encoding.UTF8.GetBytes(string.Join('\n', lines)), TestContext.Current.CancellationToken);
        var duplicate = Assert.Single(parsed.Findings, f => f.RuleId == "table.duplicate");
        Assert.Equal(139, duplicate.Source.Line);
        Assert.Equal(2, parsed.Report.Tables.Count(t => t.CatalogId == "final_income"));
    }
}
