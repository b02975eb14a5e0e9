using FiscalWarehouse.Model.Reports;
using FiscalWarehouse.Model.Tables;
using FiscalWarehouse.Warehouse.Configuration;
using FiscalWarehouse.Warehouse.Loading;
using FiscalWarehouse.Warehouse.Tests.Support;

namespace FiscalWarehouse.Warehouse.Tests.Loading;

public sealed class WarehouseWriterTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly WarehouseWriter _writer;

    public WarehouseWriterTests()
    {
        _writer = WarehouseWriter.Open(new WarehouseOptions { Path = _temp.File("w.duckdb") });
    }

    [Fact]
    public void Load_NewReport_EveryCellIsAFactWithItsSourceLine()
    {
        var outcome = _writer.Load("a.txt", SampleReports.GaopingFinal().Build(), TestContext.Current.CancellationToken);

        Assert.Equal(LoadStatus.Loaded, outcome.Status);
        Assert.Equal(SampleReports.GaopingFacts, outcome.FactCount);
        var c = _writer.Connection;
        Assert.Equal(SampleReports.GaopingFacts - 3, Db.Scalar<long>(c, "select count(*) from v_fact_cell"));
        Assert.Equal(3, Db.Scalar<long>(c, "select count(*) from fact_narrative"));
        Assert.Equal(0, Db.Scalar<long>(c, "select count(*) from v_fact_cell where source_line is null or source_line < 1"));
        Assert.Equal(0, Db.Scalar<long>(c, "select count(*) from stg_cell"));
    }

    [Fact]
    public void Load_ExpenditureTable_ClassRowsSumToThePrintedTotalInYuan()
    {
        _writer.Load("a.txt", SampleReports.GaopingFinal().Build(), TestContext.Current.CancellationToken);

        // seed 000, line 152: 合计 218.23 万元 = 2,182,300.00 元.
        var c = _writer.Connection;
        Assert.Equal(2_182_300.00m, Db.Scalar<decimal>(c, "select sum(amount_yuan) from fact_expenditure where catalog_id = 'final_03_expenditure' and function_level = '类' and expense_type = 'total'"));
        Assert.Equal(2_182_300.00m, Db.Scalar<decimal>(c, "select amount_yuan from fact_expenditure where catalog_id = 'final_03_expenditure' and row_kind = 'total' and expense_type = 'total'"));
        Assert.Equal(0m, Db.Scalar<decimal>(c, "select max(abs(difference_yuan)) from v_expenditure_total_check"));
    }

    [Fact]
    public void Load_BlankAndDashCells_StayNullNeverZero()
    {
        _writer.Load("a.txt", SampleReports.GaopingFinal().Build(), TestContext.Current.CancellationToken);

        var c = _writer.Connection;
        Assert.Equal(4, Db.Scalar<long>(c, "select count(*) from fact_expenditure where value_kind = 'blank' and amount_yuan is null and value is null"));
        Assert.Equal("——", Db.Scalar<string>(c, "select printed_text from fact_basic_expenditure_economic where economic_code = '30231'"));
        Assert.Null(Db.Scalar<decimal?>(c, "select amount_yuan from fact_basic_expenditure_economic where economic_code = '30231'"));
        Assert.Equal(0.00m, Db.Scalar<decimal>(c, "select amount_yuan from fact_three_public where measure = 'final_account' and part = 'three_public_total'"));
    }

    [Fact]
    public void Load_Families_FollowMeaningNotTableNumbers()
    {
        _writer.Load("a.txt", SampleReports.GaopingFinal().Build(), TestContext.Current.CancellationToken);

        var c = _writer.Connection;
        Assert.Equal("general_budget", Db.Scalar<string>(c, "select distinct fund_source from fact_expenditure where catalog_id = 'final_05_general_budget_expenditure'"));
        Assert.Equal("personnel", Db.Scalar<string>(c, "select cost_type from fact_basic_expenditure_economic where economic_code = '30101'"));
        Assert.Equal("operating", Db.Scalar<string>(c, "select cost_type from fact_basic_expenditure_economic where economic_code = '302'"));
        Assert.Equal("201", Db.Scalar<string>(c, "select function_code from fact_table_cell where row_label = '一、一般公共服务支出'"));
        Assert.Equal("215", Db.Scalar<string>(c, "select function_code from fact_table_cell where row_label = '十四、资源勘探工业信息等支出'"));
        Assert.Equal(95.53m, Db.Scalar<decimal>(c, "select value from fact_performance where measure = 'execution_rate'"));
        Assert.Null(Db.Scalar<decimal?>(c, "select amount_yuan from fact_performance where measure = 'execution_rate'"));
        Assert.Equal(6_496_250.00m, Db.Scalar<decimal>(c, "select amount_yuan from fact_performance where measure = 'final_account'"));
    }

    [Fact]
    public void Load_SameContentTwice_SecondIsUnchangedWithTheSameFacts()
    {
        var report = SampleReports.GaopingFinal().Build();
        _writer.Load("a.txt", report, TestContext.Current.CancellationToken);
        var facts = Db.Scalar<long>(_writer.Connection, "select count(*) from v_fact_cell");

        var second = _writer.Load("a.txt", report, TestContext.Current.CancellationToken);

        Assert.Equal(LoadStatus.Unchanged, second.Status);
        Assert.Equal(facts, Db.Scalar<long>(_writer.Connection, "select count(*) from v_fact_cell"));
        Assert.Equal(1, Db.Scalar<long>(_writer.Connection, "select count(*) from dim_report"));
    }

    [Fact]
    public void Load_CorrectedVersion_ReplacesAndKeepsTheOldAsHistory()
    {
        _writer.Load("a.txt", SampleReports.GaopingFinal().Build(), TestContext.Current.CancellationToken);

        var second = _writer.Load("a-v2.txt", SampleReports.GaopingFinal(total: "218.24").Build(), TestContext.Current.CancellationToken);

        Assert.Equal(LoadStatus.Replaced, second.Status);
        var c = _writer.Connection;
        Assert.Equal(2, Db.Scalar<long>(c, "select count(*) from dim_report"));
        Assert.Equal(2, Db.Scalar<int>(c, "select version from dim_report where is_current"));
        Assert.Equal(second.ReportVersionId, Db.Scalar<long>(c, "select superseded_by from dim_report where not is_current"));
        Assert.Equal(2_182_400.00m, Db.Scalar<decimal>(c, "select f.amount_yuan from fact_expenditure f join v_current_report r using (report_version_id) where f.row_kind = 'total' and f.catalog_id = 'final_03_expenditure' and f.expense_type = 'total'"));
        Assert.Equal(2_182_300.00m, Db.Scalar<decimal>(c, "select f.amount_yuan from fact_expenditure f join dim_report r using (report_version_id) where not r.is_current and f.row_kind = 'total' and f.catalog_id = 'final_03_expenditure' and f.expense_type = 'total'"));
        Assert.Equal(1, Db.Scalar<long>(c, "select count(*) from dim_unit"));
    }

    [Fact]
    public void Load_UnitName_NormalizedAndResolvedToItsCounty()
    {
        var report = new ReportBuilder("x.txt", "高平市　工业和信息化事务服务中心（本级）", 2023, ReportKind.Unit, ReportPhase.FinalAccount)
            .Narrative(NarrativeTopics.TotalExpenditure, Meanings.Measure.FinalAccount, "1.00", AmountUnit.TenThousandYuan).Build();

        _writer.Load("x.txt", report, TestContext.Current.CancellationToken);

        var c = _writer.Connection;
        Assert.Equal("高平市工业和信息化事务服务中心(本级)", Db.Scalar<string>(c, "select normalized_name from dim_unit"));
        Assert.Equal("140581", Db.Scalar<string>(c, "select region_code from dim_report"));
    }

    [Fact]
    public void Load_UnresolvableUnit_GetsAFindingNotAGuess()
    {
        var report = new ReportBuilder("x.txt", "工业和信息化局", 2023, ReportKind.Unit, ReportPhase.FinalAccount)
            .Narrative(NarrativeTopics.TotalExpenditure, Meanings.Measure.FinalAccount, "1.00", AmountUnit.TenThousandYuan).Build();

        _writer.Load("x.txt", report, TestContext.Current.CancellationToken);

        var c = _writer.Connection;
        Assert.Null(Db.Scalar<string?>(c, "select region_code from dim_report"));
        Assert.Equal(1, Db.Scalar<long>(c, "select count(*) from data_quality_finding where rule_id = 'warehouse.region_unresolved' and origin = 'warehouse'"));
    }

    [Fact]
    public void Load_ErrorFindings_DoNotRejectAndAreKept()
    {
        var outcome = _writer.Load("a.txt", SampleReports.GaopingFinal().Build(), TestContext.Current.CancellationToken);

        Assert.Equal(LoadStatus.Loaded, outcome.Status);
        var c = _writer.Connection;
        Assert.Equal(-0.01m, Db.Scalar<decimal>(c, "select difference from data_quality_finding where rule_id = 'narrative.change_rate'"));
        Assert.NotNull(Db.Scalar<long?>(c, "select report_table_id from data_quality_finding where rule_id = 'narrative.change_rate'"));
    }

    [Fact]
    public void Load_NothingRecognized_IsRejectedWithFileAndLine()
    {
        var report = new ReportBuilder("empty.txt", "高平市某单位", 2023, ReportKind.Unit, ReportPhase.FinalAccount).Build();

        var outcome = _writer.Load("empty.txt", report, TestContext.Current.CancellationToken);

        Assert.Equal(LoadStatus.Rejected, outcome.Status);
        Assert.StartsWith("rejected: no recognized table", outcome.StatusText, StringComparison.Ordinal);
        Assert.EndsWith("(empty.txt:1)", outcome.StatusText, StringComparison.Ordinal);
        Assert.Equal(0, Db.Scalar<long>(_writer.Connection, "select count(*) from dim_report"));
    }

    [Fact]
    public void Load_FailureHalfway_LeavesNothingOfThatReport()
    {
        _writer.Load("a.txt", SampleReports.GaopingFinal().Build(), TestContext.Current.CancellationToken);
        var before = Db.Scalar<long>(_writer.Connection, "select count(*) from v_fact_cell");

        // A cell pointing past the table's columns fails while staging, after earlier tables were appended.
        var broken = SampleReports.GaopingFinal(total: "1.00")
            .Table("broken", "支出决算表", AmountUnit.TenThousandYuan, [ReportBuilder.Column("合计")], ReportBuilder.Row("201", "x", "1.00", "2.00"))
            .Build();
        Assert.ThrowsAny<Exception>(() => _writer.Load("b.txt", broken, TestContext.Current.CancellationToken));

        var c = _writer.Connection;
        Assert.Equal(1, Db.Scalar<long>(c, "select count(*) from dim_report"));
        Assert.Equal(before, Db.Scalar<long>(c, "select count(*) from v_fact_cell"));
        Assert.Equal(0, Db.Scalar<long>(c, "select count(*) from stg_cell"));
        Assert.Equal(LoadStatus.Unchanged, _writer.Load("a.txt", SampleReports.GaopingFinal().Build(), TestContext.Current.CancellationToken).Status);
    }

    [Fact]
    public void Summarize_FinalReport_ExecutionRateIsTheMarts()
    {
        _writer.Load("a.txt", SampleReports.GaopingFinal().Build(), TestContext.Current.CancellationToken);

        var summary = _writer.Summarize();

        Assert.Equal(1, summary.Reports);
        Assert.Equal(1, summary.FindingsBySeverity["error"]);
        var rate = Assert.Single(summary.ExecutionRates);
        // seed 000, line 437: 218.23 / 198.55 = 109.91%; the mart's rate (109.911861%) as a fraction.
        Assert.Equal(1.09911861m, rate.Rate);
        Assert.Equal(1_985_500.00m, rate.InitialBudgetYuan);
    }

    public void Dispose()
    {
        _writer.Dispose();
        _temp.Dispose();
    }
}
