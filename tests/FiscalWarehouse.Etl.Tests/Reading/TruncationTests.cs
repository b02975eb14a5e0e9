using System.Text;
using FiscalWarehouse.Etl.Tests.Samples;
using FiscalWarehouse.Model.Findings;

namespace FiscalWarehouse.Etl.Tests.Reading;

/// <summary>
/// A file cut off inside a table (issue 5, bad input): a <c>table.truncated</c> warning names the file, the table and
/// the last line, and the sums that fail because rows are missing still name their own lines. Each cut is made in a
/// sample's table, the way a download or a copy stops half-way.
/// </summary>
public sealed class TruncationTests
{
    private static readonly ReportParser Parser = new();

    private static string[] Lines(string sample) => Encoding.UTF8.GetString(SampleReports.Bytes(sample)).Split('\n');

    /// <summary>Lines 1..<paramref name="keep"/>-1 whole, then <paramref name="lastLine"/> as the file's end (no line break).</summary>
    private static ParsedReport Cut(string sample, int keep, string lastLine)
    {
        var text = string.Join('\n', Lines(sample).Take(keep - 1)) + "\n" + lastLine;
        return Parser.Parse("cut.txt", Encoding.UTF8.GetBytes(text), TestContext.Current.CancellationToken);
    }

    private static Finding Truncated(ParsedReport parsed) => Assert.Single(parsed.Findings, f => f.RuleId == "table.truncated");

    [Fact]
    public void CutMidNumber_InSeed000ExpenditureTable_NamesTheTableAndTheLastLine()
    {
        // Seed 000, line 153: "201 一般公共服务支出 195.17 161.19 33.98 …" cut inside 161.19.
        var parsed = Cut(SampleReports.Seed000, 153, "201\t一般公共服务支出\t195.17\t16");
        var f = Truncated(parsed);
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Equal("final_expenditure", f.TableId);
        Assert.Equal("cut.txt:153", f.Source.ToString());
        Assert.Contains("'支出决算表' ends mid-row at end of file: truncated?", f.Message, StringComparison.Ordinal);
        Assert.Contains("4 of 8 cells", f.Message, StringComparison.Ordinal);
        // 合计 218.23 (line 152) is printed first: with the rows after 201 cut off its 类 rows add to 195.17 only.
        var total = Assert.Single(parsed.Findings, x => x.RuleId == "sum.total_equals_classes" && x.Source.Line == 152 && x.Printed == 218.23m);
        Assert.Equal(Severity.Error, total.Severity);
        Assert.Equal(195.17m, total.Expected);
        // The tables before it are whole: 收入决算表 (lines 107–138) raises nothing.
        Assert.DoesNotContain(parsed.Findings, x => x.Severity != Severity.Info && x.Source.Line < 139);
    }

    [Fact]
    public void CutInsideTheFirstCell_IsAFragmentAfterTheRows()
    {
        // Seed 000, line 155 "2011350 事业运行 …" cut after two digits of its code: one cell, no longer a row.
        var parsed = Cut(SampleReports.Seed000, 155, "20");
        var f = Truncated(parsed);
        Assert.Equal(155, f.Source.Line);
        Assert.Equal("final_expenditure", f.TableId);
        Assert.Contains("a row's first cell with no line break after it", f.Message, StringComparison.Ordinal);
        // 合计 (line 152) keeps 201 only: 218.23 printed against 195.17, an error naming line 152. (20113 商贸事务 has
        // lost all its 项 rows; a 款 printed without 项 is legitimate, so no sum names line 154.)
        var total = Assert.Single(parsed.Findings, x => x.RuleId == "sum.total_equals_classes" && x.Printed == 218.23m);
        Assert.Equal(152, total.Source.Line);
        Assert.Equal(195.17m, total.Expected);
    }

    [Fact]
    public void NumberCutShort_WithAllCellsPresent_IsSeenByItsDecimals()
    {
        // Seed 002, line 265: "公务用车运行维护费 公务用车运行维护费 3.20 (blank) 3.20" cut inside the last 3.20: every cell
        // is there, but the 公用经费 column prints two decimals everywhere above and "3" has none.
        var parsed = Cut(SampleReports.Seed002, 265, "公务用车运行维护费\t公务用车运行维护费\t3.20\t\t3");
        var f = Truncated(parsed);
        Assert.Equal(265, f.Source.Line);
        Assert.Equal("budget_basic_by_economic", f.TableId);
        Assert.Contains("'3' has 0 decimals where its column prints 2: a number cut short", f.Message, StringComparison.Ordinal);
        // 商品和服务支出 23.80 (line 261) no longer equals its items 2.70 + 1.81 + 6.32 + 3 = 13.83.
        Assert.Contains(parsed.Findings, x => x.Severity == Severity.Error && x.Source.Line == 261 && x.Printed == 23.80m && x.Expected == 13.83m);
    }

    [Fact]
    public void CutBeforeATotalPrintedLast_StillRaisesTheFinding()
    {
        // Seed 002 三公 预算 table (lines 336–342) prints its 合计 last: cut in line 340 "①公务用车购置费", the 合计 is gone,
        // so no sum can fail; only the truncation says the table is incomplete.
        var parsed = Cut(SampleReports.Seed002, 340, "①公务用车购置费\t\t");
        var f = Truncated(parsed);
        Assert.Equal(340, f.Source.Line);
        Assert.Equal("budget_three_public", f.TableId);
        Assert.Contains("3 of 5 cells", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MarkdownRowCutBeforeItsClosingPipe_IsAnUnclosedRow()
    {
        // Seed 004, line 173 "| 2011301 | 行政运行 | 876.80 | 876.80 | |" cut inside 876.80.
        var parsed = Cut(SampleReports.Seed004, 173, "| 2011301 | 行政运行 | 876.80 | 87");
        var f = Truncated(parsed);
        Assert.Equal(173, f.Source.Line);
        Assert.Equal("budget_expenditure_total", f.TableId);
        Assert.Contains("ends mid-row", f.Message, StringComparison.Ordinal);

        // Cut in its first cell the line no longer splits into cells: still the unclosed start of a row.
        var early = Truncated(Cut(SampleReports.Seed004, 173, "| 20113"));
        Assert.Equal(173, early.Source.Line);
        Assert.Contains("the row is not closed", early.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CutAtALineBoundaryInsideATable_IsStillReported()
    {
        // Seed 000 cut after line 158 with its line break: the row is whole, but nothing follows the table.
        var text = string.Join('\n', Lines(SampleReports.Seed000).Take(158)) + "\n";
        var parsed = Parser.Parse("cut.txt", Encoding.UTF8.GetBytes(text), TestContext.Current.CancellationToken);
        var f = Truncated(parsed);
        Assert.Equal(158, f.Source.Line);
        Assert.Contains("after its row at line 158", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CutRightAfterATitleZone_NamesTheTableByItsTitle()
    {
        // Seed 002: the 三公 预算 table's title (line 329), entity (331) and unit (333) lines, then its header line 335
        // "项目 2023年预算数" cut after one character: no row yet, but the table is open.
        var parsed = Cut(SampleReports.Seed002, 335, "项");
        var f = Truncated(parsed);
        Assert.Equal(335, f.Source.Line);
        Assert.Equal("budget_three_public", f.TableId);
        Assert.Contains("ends after the title of table '2023年一般公共预算“三公”经费支出预算表' (line 329) before its rows", f.Message, StringComparison.Ordinal);
        // The tables before it are whole and agree with each other: no error anywhere.
        Assert.DoesNotContain(parsed.Findings, x => x.Severity == Severity.Error);
    }

    [Fact]
    public void TruncatedTable_IsNotComparedWithOtherTables()
    {
        // Seed 002 cut inside the 三公 table's row "公务接待费" (line 339): 经济科目 公务用车运行维护费 3.20 (line 265)
        // would "exceed" a 三公 figure that is merely missing; only the cut itself is reported.
        var parsed = Cut(SampleReports.Seed002, 339, "公务接待费	");
        var f = Truncated(parsed);
        Assert.Equal(339, f.Source.Line);
        Assert.True(parsed.Report.Tables.Single(t => t.CatalogId == "budget_three_public").IsTruncated);
        Assert.False(parsed.Report.Tables.Single(t => t.CatalogId == "budget_basic_by_economic").IsTruncated);
        Assert.DoesNotContain(parsed.Findings, x => x.RuleId == "three_public.vs_economic");
    }

    [Fact]
    public void CutInTheFirstDataRow_IsOneTruncatedTable_NotADuplicate()
    {
        // Seed 000 支出决算表 cut inside its first data row, the 合计 (line 152 "合计  218.23 184.25 33.98 …"):
        // only the header and a partial row are left.
        var parsed = Cut(SampleReports.Seed000, 152, "合计\t\t218.23\t18");
        var f = Truncated(parsed);
        Assert.Equal(152, f.Source.Line);
        Assert.Equal("final_expenditure", f.TableId);
        Assert.DoesNotContain(parsed.Findings, x => x.RuleId == "table.duplicate");
        // 218.23 ≠ 18 (基本支出 cut short, 项目支出 … cut off): the row's own sum fails, and names the cut line.
        var sum = Assert.Single(parsed.Findings, x => x.Severity != Severity.Info && x.RuleId != "table.truncated");
        Assert.Equal(("sum.basic_plus_project", 152, 18m, 218.23m), (sum.RuleId, sum.Source.Line, sum.Expected!.Value, sum.Printed!.Value));
    }

    [Theory]
    [InlineData(SampleReports.Seed000)]
    [InlineData(SampleReports.Seed001)]
    [InlineData(SampleReports.Seed002)]
    [InlineData(SampleReports.Seed003)]
    [InlineData(SampleReports.Seed004)]
    public void WholeSamples_AreNotTruncated(string sample) =>
        Assert.DoesNotContain(SampleReports.Parse(sample).Findings, f => f.RuleId == "table.truncated");
}
