using FiscalWarehouse.Warehouse.Reports;

namespace FiscalWarehouse.Warehouse.Tests.Marts;

/// <summary>The `fw report` document is read from the marts, with the settings applied as session variables.</summary>
public sealed class MartReportBuilderTests
{
    private static MartWarehouse Warehouse()
    {
        var w = new MartWarehouse();
        var unit = w.Unit("平顶山市工业和信息化局", "410400");
        var report = w.Report(unit, 2023, "决算");
        w.Expenditure(report, "general_budget", null, "total", "final_account", 2175.87m, rowKind: "total");
        w.Narrative(report, "general_budget_expenditure", "initial_budget", wan: 858.90m);
        w.Narrative(report, "general_budget_expenditure", "execution_rate", value: 253.33m, printed: "253.33%");
        w.Unit("平顶山市财政局", "410400");
        return w;
    }

    [Fact]
    public void UnitReport_HasHeadlineWithRateAndSource_AndThePefaFlag()
    {
        using var w = Warehouse();

        var report = MartReportBuilder.Build(w.Connection, new MartReportRequest("平顶山市工业和信息化局", null, 2023), new MartSettings(),
            TestContext.Current.CancellationToken);

        Assert.StartsWith("平顶山市工业和信息化局 (410400), 2023", report.Title, StringComparison.Ordinal);
        var headline = report.Sections.Single(s => s.Key == "unit_headline").Rows;
        var row = headline.Rows.Single();
        Assert.Equal(2175.87m, row[headline.Columns.ToList().IndexOf("final_wan")]);
        Assert.Equal(858.90m, row[headline.Columns.ToList().IndexOf("initial_budget_wan")]);
        Assert.Equal(253.33m, row[headline.Columns.ToList().IndexOf("rate_vs_initial_pct")]);
        Assert.Equal("final_report_narrative", row[headline.Columns.ToList().IndexOf("budget_source")]);
        var anomalies = report.Sections.Single(s => s.Key == "unit_anomalies").Rows;
        Assert.Contains(anomalies.Rows, r => (string?)r[2] == "execution_rate_pefa");
        Assert.Contains("three_public_yoy_threshold_pct = 30.000000", report.Notes);
    }

    [Fact]
    public void Settings_ReachTheViews()
    {
        using var w = Warehouse();

        var report = MartReportBuilder.Build(w.Connection, new MartReportRequest(null, "410000", null),
            new MartSettings { ThreePublicYoyThresholdPct = 12.5m }, TestContext.Current.CancellationToken);

        Assert.Contains("three_public_yoy_threshold_pct = 12.500000", report.Notes);
        var summary = report.Sections.Single(s => s.Key == "region_summary").Rows;
        Assert.Equal(2023, summary.Rows.Single()[0]);
    }

    [Fact]
    public void AmbiguousOrUnknownUnit_IsAClearError()
    {
        using var w = Warehouse();
        var ct = TestContext.Current.CancellationToken;

        var ambiguous = Assert.Throws<MartReportException>(() =>
            MartReportBuilder.Build(w.Connection, new MartReportRequest("平顶山", null, null), new MartSettings(), ct));
        Assert.Contains("matches 2 units", ambiguous.Message, StringComparison.Ordinal);
        Assert.Throws<MartReportException>(() =>
            MartReportBuilder.Build(w.Connection, new MartReportRequest("不存在", null, null), new MartSettings(), ct));
        Assert.Throws<MartReportException>(() =>
            MartReportBuilder.Build(w.Connection, new MartReportRequest(null, "999999", null), new MartSettings(), ct));
        Assert.Throws<MartReportException>(() =>
            MartReportBuilder.Build(w.Connection, new MartReportRequest("a", "410000", null), new MartSettings(), ct));
    }
}
