using System.Globalization;
using FiscalWarehouse.Dashboards.Tests.Support;
using FiscalWarehouse.Warehouse.Configuration;
using FiscalWarehouse.Warehouse.Loading;
using FiscalWarehouse.Warehouse.Reports;

namespace FiscalWarehouse.Dashboards.Tests.Endpoints;

/// <summary>
/// The execution rate has one definition (mart_execution_rate): the `fw demo` summary, `fw report` and the dashboards'
/// API show the same rate for the same unit of the samples.
/// </summary>
public sealed class OneExecutionRateTests(DashboardsServer server) : IClassFixture<DashboardsServer>
{
    private const string Gaoping = "高平市工业和信息化事务服务中心";

    [Fact]
    public async Task Gaoping2023_DemoSummaryReportAndDashboards_ShowTheSameRate()
    {
        // seed 000, line 437: 一般公共预算财政拨款 年初预算198.55万元，支出决算218.23万元，完成年初预算的109.91%.
        const decimal rate = 109.911861m;
        var cancellationToken = TestContext.Current.CancellationToken;

        var execution = await Api.RowsAsync(server.Client, $"/api/execution-rate?unit={server.Ids.GaopingUnit}&year=2023&scope=general_budget");
        var dashboards = Assert.Single(execution, r => r.GetProperty("subject_level").GetString() == "total");
        var unitPage = await Api.RowsAsync(server.Client, $"/api/unit/execution-rate?unit={server.Ids.GaopingUnit}");
        var unitRow = Assert.Single(unitPage, r => r.GetProperty("scope").GetString() == "general_budget"
            && r.GetProperty("subject_level").GetString() == "total" && r.GetProperty("year").GetInt32() == 2023);

        WarehouseSummary summary;
        using (var writer = WarehouseWriter.Open(new WarehouseOptions { Path = server.WarehousePath }))
        {
            summary = writer.Summarize();
        }

        var demo = Assert.Single(summary.ExecutionRates, r => r.Unit == Gaoping && r.Year == 2023);

        var report = MartReportBuilder.Build(server.WarehousePath, new MartReportRequest(Gaoping, null, 2023), new MartSettings(), cancellationToken);
        var headline = report.Sections.Single(s => s.Key == "unit_headline").Rows;
        var scope = headline.Columns.ToList().IndexOf("scope");
        var pct = headline.Columns.ToList().IndexOf("rate_vs_initial_pct");
        var reportRow = Assert.Single(headline.Rows, r => (string?)r[scope] == "general_budget");

        Assert.Equal(rate, dashboards.GetProperty("rate_vs_initial").GetDecimal());
        Assert.Equal(rate, unitRow.GetProperty("rate_vs_initial").GetDecimal());
        Assert.Equal(rate, demo.Rate * 100m);
        Assert.Equal(1_985_500.00m, demo.InitialBudgetYuan);
        Assert.Equal(2_182_300.00m, demo.FinalYuan);
        // fw report prints the mart's rate to 2 decimals.
        Assert.Equal(decimal.Round(rate, 2), Convert.ToDecimal(reportRow[pct], CultureInfo.InvariantCulture));
    }
}
