using System.Globalization;
using System.Text;
using CsCheck;
using FiscalWarehouse.Etl.Reading.Xlsx;
using FiscalWarehouse.Etl.Tests.Pdf;
using FiscalWarehouse.Model.Documents;

namespace FiscalWarehouse.Etl.Tests.Xlsx;

public sealed class XlsxReaderTests
{
    private const string Seed002 = "shanxi-datong-materials-promotion-center-2023-unit-budget.txt";

    private static string[] Seed002Excerpt() => [.. File.ReadAllLines(PdfTestFiles.Sample(Seed002)).Skip(56).Take(344)];

    private static SourceDocument Read(byte[] bytes) => new XlsxDocumentReader().Read("book.xlsx", bytes, TestContext.Current.CancellationToken);

    // Seed 002's tables split over two sheets at the 财政拨款收支总表 title: several tables per sheet, two sheets.
    private static byte[] Seed002Workbook()
    {
        var lines = Seed002Excerpt();
        var split = Array.FindIndex(lines, l => l.Trim() == "2023年财政拨款收支总表");
        return XlsxWorkbookWriter.Write(
            XlsxWorkbookWriter.FromTextLines("收支", lines[..split]),
            XlsxWorkbookWriter.FromTextLines("其他", lines[split..]));
    }

    [Fact]
    public void Read_Seed002AsWorkbook_GivesTheTextVersionsCellsLineByLine()
    {
        var expected = Seed002Excerpt().Select(l => PdfTestFiles.Normalize(l.Split('\t'))).Where(c => c.Length > 0).Select(c => string.Join(" | ", c));

        var document = Read(Seed002Workbook());

        Assert.Equal(SourceFormat.Xlsx, document.Format);
        Assert.Equal(expected, document.Lines.Select(l => PdfTestFiles.Normalize(l.Cells)).Where(c => c.Length > 0).Select(c => string.Join(" | ", c)));
        Assert.Equal([1, 2], document.Lines.Select(l => l.Page!.Value).Distinct());
        Assert.Equal(Enumerable.Range(1, document.Lines.Count), document.Lines.Select(l => l.Number));
    }

    [Fact]
    public void Parse_Seed002AsWorkbook_GivesTheSameFactsAsItsText()
    {
        var parser = new ReportParser();
        var text = parser.Parse("seed-002-excerpt.txt", Encoding.UTF8.GetBytes(string.Join("\n", Seed002Excerpt())), TestContext.Current.CancellationToken);

        var xlsx = parser.Parse("seed-002.xlsx", Seed002Workbook(), TestContext.Current.CancellationToken);

        Assert.Equal(PdfFactsTests.Facts(text.Report), PdfFactsTests.Facts(xlsx.Report));
        // seed 002, line 250: 一般公共预算支出表 合计 基本支出 547.65 as an exact decimal.
        var general = xlsx.Report.Tables.First(t => t.PrintedTitle.Contains("一般公共预算支出预算表", StringComparison.Ordinal));
        Assert.Equal(547.65m, general.Rows.First(r => r.Label == "合计").Cells.First(c => c.Value.Printed == "547.65").Value.Number);
    }

    [Fact]
    public void Read_MergedHeader_RepeatsTheMergedTextAcrossItsColumnsButNotInDataRowsOrTitles()
    {
        var bytes = XlsxWorkbookWriter.Write(new XlsxWorkbookWriter.SheetSpec("三公",
        [
            ["2023年“三公”经费支出决算表"],
            ["预算数", "", "", "", "", "决算数"],
            ["合计", "因公出国（境）费", "公务用车购置及运行维护费", "", "", "合计"],
            ["", "", "小计", "公务用车购置费", "公务用车运行维护费", ""],
            ["合计", "", "29.59", "0.00", "28.94", "29.60"],
        ], ["A1:F1", "A2:E2", "C3:E3", "A5:B5", "A3:A4"]));

        var lines = Read(bytes).Lines.Select(l => string.Join("|", l.Cells)).ToList();

        Assert.Equal(
        [
            "2023年“三公”经费支出决算表",
            "预算数|预算数|预算数|预算数|预算数|决算数",
            "合计|因公出国（境）费|公务用车购置及运行维护费|公务用车购置及运行维护费|公务用车购置及运行维护费|合计",
            "||小计|公务用车购置费|公务用车运行维护费|",
            "合计||29.59|0.00|28.94|29.60",
        ], lines);
        Assert.Equal(5, Read(bytes).Lines[4].LineOnPage);
    }

    [Fact]
    public void Display_TwoDecimalAmountsStoredAsDoubles_AreExactWhateverLiteralTheProducerWrote()
    {
        var grouped = XlsxNumberFormat.FromId(4, new Dictionary<int, string>());
        Gen.Long[0, 99_999_999_999_999L].Sample(cents =>
        {
            var amount = cents / 100m;
            var stored = (double)amount;
            var expected = amount.ToString("#,##0.00", CultureInfo.InvariantCulture);
            // Excel writes the shortest round-trip literal; other producers write 17 significant digits.
            Assert.Equal(expected, grouped.Display(stored.ToString("R", CultureInfo.InvariantCulture)));
            Assert.Equal(expected, grouped.Display(stored.ToString("G17", CultureInfo.InvariantCulture)));
        }, iter: 20_000);
    }

    [Theory]
    [InlineData("0.00", "5924.67", "5924.67")]
    [InlineData("#,##0.00", "5924.6700000000001", "5,924.67")]
    [InlineData("#,##0", "570000", "570,000")]
    [InlineData("0.00%", "0.95530000000000004", "95.53%")]
    [InlineData("0.0%", "1", "100.0%")]
    [InlineData("General", "0.30000000000000004", "0.3")]
    [InlineData("General", "86959408.34", "86959408.34")]
    [InlineData("#,##0.00_);[Red]\\(#,##0.00\\)", "-1.5", "-1.50")]
    [InlineData("\"¥\"#,##0.00", "1234.5", "1,234.50")]
    [InlineData("yyyy-mm-dd", "45292", "2024-01-01")]
    public void Display_NumberFormat_ShowsTheNumberAsExcelDoes(string format, string literal, string shown)
    {
        Assert.Equal(shown, XlsxNumberFormat.Parse(format).Display(literal));
    }

    [Fact]
    public void Read_ZipThatIsNotAWorkbook_IsRejectedNamingTheFile()
    {
        var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            entry.Write("<w/>");
        }

        var error = Assert.Throws<DocumentReadException>(() => new XlsxDocumentReader().Read("report.xlsx", stream.ToArray(), TestContext.Current.CancellationToken));

        Assert.Equal("report.xlsx", error.File);
        Assert.Contains("XLSX", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void CanRead_ChecksZipMagicAndWorkbookParts()
    {
        var reader = new XlsxDocumentReader();
        var workbook = XlsxWorkbookWriter.Write(new XlsxWorkbookWriter.SheetSpec("s", [["x"]], []));

        Assert.True(reader.CanRead("book.bin", workbook.AsSpan(0, Math.Min(workbook.Length, 4096))));
        Assert.False(reader.CanRead("book.xlsx", "%PDF-1.7"u8));
        Assert.False(reader.CanRead("book.xlsx", "项目\t合计"u8));
    }
}
