using DuckDB.NET.Data;
using FiscalWarehouse.Dashboards.Admin;
using FiscalWarehouse.Dashboards.Tests.Support;
using FiscalWarehouse.Etl;
using FiscalWarehouse.Etl.Limits;
using FiscalWarehouse.Warehouse.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace FiscalWarehouse.Dashboards.Tests.Endpoints;

/// <summary>The admin load of `fw serve` uses the parser it is given (the configured limits), not a default one.</summary>
public sealed class InboxLoadTriggerTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "fw-inbox-" + Guid.NewGuid().ToString("N")[..8]);

    public InboxLoadTriggerTests()
    {
        Directory.CreateDirectory(Path.Combine(directory, "inbox"));
        File.Copy(Path.Combine(RepoPaths.Root, "samples", RealCorpus.GaopingFile), Path.Combine(directory, "inbox", RealCorpus.GaopingFile));
    }

    [Theory]
    [InlineData(100_000, 1)]
    // The Gaoping sample has over a thousand lines: a limit of 200 rows per table refuses it, as fw load would.
    [InlineData(200, 0)]
    public async Task AdminLoad_AppliesTheConfiguredDocumentLimits(int maxRows, long expectedReports)
    {
        var warehouse = new WarehouseOptions { Path = Path.Combine(directory, $"w{maxRows}.duckdb") };
        var parser = new ReportParser(limits: new DocumentLimits { MaxRowsPerTable = maxRows });
        var trigger = new InboxLoadTrigger(Path.Combine(directory, "inbox"), warehouse, parser, NullLogger<InboxLoadTrigger>.Instance);

        Assert.True(trigger.Trigger().Started);
        await trigger.Running.WaitAsync(TimeSpan.FromMinutes(3), TestContext.Current.CancellationToken);

        using var connection = new DuckDBConnection($"Data Source={warehouse.Path};ACCESS_MODE=READ_ONLY");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "select count(*) from dim_report";
        Assert.Equal(expectedReports, Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
