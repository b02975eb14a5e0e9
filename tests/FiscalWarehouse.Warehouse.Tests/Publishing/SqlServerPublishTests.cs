using FiscalWarehouse.Warehouse.Publishing;
using Microsoft.Data.SqlClient;

namespace FiscalWarehouse.Warehouse.Tests.Publishing;

/// <summary>SQL Server cannot be installed on these machines: these run against FW_TEST_SQLSERVER when it is set.</summary>
public sealed class SqlServerPublishTests
{
    private static string Server()
    {
        var connectionString = Environment.GetEnvironmentVariable("FW_TEST_SQLSERVER");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            Assert.Skip("FW_TEST_SQLSERVER is not set: no SQL Server to publish to (it cannot be installed on this machine)");
        }

        return connectionString;
    }

    [Fact]
    public async Task Publish_ToSqlServer_CopiesExactDecimalsAndUnicodeText_Incrementally()
    {
        var server = Server();
        using var warehouse = new SyntheticWarehouse();
        var schema = "fw_" + Guid.NewGuid().ToString("N")[..8];
        var target = PublishConnectionString.Parse(server);
        var cancel = TestContext.Current.CancellationToken;

        await new Publisher(warehouse.Connection, warehouse.Path).PublishAsync(new PublishRequest(target, schema), cancel);
        warehouse.AddReport(3, "高平市工业和信息化事务服务中心", [("2150550", "事业运行", 2_182_400.00m)]);
        var second = await new Publisher(warehouse.Connection, warehouse.Path).PublishAsync(new PublishRequest(target, schema), cancel);

        Assert.Equal([3L], second.ReportVersions);
        await using var connection = new SqlConnection(server);
        await connection.OpenAsync(cancel);
#pragma warning disable CA2100 // schema is generated above
        await using var sum = new SqlCommand($"select sum(amount_yuan) from [{schema}].[fact_expenditure]", connection);
        Assert.Equal(warehouse.Sum("fact_expenditure"), (decimal)(await sum.ExecuteScalarAsync(cancel))!);
        await using var text = new SqlCommand($"select name from [{schema}].[dim_region] where region_code = N'140581'", connection);
#pragma warning restore CA2100
        Assert.Equal("高平市", (string)(await text.ExecuteScalarAsync(cancel))!);
    }
}
