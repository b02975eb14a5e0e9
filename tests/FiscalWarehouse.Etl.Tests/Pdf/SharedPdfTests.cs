using System.Globalization;
using FiscalWarehouse.Model.Documents;

namespace FiscalWarehouse.Etl.Tests.Pdf;

/// <summary>
/// The real 上海市普陀区司法局 2026 单位预算 (21 landscape pages exported by WPS 表格, amounts in 元, codes in
/// 类/款/项 columns). It is not committed: read from ../shared/samples-pdf/ and skipped with the reason when absent.
/// Every expected cell below was read off the page images (pdftoppm -png) and pdftotext -layout by hand.
/// </summary>
public sealed class SharedPdfTests
{
    private static SourceDocument Document => PdfTestFiles.ReadShared();

    private static string Join(SourceLine line) => string.Join("|", line.Cells);

    private static decimal Amount(string printed) => decimal.Parse(printed.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture);

    [Fact]
    public void Read_TableOfContents_ListsTheNineTablesAndEachHasItsTitleHeaderAndUnitInTheBody()
    {
        var contents = Document.Lines.Where(l => l.Page == 2).Select(l => l.Text).ToList();
        var titles = contents.Where(t => t.Length > 2 && char.IsAsciiDigit(t[0])).Select(t => t[2..].Trim()).ToList();

        Assert.Equal(9, titles.Count);
        foreach (var title in titles)
        {
            var body = Document.Lines.SingleOrDefault(l => l.Page > 2 && l.Cells.Count == 1 && l.Cells[0] == title);
            Assert.True(body is not null, $"no body title line for {title}");
            var next = Document.Lines.Skip(body.Number).Take(3).ToList();
            Assert.Contains(next, l => l.Text.StartsWith("编制单位：上海市普陀区司法局", StringComparison.Ordinal));
            Assert.Contains(next, l => l.Text is "单位：元" or "单位:万元");
            Assert.True(next[2].Cells.Count >= 6, $"{title}: the header follows the unit line");
        }
    }

    [Fact]
    public void Read_IncomeExpenditureSummary_KeepsTheFourLineMergedHeader()
    {
        var title = PdfTestFiles.LineOf(Document, "2026年预算单位财务收支预算总表");

        Assert.Equal(
        [
            "本年收入||本年支出||||",
            "项目|预算数|项目|预算数|||",
            "|||合计|基本支出||项目支出",
            "||||人员经费|公用经费|",
        ], Document.Lines.Skip(title + 2).Take(4).Select(Join));
    }

    public static TheoryData<string, string, string> HandCheckedRows => new()
    {
        // 财务收支预算总表, page 8: income and expenditure side by side.
        { "2026年预算单位财务收支预算总表", "一、财政拨款收入", "一、财政拨款收入|86,959,408.34|一、公共安全支出|79,189,400.34|12,604,173|1,744,680|64,840,547" },
        { "2026年预算单位财务收支预算总表", "四、其他收入", "四、其他收入|0.00|||||" },
        { "2026年预算单位财务收支预算总表", "收入总计", "收入总计|86,959,408.34|支出总计|86,959,408.34|20,374,181|1,744,680|64,840,547" },
        // 收入预算总表, pages 9–10.
        { "2026年预算单位收入预算总表", "204|06|01", "204|06|01|行政运行|14,348,853.34|14,348,853.34|0.00|0.00|0.00" },
        { "2026年预算单位收入预算总表", "208|05|05", "208|05|05|机关事业单位基本养老保险缴费支出|1,572,307.00|1,572,307.00|0.00|0.00|0.00" },
        { "2026年预算单位收入预算总表", "合计", "合计||||86,959,408.34|86,959,408.34|0.00|0.00|0.00" },
        // 支出预算总表, pages 11–12.
        { "2026年预算单位支出预算总表", "204|06|01", "204|06|01|行政运行|14,348,853.34|14,348,853.34|64,840,547.00" },
        { "2026年预算单位支出预算总表", "204|06|99", "204|06|99|其他司法支出|38,454,900.00|0.00|38,454,900.00" },
        { "2026年预算单位支出预算总表", "221|02|03", "221|02|03|购房补贴|2,070,000.00|2,070,000.00|0" },
        { "2026年预算单位支出预算总表", "合计", "合计||||86,959,408.34|22,118,861|64,840,547.00" },
        // 财政拨款收支预算总表, page 13.
        { "2026年预算单位财政拨款收支预算总表", "一、一般公共预算", "一、一般公共预算|86,959,408.34|一、公共安全支出|79,189,400.34|79,189,400.34|0.00|0.00" },
        { "2026年预算单位财政拨款收支预算总表", "||四、住房保障支出", "||四、住房保障支出|3,861,459.00|3,861,459.00|0.00|0.00" },
        // 一般公共预算支出功能分类预算表, pages 14–15 (the header repeats on page 15).
        { "2026年预算单位一般公共预算支出功能分类预算表", "210|11|01", "210|11|01|行政单位医疗|982,692.00|982,692.00|0.00" },
        { "2026年预算单位一般公共预算支出功能分类预算表", "合计", "合计||||86,959,408.34|22,118,861|64,840,547.00" },
        // 基本支出部门预算经济分类预算表, pages 18–19 (codes in 类/款 columns).
        { "2026年预算单位一般公共预算基本支出部门预算经济分类预算表", "301|01", "301|01|基本工资|2,486,040.00|2,486,040.00|0.00" },
        { "2026年预算单位一般公共预算基本支出部门预算经济分类预算表", "302|28", "302|28|工会经费|227,810.34|0.00|227,810.34" },
        { "2026年预算单位一般公共预算基本支出部门预算经济分类预算表", "302|31", "302|31|公务用车运行维护费|99,750.00|0.00|99,750.00" },
        { "2026年预算单位一般公共预算基本支出部门预算经济分类预算表", "合计", "合计|||22,118,861.34|20,272,981.00|1,845,880.34" },
        // “三公”经费和机关运行经费预算表, page 20, in 万元.
        { "2026年单位“三公”经费和机关运行经费预算表", "10.71", "10.71|0.00|0.73|9.98|0.00|9.98|184.59" },
    };

    [Theory]
    [MemberData(nameof(HandCheckedRows))]
    public void Read_HandCheckedRow_HasEveryCellAsPrinted(string table, string rowStart, string expected)
    {
        var title = PdfTestFiles.LineOf(Document, table);

        var row = PdfTestFiles.Row(Document, title, rowStart.Split('|'));

        Assert.Equal(expected, Join(row));
    }

    [Fact]
    public void Read_EmptyFundTables_KeepTheirMarkerAndNote()
    {
        foreach (var (title, note) in new[]
        {
            ("2026年预算单位政府性基金预算支出功能分类预算表", "注:本单位2026年无政府性基金预算财政拨款安排的预算，故本表为空表。"),
            ("2026年预算单位国有资本经营预算支出功能分类预算表", "注:本单位2026年无国有资本经营预算财政拨款安排的预算，故本表为空表。"),
        })
        {
            var at = PdfTestFiles.LineOf(Document, title);
            var lines = Document.Lines.Skip(at + 5).Take(3).Select(Join).ToList();
            Assert.Equal(["无||||||", "合计||||||", note], lines);
        }
    }

    [Fact]
    public void Read_Narrative_JoinsWrappedLinesAndKeepsTheFirstLinesPosition()
    {
        var line = Document.Lines.Single(l => l.Text.StartsWith("1、公共安全支出（204类）司法（06款）行政运行（01项）", StringComparison.Ordinal));

        Assert.Equal(6, line.Page);
        Assert.Equal(6, line.LineOnPage);
        Assert.EndsWith("2025年当年预算执行数为1690.69万元，2026年预算安排1434.89万元，比2025年预算执行数减少1.10%。主要原因是：支出减少。", line.Text, StringComparison.Ordinal);
    }

    // The document's own inconsistencies, read from the cells so that the reader's output carries them intact.
    // They are the document's errors, not the reader's: each is visible on the printed page.

    [Fact]
    public void Pinned_AdministrationRow_CopiesItsParentsProjectAmount()
    {
        // 支出预算总表 and 一般公共预算支出功能分类预算表, 2040601 行政运行: 合计 = 基本支出 = 14,348,853.34, yet 项目支出
        // prints 64,840,547.00, the 款 20406's project total. 基本 + 项目 exceeds 合计 by exactly that amount, and the
        // 项 rows' project column sums to twice the 款's.
        foreach (var table in new[] { "2026年预算单位支出预算总表", "2026年预算单位一般公共预算支出功能分类预算表" })
        {
            var title = PdfTestFiles.LineOf(Document, table);
            var row = PdfTestFiles.Row(Document, title, "204", "06", "01").Cells;
            Assert.Equal(Amount(row[4]) + 64_840_547.00m, Amount(row[5]) + Amount(row[6]));

            var items = Document.Lines.Where(l => l.Number > title && l.Number < title + 40 && l.Cells.Count == 7
                && l.Cells[0] == "204" && l.Cells[1] == "06" && l.Cells[2].Length == 2).Take(6).ToList();
            Assert.Equal(6, items.Count);
            Assert.Equal(129_681_094.00m, items.Sum(l => Amount(l.Cells[6])));
        }
    }

    [Fact]
    public void Pinned_BasicTotal_IsPrintedWithoutItsFractionalYuan()
    {
        // 支出预算总表 合计 基本支出 prints 22,118,861 while its 类 rows sum to 22,118,861.34 (and the 经济分类 table
        // prints 22,118,861.34): the cell was formatted without decimals, losing 0.34 元.
        var title = PdfTestFiles.LineOf(Document, "2026年预算单位支出预算总表");
        var classes = Document.Lines.Where(l => l.Number > title && l.Cells.Count == 7 && l.Cells[0].Length == 3 && l.Cells[1].Length == 0)
            .Take(4).Sum(l => Amount(l.Cells[5]));
        var total = PdfTestFiles.Row(Document, title, "合计").Cells;

        Assert.Equal(22_118_861.34m, classes);
        Assert.Equal("22,118,861", total[5]);
    }

    [Fact]
    public void Pinned_PersonnelAndOperatingSplit_DisagreesWithTheEconomicTable()
    {
        // 财务收支预算总表 splits 基本支出 into 人员经费 20,374,181 + 公用经费 1,744,680; the 经济分类 table (and 机关运行
        // 经费 184.59 万元) give 20,272,981.00 + 1,845,880.34. The totals agree to 0.34 元, the split moves 101,200 元.
        var summary = PdfTestFiles.Row(Document, PdfTestFiles.LineOf(Document, "2026年预算单位财务收支预算总表"), "收入总计").Cells;
        var economic = PdfTestFiles.Row(Document, PdfTestFiles.LineOf(Document, "基本支出部门预算经济分类预算表"), "合计").Cells;

        Assert.Equal(101_200m, Amount(summary[4]) - Amount(economic[4]));
        Assert.Equal(-101_200.34m, Amount(summary[5]) - Amount(economic[5]));
        Assert.Equal(Amount(economic[3]) - 0.34m, Amount(summary[4]) + Amount(summary[5]));
    }

    [Fact]
    public void Pinned_NarrativeItems_ContradictTheirOwnFigures()
    {
        // 编制说明 item 1: 1690.69 → 1434.89 is −15.13%, printed 减少1.10%.
        // Item 7: 行政单位离退休 56.12万元 (table 561,240.00) but 2026年预算安排57.8万元.
        // Item 13: 购房补贴 207万元 (table 2,070,000.00) but 预算安排170.03万元 and 增加21.74% against 241.76 (a fall).
        var text = string.Join("\n", Document.Lines.Where(l => l.Page is 6 or 7).Select(l => l.Text));

        Assert.Contains("执行数为1690.69万元，2026年预算安排1434.89万元，比2025年预算执行数减少1.10%", text, StringComparison.Ordinal);
        Assert.Equal(-15.13m, Math.Round((1434.89m - 1690.69m) / 1690.69m * 100, 2));
        Assert.Contains("行政单位离退休（01项）56.12万元", text, StringComparison.Ordinal);
        Assert.Contains("2026年预算安排57.8万元", text, StringComparison.Ordinal);
        Assert.Contains("购房补贴（03项）207万元", text, StringComparison.Ordinal);
        Assert.Contains("2026年预算安排170.03万元，比2025年预算执行数增加21.74%", text, StringComparison.Ordinal);
    }
}
