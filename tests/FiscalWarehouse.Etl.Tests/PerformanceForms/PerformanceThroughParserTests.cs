using FiscalWarehouse.Etl.Tests.Narrative;
using FiscalWarehouse.Model.Reports;
using FiscalWarehouse.Model.Tables;
using M = FiscalWarehouse.Model.Tables.Meanings.Measure;

namespace FiscalWarehouse.Etl.Tests.Performance;

/// <summary>The performance forms and narrative figures as the real parser (recognition + these readers) produces them.</summary>
public sealed class PerformanceThroughParserTests
{
    [Fact]
    public void Parse_Seed004_TargetFormsAddUpToTheProjectTable()
    {
        // fiscal-reports.md §3.3: the 21 绩效目标表 of seed 004 sum to 71,672,492 元 = 7,167.25 万元 (项目支出预算表, line 436).
        var report = new ReportParser().Parse(SampleText.PathOf(4), TestContext.Current.CancellationToken).Report;
        var forms = report.Tables.Where(t => t.CatalogId == "perf_target").ToList();
        Assert.Equal(21, forms.Count);
        Assert.All(forms, f => Assert.Equal(AmountUnit.Yuan, f.Unit));
        var annual = forms.Sum(f =>
        {
            var total = f.Rows.First(r => r.Kind == RowKind.Total);
            return total.Cells.Single(c => f.Columns[c.ColumnIndex].Meaning.Measure == M.InitialBudget).Value.Number!.Value;
        });
        Assert.Equal(71_672_492m, annual);
    }

    [Fact]
    public void Parse_Seed001_NineteenSelfEvaluationForms()
    {
        var report = new ReportParser().Parse(SampleText.PathOf(1), TestContext.Current.CancellationToken).Report;
        var forms = report.Tables.Where(t => t.CatalogId == "perf_self_evaluation").ToList();
        Assert.Equal(19, forms.Count);
        var coal = Assert.Single(forms, f => f.Subject == "“以电代煤”设备补贴");
        var total = coal.Rows.Single(r => r.Label == "资金总额");
        Assert.Equal(649.625m, total.Cells.Single(c => coal.Columns[c.ColumnIndex].Meaning.Measure == M.FinalAccount).Value.Number);
    }

    [Fact]
    public void Parse_Seed003_NarrativeAndDepartmentForm()
    {
        var report = new ReportParser().Parse(SampleText.PathOf(3), TestContext.Current.CancellationToken).Report;
        var department = Assert.Single(report.Tables, t => t.CatalogId == "perf_department_self_evaluation");
        Assert.Equal("平顶山市工业和信息化局", department.Subject);
        // seed 003, line 506 through the parser's own table lines
        var rate = Assert.Single(report.Narrative, f => f.Topic == NarrativeTopics.GeneralBudgetExpenditure && f.Measure == M.ExecutionRate && f.Subject is null);
        Assert.Equal(253.33m, rate.Value);
        Assert.Equal(506, rate.Source.Line);
        Assert.DoesNotContain(report.Narrative, f => f.Source.Line >= 702 && f.Source.Line <= 806 && f.Unit != AmountUnit.Score);
    }
}
