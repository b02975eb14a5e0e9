using FiscalWarehouse.Model.Tables;
using static FiscalWarehouse.Etl.Tests.Performance.PerformanceForms;
using M = FiscalWarehouse.Model.Tables.Meanings.Measure;

namespace FiscalWarehouse.Etl.Tests.Performance;

/// <summary>Values read by hand from the sample forms; each test cites seed and line.</summary>
public sealed class PerformanceTableReaderTests
{
    private const string SelfEvaluation = "perf_self_evaluation";

    [Fact]
    public void Read_Seed001_NineteenFormsEachWithAFundTotal()
    {
        // seed 001, lines 717–1409: 19 forms, as its narrative says (涉及二级项目19个, line 693).
        var forms = Seed001Forms();
        Assert.Equal(19, forms.Count);
        foreach (var (from, to) in forms)
        {
            var table = Read(1, from, to, SelfEvaluation);
            Assert.False(string.IsNullOrEmpty(table.Subject));
            Assert.Equal(AmountUnit.TenThousandYuan, table.Unit);
            var total = Assert.Single(table.Rows, r => r.Label == "资金总额");
            Assert.Equal(CellValueKind.Number, Measure(table, total, M.AdjustedBudget).Kind);
            Assert.Equal(CellValueKind.Number, Measure(table, total, M.FinalAccount).Kind);
            Assert.Single(table.Rows, r => r.Label == "总分");
        }
    }

    [Fact]
    public void Read_Seed001Line763_FundRowByMeaning()
    {
        var table = Read(1, 755, 794, SelfEvaluation);
        Assert.Equal("“以电代煤”设备补贴", table.Subject);
        var row = Row(table, 763);
        Assert.Equal(RowKind.Total, row.Kind);
        Assert.Equal(680m, Measure(table, row, M.DeclaredBudget).Number);
        Assert.Equal(680m, Measure(table, row, M.InitialBudget).Number);
        Assert.Equal(680m, Measure(table, row, M.AdjustedBudget).Number);
        Assert.Equal(649.625m, Measure(table, row, M.FinalAccount).Number);
        Assert.Equal(30.375m, Measure(table, row, M.Carryover).Number);
        var rate = Measure(table, row, M.ExecutionRate);
        Assert.Equal(95.53m, rate.Number);
        Assert.True(rate.IsPercent);
        Assert.Equal("95.53", rate.Printed);
        Assert.Equal(9.55m, Cell(table, row, "项目资金预算安排及执行进度(万元)", "得分").Number);
    }

    [Fact]
    public void Read_Seed001Line776_TotalScoreAndGrade()
    {
        var table = Read(1, 755, 794, SelfEvaluation);
        var total = Assert.Single(table.Rows, r => r.Label == "总分");
        Assert.Equal(776, total.Source.Line);
        Assert.Equal(99.55m, Measure(table, total, M.Score).Number);
        Assert.Equal("优", Cell(table, total, "总分", "等级").Printed);
    }

    [Fact]
    public void Read_Seed001IndicatorRow_AnchoredOnScores()
    {
        // seed 001, line 771: 成本指标 补助资金总成本 479.975 | 2479.9万元 | 49.6246767 | 10 | 10
        var table = Read(1, 755, 794, SelfEvaluation);
        var row = Row(table, 771);
        Assert.Equal("产出指标 / 成本指标 / 补助资金总成本", row.Label);
        Assert.Equal(49.6246767m, Cell(table, row, "绩效指标", "实际完成值").Number);
        Assert.Equal("2479.9万元", Cell(table, row, "绩效指标", "调整后指标值").Printed);
        Assert.Equal(10m, Cell(table, row, "绩效指标", "分值").Number);
        // Indicator values are in their own units: their column carries no shared measure, so nothing takes 49.62 for 万元.
        Assert.Null(table.Columns.Single(c => c.HeaderPath.SequenceEqual(["绩效指标", "实际完成值"])).Meaning.Measure);
        Assert.Equal(10m, Cell(table, row, "绩效指标", "得分").Number);
    }

    [Fact]
    public void Read_Seed001ShiftedRows_ReadByLabelAndOrder()
    {
        // seed 001, lines 803–804: 资金总额 indented, the next fund row not.
        var table = Read(1, 795, 832, SelfEvaluation);
        foreach (var line in new[] { 803, 804 })
        {
            var row = Row(table, line);
            Assert.Equal(26.01m, Measure(table, row, M.AdjustedBudget).Number);
            Assert.Equal(24.63m, Measure(table, row, M.FinalAccount).Number);
            Assert.Equal(94.69m, Measure(table, row, M.ExecutionRate).Number);
            Assert.Equal(9.47m, Measure(table, row, M.Score).Number);
        }

        // seed 001, line 1090: an extra empty cell before 得分.
        var shifted = Read(1, 1084, 1122, SelfEvaluation);
        var fund = Row(shifted, 1090);
        Assert.Equal(32.89m, Measure(shifted, fund, M.ExecutionRate).Number);
        Assert.Equal(3.29m, Measure(shifted, fund, M.Score).Number);
        Assert.Equal("良", Cell(shifted, Assert.Single(shifted.Rows, r => r.Label == "总分"), "总分", "等级").Printed);
    }

    [Fact]
    public void Read_TruncatedTitles_KeepPrintedTitleAndProjectName()
    {
        // seed 001, line 833: 拆除城联社华丽港购物广场收益补偿项目支出绩 (truncated); line 1084 carries the year.
        var truncated = Read(1, 833, 869, SelfEvaluation);
        Assert.Equal("拆除城联社华丽港购物广场收益补偿项目支出绩", truncated.PrintedTitle);
        Assert.Equal("拆除城联社华丽港购物广场收益补偿", truncated.Subject);
        var withYear = Read(1, 1084, 1122, SelfEvaluation);
        Assert.Equal("襄垣县城市信息化项目运行费用", withYear.Subject);
        Assert.Equal(1084, withYear.Source.Line);
        Assert.Equal(1122, withYear.LastLine);
    }

    [Fact]
    public void Read_Seed003DepartmentForm_ReadsBudgetExecution()
    {
        // seed 003, lines 702–770, row 712: 858.9 | 2175.87 | 2175.87 | 10 | 100% | 93.7
        var table = Read(3, 702, 771, "perf_department_self_evaluation");
        Assert.Equal("平顶山市工业和信息化局", table.Subject);
        Assert.Equal(AmountUnit.TenThousandYuan, table.Unit);
        var row = Row(table, 712);
        Assert.Equal("部门预算总额", row.Label);
        Assert.Equal(858.9m, Measure(table, row, M.InitialBudget).Number);
        Assert.Equal(2175.87m, Measure(table, row, M.AdjustedBudget).Number);
        Assert.Equal(2175.87m, Measure(table, row, M.FinalAccount).Number);
        Assert.Equal(100m, Measure(table, row, M.ExecutionRate).Number);
        Assert.Equal(10m, Measure(table, row, M.Weight).Number);
        Assert.Equal(93.7m, Measure(table, row, M.Score).Number);

        // row 713: 政府预算资金 858.9 | 2175.87 | — | — | —: the dashes are the not-applicable 分值/执行率/得分.
        var source = Row(table, 713);
        Assert.Equal(858.9m, Measure(table, source, M.InitialBudget).Number);
        Assert.Equal(CellValueKind.Blank, Measure(table, source, M.FinalAccount).Kind);
        Assert.Equal(CellValueKind.Dash, Measure(table, source, M.Score).Kind);
    }

    [Fact]
    public void Read_Seed003DepartmentIndicators_DriftingCellsAndLevelWeights()
    {
        var table = Read(3, 702, 771, "perf_department_self_evaluation");
        // seed 003, line 731: 投入管理指标 weighs 30; lines 751, 765: 25 and 35.
        Assert.Equal([30m, 25m, 35m], table.Rows.Where(r => r.Kind == RowKind.Total && r.Indent == 0 && r.Label.EndsWith("指标", StringComparison.Ordinal))
            .Select(r => r.Cells.Single().Value.Number!.Value).ToArray());
        // seed 003, line 744: shifted one cell left.
        var asset = Row(table, 744);
        Assert.Equal("投入管理指标 / 预算和财务管理 / 资产管理规范性", asset.Label);
        Assert.Equal("达到预期指标", Cell(table, asset, "绩效指标", "实际完成值").Printed);
        Assert.Equal(1m, Cell(table, asset, "绩效指标", "得分").Number);
        // seed 003, line 738: the “三公经费”控制率 413% scores 0.
        var control = Row(table, 738);
        Assert.Equal(413m, Cell(table, control, "绩效指标", "实际完成值").Number);
        Assert.Equal(0m, Cell(table, control, "绩效指标", "得分").Number);
        // seed 003, line 768: 分值及得分合计 90 | 83.7
        var total = Row(table, 768);
        Assert.Equal(90m, Measure(table, total, M.Weight).Number);
        Assert.Equal(83.7m, Measure(table, total, M.Score).Number);
    }

    [Fact]
    public void Read_Seed003ProjectForm_OtherTemplate()
    {
        // seed 003, lines 772–806: 全年预算数(A) | 全年执行数(B) | 执行率(B/Ax100%), a 资金管理情况 block, 总分 70 | 70.0
        var table = Read(3, 772, 807, SelfEvaluation);
        Assert.Equal("项目支出绩效自评表", table.PrintedTitle);
        Assert.Equal(AmountUnit.TenThousandYuan, table.Unit);
        var row = Row(table, 783);
        Assert.Equal(19.75m, Measure(table, row, M.AdjustedBudget).Number);
        Assert.Equal(19.75m, Measure(table, row, M.FinalAccount).Number);
        Assert.Equal("100.0%", Measure(table, row, M.ExecutionRate).Printed);
        var management = Row(table, 788);
        Assert.Equal("安排科学性", management.Label);
        Assert.Equal(5m, Cell(table, management, "资金管理情况", "分值(20)").Number);
        var total = Assert.Single(table.Rows, r => r.Label == "总分");
        Assert.Equal(70m, Measure(table, total, M.Weight).Number);
        Assert.Equal(70.0m, Measure(table, total, M.Score).Number);
    }

    [Fact]
    public void Read_Seed002TargetForm_AnnualFundsInYuan()
    {
        // seed 002, lines 456–486: 年度资金总额 22,100 元 = the 项目支出预算表 row J残疾人保障金 2.21 万元 (line 368).
        var table = Read(2, 456, 487, "perf_target");
        Assert.Equal("J残疾人保障金", table.Subject);
        Assert.Equal(AmountUnit.Yuan, table.Unit);
        var total = Row(table, 463);
        Assert.Equal(RowKind.Total, total.Kind);
        var annual = Measure(table, total, M.InitialBudget);
        Assert.Equal("22,100", annual.Printed);
        Assert.Equal(2.21m, annual.Number!.Value / 10_000m);
        Assert.Equal(88400m, Measure(table, total, M.ImplementationPeriodBudget).Number);
        Assert.Equal(22100m, Measure(table, Row(table, 466), M.InitialBudget).Number);
        Assert.Equal(CellValueKind.Blank, Measure(table, Row(table, 468), M.InitialBudget).Kind);
        Assert.Equal("效益指标 / 社会效益指标 / 支持有能力的残疾人就业", Row(table, 482).Label);
    }

    [Fact]
    public void Read_TargetFormsOfSeeds000And004_ReadBothPeriods()
    {
        // seed 000, line 532: 实施期资金总额: 570,000 | 年度资金总额: 190,000, unit 项目资金 (元)
        var gaoping = Read(0, 525, 556, "perf_target");
        Assert.Equal("物资管理经费", gaoping.Subject);
        Assert.Equal(570000m, Measure(gaoping, Row(gaoping, 532), M.ImplementationPeriodBudget).Number);
        Assert.Equal(190000m, Measure(gaoping, Row(gaoping, 532), M.InitialBudget).Number);
        // seed 004, lines 540–571 (markdown): 遗属补助 21,472; indicator row 567 is shifted one cell left.
        var zezhou = Read(4, 540, 572, "perf_target");
        Assert.Equal("遗属补助", zezhou.Subject);
        Assert.Equal(21472m, Measure(zezhou, Row(zezhou, 549), M.InitialBudget).Number);
        var shifted = Row(zezhou, 567);
        Assert.Equal("产出指标 / 时效指标 / 发放完成时间", shifted.Label);
        Assert.All(shifted.Cells, c => Assert.Equal("2024年12月", c.Value.Printed));
    }
}
