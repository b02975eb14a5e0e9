using FiscalWarehouse.Etl.PerformanceForms;
using FiscalWarehouse.Etl.Tests.Narrative;
using FiscalWarehouse.Model.Tables;
using static FiscalWarehouse.Etl.Tests.Performance.PerformanceForms;
using M = FiscalWarehouse.Model.Tables.Meanings.Measure;

namespace FiscalWarehouse.Etl.Tests.Performance;

/// <summary>Variations written from the samples: other cell layouts of the same forms read to the same values.</summary>
public sealed class PerformanceVariationTests
{
    [Fact]
    public void Read_TargetFundsGluedToLabels_ReadTheSameAmounts()
    {
        // seed 000, lines 529–537 with each amount printed in its label's cell.
        const string text = "高平市县(区)级预算部门(单位)项目支出绩效目标表\n(2023年度)\n项目名称\t\t物资管理经费\n"
            + "项目资金（万元）\t实施期资金总额:57\t\t年度资金总额:19\n\t其中:中央财政资金:0\t\t其中:中央财政资金:0\n"
            + "\t市县(区)财政资金:57\t\t市县(区)财政资金:19\n项目概况\t\t2023年全年开展…";
        var document = SampleText.FromText("glued.txt", text);
        var table = new PerformanceTableReader().Read("perf_target", "高平市县(区)级预算部门(单位)项目支出绩效目标表", document.Lines, "glued.txt");
        Assert.Equal(AmountUnit.TenThousandYuan, table.Unit);
        var total = Row(table, 4);
        Assert.Equal(57m, Measure(table, total, M.ImplementationPeriodBudget).Number);
        Assert.Equal(19m, Measure(table, total, M.InitialBudget).Number);
        Assert.Equal("市县(区)财政资金", Row(table, 6).Label);
    }

    [Fact]
    public void Read_SelfEvaluationWithoutSubHeader_YearStartColumnIsInitialBudget()
    {
        // seed 001, line 763 in the one-line header template of seed 003 (年初预算数 not split).
        const string text = "“以电代煤”设备补贴项目支出绩效自评表 (2023年度)\n项目名称\t“以电代煤”设备补贴\n"
            + "项目资金(万元)\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
            + "\t资金总额:\t680\t680\t649.625\t10\t95.53\t9.55\n总分\t99.55\t优";
        var document = SampleText.FromText("oneline.txt", text);
        var table = new PerformanceTableReader().Read("perf_self_evaluation", document.Lines[0].Text, document.Lines, "oneline.txt");
        var row = Row(table, 4);
        Assert.Equal(680m, Measure(table, row, M.InitialBudget).Number);
        Assert.Equal(649.625m, Measure(table, row, M.FinalAccount).Number);
        Assert.True(Measure(table, row, M.ExecutionRate).IsPercent);
        Assert.Equal(10m, Measure(table, row, M.Weight).Number);
    }

    [Fact]
    public void Read_EmptyOrTitleOnly_GivesAnEmptyTableNotAnError()
    {
        var document = SampleText.FromText("empty.txt", "项目支出绩效自评表\n");
        var table = new PerformanceTableReader().Read("perf_self_evaluation", "项目支出绩效自评表", document.Lines, "empty.txt");
        Assert.Empty(table.Rows);
        Assert.Equal(1, table.Source.Line);
    }
}
