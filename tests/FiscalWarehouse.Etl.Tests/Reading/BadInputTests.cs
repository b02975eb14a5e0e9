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
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n");
        var e = Assert.Throws<DocumentReadException>(() => new FiscalWarehouse.Etl.Reading.TextDocumentReader().Read("bad.txt", pdf, TestContext.Current.CancellationToken));
        Assert.Equal(1, e.Line);
        Assert.Contains("PDF", e.Message, StringComparison.Ordinal);
        // Through the parser the PDF reader is tried first (by its magic bytes); a broken PDF is still a clear rejection.
        Assert.Equal("bad.txt", Rejected(pdf).File);
    }

    [Fact]
    public void UnknownEncoding_IsRejectedAtTheFirstBadLine()
    {
        var e = Rejected([.. Encoding.UTF8.GetBytes("收入决算表\n合计\t1.00\n"), 0xFF, 0xFE, 0xFD, 0x80, (byte)'\n']);
        Assert.Equal(3, e.Line);
        Assert.Contains("encoding", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Gb18030FileWithBadBytes_IsRejectedAtTheLineHoldingThem()
    {
        // Seed 000 saved as GB18030 (its line 3 is the first with Chinese, where UTF-8 already fails), then 0xFF 0xFE
        // injected after the first two characters of line 10 ("二、机构设置情况…"): 0xFF is no GB18030 lead byte.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var lines = Sample(SampleReports.Seed000).Split('\n');
        var gb = Encoding.GetEncoding("GB18030");
        var before = gb.GetBytes(string.Join('\n', lines.Take(9)) + "\n");
        var bad = gb.GetBytes(lines[9][..Math.Min(2, lines[9].Length)]);
        var after = gb.GetBytes(lines[9][Math.Min(2, lines[9].Length)..] + "\n" + string.Join('\n', lines.Skip(10)));
        var e = Rejected([.. before, .. bad, 0xFF, 0xFE, .. after]);
        Assert.Equal(10, e.Line);
        Assert.Contains("GB18030", e.Message, StringComparison.Ordinal);
        Assert.Contains("bad.txt:10", e.Message, StringComparison.Ordinal);

        // The same bytes in a UTF-8 file name the same line as a UTF-8 problem.
        var utf8 = Rejected([.. Encoding.UTF8.GetBytes(string.Join('\n', lines.Take(9)) + "\n" + lines[9][..2]), 0xFF, 0xFE,
            .. Encoding.UTF8.GetBytes(lines[9][2..] + "\n" + string.Join('\n', lines.Skip(10)))]);
        Assert.Equal(10, utf8.Line);
        Assert.Contains("encoding", utf8.Message, StringComparison.Ordinal);
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
