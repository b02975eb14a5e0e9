using FiscalWarehouse.Warehouse.Publishing;
using Npgsql;

namespace FiscalWarehouse.Warehouse.Tests.Publishing;

/// <summary>Publishing to a real PostgreSQL server started for these tests.</summary>
public sealed class PostgresPublishTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Publish_FirstTime_CopiesEveryTableWithExactDecimalsAndText()
    {
        using var warehouse = new SyntheticWarehouse();
        var target = await postgres.NewDatabaseAsync();

        var result = await Publish(warehouse, target);

        Assert.Equal([1L, 2L], result.ReportVersions);
        Assert.Equal(warehouse.Count("fact_expenditure"), await Scalar<long>(target, "select count(*) from fiscal.fact_expenditure"));
        Assert.Equal(warehouse.Sum("fact_expenditure"), await Scalar<decimal>(target, "select sum(amount_yuan) from fiscal.fact_expenditure"));
        Assert.Equal(0.01m, await Scalar<decimal>(target, "select amount_yuan from fiscal.fact_expenditure where function_code = '2080505'"));
        Assert.Equal("高平市", await Scalar<string>(target, "select name from fiscal.dim_region where region_code = '140581'"));
        Assert.Equal("numeric", await Scalar<string>(target, "select data_type from information_schema.columns where table_schema = 'fiscal' and table_name = 'fact_expenditure' and column_name = 'amount_yuan'"));
        // Blank stays NULL on the target too.
        Assert.Equal(1L, await Scalar<long>(target, "select count(*) from fiscal.fact_expenditure where amount_yuan is null"));
        Assert.Equal(2L, await Scalar<long>(target, "select count(*) from fiscal.mart_totals"));
        Assert.Equal(0L, await Scalar<long>(target, "select count(*) from information_schema.tables where table_schema = 'fiscal' and table_name = 'staging_scratch'"));
        Assert.Equal(2L, await Scalar<long>(target, "select count(*) from fiscal.publish_ledger"));
        Assert.Equal(2L, warehouse.Count("publish_ledger"));
    }

    [Fact]
    public async Task Publish_AfterOneMoreReport_AddsOnlyThatReportsRows()
    {
        using var warehouse = new SyntheticWarehouse();
        var target = await postgres.NewDatabaseAsync();
        await Publish(warehouse, target);
        var before = await Scalar<long>(target, "select count(*) from fiscal.fact_expenditure");

        warehouse.AddReport(3, "高平市工业和信息化事务服务中心", [("2150550", "事业运行", 2_182_400.00m)]);
        var second = await Publish(warehouse, target);

        Assert.Equal([3L], second.ReportVersions);
        Assert.Equal(1L, second.RowsByTable["fact_expenditure"]);
        Assert.Equal(before + 1, await Scalar<long>(target, "select count(*) from fiscal.fact_expenditure"));
        Assert.Equal(1L, await Scalar<long>(target, "select count(*) from fiscal.fact_expenditure where report_version_id = 3"));
        // dim_report is replaced whole: the old version's is_current flag follows the warehouse.
        Assert.False(await Scalar<bool>(target, "select is_current from fiscal.dim_report where report_version_id = 1"));
        Assert.Equal(warehouse.Sum("fact_expenditure"), await Scalar<decimal>(target, "select sum(amount_yuan) from fiscal.fact_expenditure"));
    }

    [Fact]
    public async Task Publish_InterruptedMidway_LeavesTheTargetUnchanged_AndResumingMatchesAnUninterruptedRun()
    {
        using var warehouse = new SyntheticWarehouse();
        var target = await postgres.NewDatabaseAsync();
        await Publish(warehouse, target);
        var snapshot = await Snapshot(target);

        warehouse.AddReport(3, "平顶山市工业和信息化局", [("215", "资源勘探工业信息等支出", 100.00m)]);
        var request = new PublishRequest(PublishConnectionString.Parse(target))
        {
            // Fails after dim_region and dim_report were already rewritten inside the transaction.
            BeforeTable = (table, _) => table == "fact_expenditure" ? throw new IOException("connection lost") : Task.CompletedTask,
        };
        await Assert.ThrowsAsync<IOException>(() => new Publisher(warehouse.Connection, warehouse.Path).PublishAsync(request, Cancel));
        Assert.Equal(snapshot, await Snapshot(target));

        var resumed = await Publish(warehouse, target);
        Assert.Equal([3L], resumed.ReportVersions);

        var uninterrupted = await postgres.NewDatabaseAsync();
        await Publish(warehouse, uninterrupted);
        Assert.Equal(await Snapshot(uninterrupted), await Snapshot(target));
    }

    [Fact]
    public async Task Publish_Full_RebuildsTheSameRows()
    {
        using var warehouse = new SyntheticWarehouse();
        var target = await postgres.NewDatabaseAsync();
        await Publish(warehouse, target);
        var incremental = await Snapshot(target);

        var full = await new Publisher(warehouse.Connection, warehouse.Path)
            .PublishAsync(new PublishRequest(PublishConnectionString.Parse(target), Full: true), Cancel);

        Assert.Equal("full", full.Mode);
        Assert.Equal(incremental, await Snapshot(target));
    }

    [Fact]
    public async Task Publish_TableOption_PublishesOnlyThoseTables()
    {
        using var warehouse = new SyntheticWarehouse();
        var target = await postgres.NewDatabaseAsync();

        await new Publisher(warehouse.Connection, warehouse.Path)
            .PublishAsync(new PublishRequest(PublishConnectionString.Parse(target), Tables: ["dim_region"]), Cancel);

        Assert.Equal(2L, await Scalar<long>(target, "select count(*) from fiscal.dim_region"));
        Assert.Equal(0L, await Scalar<long>(target, "select count(*) from information_schema.tables where table_schema = 'fiscal' and table_name = 'fact_expenditure'"));
    }

    private static Task<PublishResult> Publish(SyntheticWarehouse warehouse, string target) =>
        new Publisher(warehouse.Connection, warehouse.Path).PublishAsync(new PublishRequest(PublishConnectionString.Parse(target)), Cancel);

    /// <summary>Every published table's row count and decimal sum, plus the ledger: equal snapshots mean equal content.</summary>
    private static async Task<string> Snapshot(string target)
    {
        var parts = new List<string>();
        foreach (var table in new[] { "dim_region", "dim_report", "fact_expenditure", "mart_totals", "publish_ledger" })
        {
            parts.Add($"{table}:{await Scalar<long>(target, $"select count(*) from fiscal.{table}")}");
        }

        parts.Add($"sum:{await Scalar<decimal?>(target, "select sum(amount_yuan) from fiscal.fact_expenditure")}");
        parts.Add($"current:{await Scalar<long>(target, "select count(*) from fiscal.dim_report where is_current")}");
        return string.Join(' ', parts);
    }

    private static async Task<T> Scalar<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(Cancel);
#pragma warning disable CA2100 // test-only SQL literals
        await using var command = new NpgsqlCommand(sql, connection);
#pragma warning restore CA2100
        var value = await command.ExecuteScalarAsync(Cancel);
        return value is null or DBNull ? default! : (T)value;
    }
}
