using System.Text;
using FiscalWarehouse.Model.Findings;
using FiscalWarehouse.Model.Reports;
using FiscalWarehouse.Model.Tables;

namespace FiscalWarehouse.Etl.Tests.Pdf;

/// <summary>
/// End to end through <see cref="ReportParser"/>: the PDF gives the same facts as the text, and the shared PDF's
/// tables are all recognized with the document's real inconsistencies reported.
/// </summary>
public sealed class PdfFactsTests
{
    /// <summary>One fact per cell: table, row, full header path and the printed value (blank stays blank).</summary>
    internal static List<string> Facts(Report report) =>
        [.. report.Tables.SelectMany(t => t.Rows.SelectMany(r => r.Cells.Select(c =>
            $"{t.CatalogId}|{t.PrintedTitle}|{t.Unit}|{r.Code}|{r.Label}|{string.Join(" / ", t.Columns[c.ColumnIndex].HeaderPath)}|{c.Value.Printed}|{c.Value.Number}")))];

    [Fact]
    public void Parse_Seed002PrintedToPdf_GivesTheSameFactsAndFindingsAsItsText()
    {
        var excerpt = string.Join("\n", File.ReadAllLines(PdfTestFiles.Sample("shanxi-datong-materials-promotion-center-2023-unit-budget.txt")).Skip(56).Take(344));
        var parser = new ReportParser();
        var text = parser.Parse("seed-002-excerpt.txt", Encoding.UTF8.GetBytes(excerpt), TestContext.Current.CancellationToken);

        var pdf = parser.Parse(PdfTestFiles.Read(PdfTestFiles.Fixture("sample-002-tables.pdf")), TestContext.Current.CancellationToken);

        var textFacts = Facts(text.Report);
        Assert.True(textFacts.Count > 300, $"the excerpt holds the 13 tables' cells, got {textFacts.Count}");
        Assert.Equal(textFacts, Facts(pdf.Report));
        Assert.Equal(text.Report.Tables.Select(t => t.CatalogId), pdf.Report.Tables.Select(t => t.CatalogId));
        Assert.Equal(
            text.Findings.Select(f => $"{f.RuleId}|{f.TableId}|{f.RowLabel}|{f.Expected}|{f.Printed}"),
            pdf.Findings.Select(f => $"{f.RuleId}|{f.TableId}|{f.RowLabel}|{f.Expected}|{f.Printed}"));
        // seed 002, line 250: 基本支出 合计 547.65 in the 一般公共预算支出表, read from page 6 of the PDF.
        var general = pdf.Report.Tables.First(t => t.PrintedTitle.Contains("一般公共预算支出预算表", StringComparison.Ordinal));
        Assert.Equal(6, general.Source.Page);
    }

    [Fact]
    public void Parse_SharedPdf_RecognizesEveryTableOfItsContents()
    {
        var document = PdfTestFiles.ReadShared();

        var parsed = new ReportParser().Parse(document, TestContext.Current.CancellationToken);

        Assert.Equal(
        [
            "budget_income_expenditure_total", "budget_income_total", "budget_expenditure_total", "budget_fiscal_total",
            "budget_general_expenditure", "budget_gov_fund_expenditure", "budget_state_capital", "budget_basic_by_economic",
            "budget_three_public",
        ], parsed.Report.Tables.Select(t => t.CatalogId).Distinct());
        Assert.Equal(ReportPhase.Budget, parsed.Report.Phase);
        Assert.Equal(2026, parsed.Report.Year);
        Assert.All(parsed.Report.Tables.Where(t => t.CatalogId != "budget_three_public"), t => Assert.Equal(AmountUnit.Yuan, t.Unit));
        Assert.Equal(AmountUnit.TenThousandYuan, parsed.Report.Tables[^1].Unit);
        var byId = parsed.Report.Tables.ToLookup(t => t.CatalogId);
        Assert.True(byId["budget_gov_fund_expenditure"].Single().IsKnownEmpty, "the 政府性基金 table prints 无 and 本表为空");
        Assert.True(byId["budget_state_capital"].Single().IsKnownEmpty, "the 国有资本经营 table prints 无 and 本表为空");
        // Codes printed over 类/款/项 columns are joined: 204 | 06 | 01 → 2040601.
        var expenditure = byId["budget_expenditure_total"].Single();
        var administration = expenditure.Rows.Single(r => r.Code == "2040601");
        Assert.Equal("行政运行", administration.Label);
        Assert.Equal(["14,348,853.34", "14,348,853.34", "64,840,547.00"], administration.Cells.Select(c => c.Value.Printed));
        Assert.Equal("p11:9", administration.Source.LineLabel);
        var economic = byId["budget_basic_by_economic"].Single();
        Assert.Equal(227_810.34m, economic.Rows.Single(r => r.Code == "30228").Cells[0].Value.Number);
    }

    [Fact]
    public void Parse_SharedPdf_ReportsTheDocumentsOwnErrors()
    {
        var parsed = new ReportParser().Parse(PdfTestFiles.ReadShared(), TestContext.Current.CancellationToken);
        var errors = parsed.Findings.Where(f => f.Severity == Severity.Error).Select(f => $"{f.RuleId} {f.Source.LineLabel}").ToHashSet();

        // 2040601 行政运行 prints 项目支出 64,840,547.00 (its 款's figure) although 合计 = 基本支出 = 14,348,853.34:
        // the 项 rows then sum to twice the 款, and 基本 + 项目 ≠ 合计 — in both tables that repeat the row.
        Assert.Contains("sum.basic_plus_project p11:9", errors);
        Assert.Contains("sum.basic_plus_project p14:9", errors);
        Assert.Contains("sum.section_equals_items p11:8", errors);
        Assert.Contains("sum.section_equals_items p14:8", errors);
        // 合计 基本支出 printed 22,118,861 without its 0.34 元 (Σ类 = 22,118,861.34, the 经济分类 table has .34).
        Assert.Contains("sum.total_equals_classes p12:10", errors);
        Assert.Contains("sum.total_equals_classes p15:11", errors);
        // 财务收支预算总表 splits 公共安全 基本支出 into whole-yuan 人员经费 12,604,173 + 公用经费 1,744,680, 0.34 short of
        // the 14,348,853.34 printed everywhere else, so 人员 + 公用 + 项目 misses 合计 on that row and on 支出总计.
        Assert.Contains("sum.basic_plus_project p8:8", errors);
        Assert.Contains("sum.basic_plus_project p8:15", errors);
    }
}
