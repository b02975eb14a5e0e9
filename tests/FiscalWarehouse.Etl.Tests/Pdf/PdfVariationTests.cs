using FiscalWarehouse.Etl.Reading.Pdf;
using FiscalWarehouse.Model.Documents;

namespace FiscalWarehouse.Etl.Tests.Pdf;

/// <summary>
/// Fixtures/variations.pdf (landscape A4, printed by Chromium from variations.html, see make-pdf-fixtures.py) holds the
/// layouts real PDFs use and the seeds do not: merged three-row headers, 类/款/项 code columns, 元 with thousands
/// separators, a table continued on the next page under a repeated header, an empty table, a table of contents.
/// </summary>
public sealed class PdfVariationTests
{
    private static SourceDocument Document => PdfTestFiles.Read(PdfTestFiles.Fixture("variations.pdf"));

    private static string[] Cells(int number) => [.. Document.Lines[number - 1].Cells];

    [Fact]
    public void Read_TableOfContents_GivesOneTitlePerLine()
    {
        var toc = Document.Lines.Where(l => l.Page == 1).Select(l => string.Join("|", l.Cells)).ToList();

        Assert.Equal(
        [
            "测试县司法局2025年部门预算", "目 录", "一、部门主要职能", "二、部门预算表",
            "1. 2025年部门“三公”经费预算表", "2. 2025年部门一般公共预算支出功能分类预算表", "3. 2025年部门政府性基金预算支出功能分类预算表",
        ], toc);
    }

    [Fact]
    public void Read_WrappedParagraph_IsOneLineAtItsFirstLinesPosition()
    {
        var page = Document.Lines.Where(l => l.Page == 2).ToList();

        Assert.Equal(4, page.Count);
        Assert.Equal("部门主要职能", page[0].Text);
        // The paragraph (the same sentence twice, wrapped over four lines) comes back whole: nothing dropped or
        // doubled at the wraps, no space inserted between CJK characters.
        const string sentence = "测试县司法局是主管本县司法行政工作的政府工作部门，负责推进本县法治政府建设，指导、监督各部门依法行政，"
            + "承担行政复议、行政应诉、普法宣传、人民调解、社区矫正、法律援助和公共法律服务体系建设等工作，"
            + "统筹法律服务资源，提供基本公共法律服务，并完成县委、县政府交办的其他任务。";
        Assert.Equal(sentence + sentence, page[1].Text);
        Assert.Equal(2, page[1].LineOnPage);
        Assert.Single(page[1].Cells);
        Assert.Equal("（一）贯彻执行国家和省有关司法行政工作的法律、法规和方针政策。", page[2].Text);
        Assert.Equal("（二）承担全面依法治县委员会办公室日常工作。", page[3].Text);
    }

    [Fact]
    public void Read_ThreeRowMergedHeader_PutsEachMergedCellAtItsTopLeft()
    {
        var title = PdfTestFiles.LineOf(Document, "“三公”经费预算表");
        var lines = Document.Lines.Skip(title).Take(6).Select(l => string.Join("|", l.Cells)).ToList();

        Assert.Equal(
        [
            "单位：元",
            "编制单位：测试县司法局",
            "预算数||||||机关运行经费",
            "合计|因公出国（境）费|公务用车购置及运行费|||公务接待费|",
            "||小计|购置费|运行费||",
            "107,100.00|0.00|99,750.00|0.00|99,750.00|7,350.00|1,845,900.00",
        ], lines.Take(2).Order(StringComparer.Ordinal).Concat(lines.Skip(2)).ToList());
    }

    [Fact]
    public void Read_CodesInLeiKuanXiangColumns_StaySeparateCellsUnderTheirHeader()
    {
        var title = PdfTestFiles.LineOf(Document, "一般公共预算支出功能分类预算表");
        var header = Document.Lines.Skip(title + 2).Take(3).Select(l => string.Join("|", l.Cells)).ToList();

        Assert.Equal(["项目||||一般公共预算支出||", "功能分类科目编码|||功能分类科目名称|合计|基本支出|项目支出", "类|款|项||||"], header);
        Assert.Equal(["201", "06", "01", "测试支出项目01", "155,345.01", "104,338.01", "51,007.00"], PdfTestFiles.Row(Document, title, "201").Cells);
        Assert.Equal(["合计", "", "", "", "127,369,648.20", "85,543,908.20", "41,825,740.00"], PdfTestFiles.Row(Document, title, "合计").Cells);
    }

    [Fact]
    public void Read_TableContinuedOnNextPage_RepeatsTheHeaderLinesOnThatPage()
    {
        var headers = Document.Lines.Where(l => l.Cells.Count == 7 && l.Cells[0] == "功能分类科目编码").ToList();
        var continued = headers[1];

        Assert.Equal(headers[0].Page + 1, continued.Page);
        Assert.Equal(2, continued.LineOnPage);
        var firstRow = Document.Lines[continued.Number + 1];
        Assert.Equal(continued.Page, firstRow.Page);
        Assert.Equal("06", firstRow.Cells[1]);
        // Every code row 201..240 is read exactly once across the two pages.
        var codes = Document.Lines.Where(l => l.Cells.Count == 7 && l.Cells[1] == "06").Select(l => l.Cells[0]).ToList();
        Assert.Equal(Enumerable.Range(201, 40).Select(c => c.ToString(System.Globalization.CultureInfo.InvariantCulture)), codes);
    }

    [Fact]
    public void Read_EmptyTable_KeepsTheMarkerRowAndTheNote()
    {
        var title = PdfTestFiles.LineOf(Document, "政府性基金预算支出功能分类预算表");
        var lines = Document.Lines.Skip(title + 2).Select(l => string.Join("|", l.Cells)).ToList();

        Assert.Equal(
        [
            "功能分类科目编码|||功能分类科目名称|合计|基本支出|项目支出",
            "类|款|项||||",
            "无||||||",
            "合计||||||",
            "注：本单位2025年无政府性基金预算财政拨款安排的预算，故本表为空表。",
        ], lines);
    }

    [Fact]
    public void Read_ScannedPdfWithoutText_IsRejectedAsNeedingOcr()
    {
        PdfTestFiles.RequirePoppler();
        var bytes = File.ReadAllBytes(PdfTestFiles.Fixture("scanned.pdf"));

        var error = Assert.Throws<DocumentReadException>(() => new PdfDocumentReader().Read("scan.pdf", bytes, TestContext.Current.CancellationToken));

        Assert.Equal("no text layer: OCR is not supported", error.Reason);
        Assert.Equal("scan.pdf", error.File);
    }

    [Fact]
    public void Read_TruncatedPdf_IsRejectedNamingTheFile()
    {
        PdfTestFiles.RequirePoppler();
        var bytes = File.ReadAllBytes(PdfTestFiles.Fixture("variations.pdf"))[..2000];

        var error = Assert.Throws<DocumentReadException>(() => new PdfDocumentReader().Read("cut.pdf", bytes, TestContext.Current.CancellationToken));

        Assert.Equal("cut.pdf", error.File);
        Assert.Contains("PDF", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("%PDF-1.7\n", true)]
    [InlineData("\r\n%PDF-1.4", true)]
    [InlineData("PK\u0003\u0004", false)]
    [InlineData("2023年预算收支总表\t", false)]
    public void CanRead_DecidesOnMagicBytesNotOnTheName(string head, bool expected)
    {
        Assert.Equal(expected, new PdfDocumentReader().CanRead("report.txt", System.Text.Encoding.UTF8.GetBytes(head)));
    }
}
