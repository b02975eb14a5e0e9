using FiscalWarehouse.Etl.Tests.Samples;
using FiscalWarehouse.Etl.Validation;
using FiscalWarehouse.Model.Documents;
using FiscalWarehouse.Model.Findings;
using FiscalWarehouse.Model.Reports;
using FiscalWarehouse.Model.Tables;
using static FiscalWarehouse.Model.Tables.Meanings;

namespace FiscalWarehouse.Etl.Tests.Validation;

/// <summary>
/// The narrative and rate rules, fed with the figures the narrative extractor returns for the published sentences of
/// fiscal-reports.md §3.4 (the real inconsistencies the documents contain).
/// </summary>
public sealed class NarrativeRuleTests
{
    private static readonly ReportValidator Validator = new(RuleSet.Default);

    private static NarrativeFigure Figure(Report report, string topic, string measure, decimal? value, string printed, int line, AmountUnit unit = AmountUnit.TenThousandYuan, string? subject = null) =>
        new(topic, measure, subject, value, unit, printed, "sentence", new SourceRef(report.Document.FileName, line));

    private static List<Finding> Validate(Report report, params NarrativeFigure[] figures) =>
        Validator.Validate(report with { Narrative = figures }).Where(f => f.RuleId.StartsWith("narrative.", StringComparison.Ordinal)).ToList();

    [Fact]
    public void PersonnelCostStatedAs149720_DoesNotMatchTheTable149721()
    {
        var report = SampleReports.Parse(SampleReports.Seed003).Report; // 003 line 548 vs the 06 footer, line 415
        var finding = Assert.Single(Validate(report, Figure(report, NarrativeTopics.PersonnelCost, Measure.FinalAccount, 1497.20m, "1,497.20", 548)));
        Assert.Equal("narrative.amount_vs_table", finding.RuleId);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(548, finding.Source.Line);
        Assert.Equal(1497.21m, finding.Expected);
        Assert.Equal(1497.20m, finding.Printed);
    }

    [Fact]
    public void MatchingNarrativeAmounts_GiveNoFinding()
    {
        var report = SampleReports.Parse(SampleReports.Seed000).Report;
        Assert.Empty(Validate(report,
            Figure(report, NarrativeTopics.TotalIncome, Measure.FinalAccount, 218.23m, "218.23", 394),
            Figure(report, NarrativeTopics.BasicExpenditure, Measure.FinalAccount, 184.25m, "184.25", 409),
            Figure(report, NarrativeTopics.GeneralBudgetExpenditureBySubject, Measure.FinalAccount, 195.17m, "195.17", 439, subject: "一般公共服务支出") with { SubjectCode = "201" }));
    }

    [Fact]
    public void GrowthRate171_IsOffBecause368Over21455Is172()
    {
        var report = SampleReports.Parse(SampleReports.Seed000).Report; // line 394 says 1.71%, line 423 says 1.72% for the same change
        var findings = Validate(report,
            Figure(report, NarrativeTopics.TotalIncome, Measure.FinalAccount, 218.23m, "218.23", 394),
            Figure(report, NarrativeTopics.TotalIncome, Measure.Change, 3.68m, "3.68", 394),
            Figure(report, NarrativeTopics.TotalIncome, Measure.ChangeRate, 1.71m, "1.71%", 394, AmountUnit.Percent),
            Figure(report, NarrativeTopics.TotalExpenditure, Measure.FinalAccount, 218.23m, "218.23", 423),
            Figure(report, NarrativeTopics.TotalExpenditure, Measure.Change, 3.68m, "3.68", 423),
            Figure(report, NarrativeTopics.TotalExpenditure, Measure.ChangeRate, 1.72m, "1.72%", 423, AmountUnit.Percent));
        var finding = Assert.Single(findings);
        Assert.Equal("narrative.change_rate", finding.RuleId);
        Assert.Equal(394, finding.Source.Line);
        Assert.Equal(1.72m, finding.Expected);
        Assert.Equal(1.71m, finding.Printed);
    }

    [Fact]
    public void ChangeOf61_IsNot19517Minus18268()
    {
        var report = SampleReports.Parse(SampleReports.Seed000).Report; // line 439: 195.17 vs 182.68, "增加6.1万元元，增长率3.4%"
        var findings = Validate(report,
            Figure(report, NarrativeTopics.GeneralBudgetExpenditureBySubject, Measure.FinalAccount, 195.17m, "195.17", 439, subject: "一般公共服务支出"),
            Figure(report, NarrativeTopics.GeneralBudgetExpenditureBySubject, Measure.PriorYear, 182.68m, "182.68", 439, subject: "一般公共服务支出"),
            Figure(report, NarrativeTopics.GeneralBudgetExpenditureBySubject, Measure.Change, 6.1m, "6.1", 439, subject: "一般公共服务支出"),
            Figure(report, NarrativeTopics.GeneralBudgetExpenditureBySubject, Measure.ChangeRate, 3.4m, "3.4%", 439, AmountUnit.Percent, "一般公共服务支出"));
        var change = Assert.Single(findings, f => f.RuleId == "narrative.change_amount");
        Assert.Equal(12.49m, change.Expected);
        Assert.Equal(Severity.Warning, change.Severity);
        Assert.Single(findings, f => f.RuleId == "narrative.change_rate"); // 6.1 ÷ 182.68 = 3.34% → 3.3, printed 3.4
    }

    [Fact]
    public void ExecutionRate10991_IsRecomputedFromTheSentence()
    {
        var report = SampleReports.Parse(SampleReports.Seed000).Report; // line 437: 218.23 / 198.55 = 109.91%
        NarrativeFigure[] Sentence(decimal rate) =>
        [
            Figure(report, NarrativeTopics.GeneralBudgetExpenditure, Measure.InitialBudget, 198.55m, "198.55", 437),
            Figure(report, NarrativeTopics.GeneralBudgetExpenditure, Measure.FinalAccount, 218.23m, "218.23", 437),
            Figure(report, NarrativeTopics.GeneralBudgetExpenditure, Measure.ExecutionRate, rate, $"{rate}%", 437, AmountUnit.Percent),
        ];
        Assert.DoesNotContain(Validate(report, Sentence(109.91m)), f => f.RuleId == "narrative.execution_rate");
        Assert.Single(Validate(report, Sentence(109.19m)), f => f.RuleId == "narrative.execution_rate");
    }

    [Fact]
    public void ExecutionRateColumn_IsRecomputedFromItsParts()
    {
        // 001 line 1349: 0.73 / 0.84 recomputes to 86.90 but the form prints 86.86 (its real 执行数 has more digits).
        var source = new SourceRef("perf.txt", 1349);
        ColumnMeaning M(string measure) => new(measure);
        var table = new ReportTable("perf_self_evaluation", "自评表", null, AmountUnit.TenThousandYuan,
            [new(["全年预算数"], M(Measure.AdjustedBudget)), new(["全年执行数"], M(Measure.FinalAccount)), new(["执行率"], M(Measure.ExecutionRate))],
            [new TableRow(null, "资金总额", SubjectLevel.None, 0, RowKind.Detail,
                [new(0, new CellValue("0.84", CellValueKind.Number, 0.84m), source), new(1, new CellValue("0.73", CellValueKind.Number, 0.73m), source),
                 new(2, new CellValue("86.86", CellValueKind.Number, 86.86m), source)], source)],
            false, source, 1349);
        var report = SampleReports.Parse(SampleReports.Seed001).Report with { Tables = [table] };
        var finding = Assert.Single(Validator.Validate(report), f => f.RuleId == "rate.execution_recomputed");
        Assert.Equal(86.90m, finding.Expected);
        Assert.Equal(86.86m, finding.Printed);
    }
}
