using DuckDB.NET.Data;
using FiscalWarehouse.Dashboards.Snapshots;
using FiscalWarehouse.Dashboards.Tests.Support;

namespace FiscalWarehouse.Dashboards.Tests.Endpoints;

/// <summary>The dashboards read a private copy: a writer is never blocked by them, and its commits show up.</summary>
public sealed class SnapshotTests(DashboardsServer server) : IClassFixture<DashboardsServer>
{
    [Fact]
    public async Task Writer_WhileServing_IsNotBlockedAndItsCommitAppearsAfterRefresh()
    {
        var before = await Api.RowsAsync(server.Client, "/api/units?q=" + Uri.EscapeDataString("新设单位"));
        Assert.Empty(before);

        // A second process-wide writer on the source file: would fail at once if the dashboards held the file.
        using (var writer = new DuckDBConnection($"Data Source={server.WarehousePath}"))
        {
            writer.Open();
            var w = new CorpusWriter(writer);
            w.Unit(999, "高平市新设单位", "140581");
            w.Report(9999, 999, "高平市新设单位", "140581", 2024, "单位", "预算", "new.txt", ["高平市新设单位", "2024年单位预算公开"]);
            using var checkpoint = writer.CreateCommand();
            checkpoint.CommandText = "checkpoint";
            checkpoint.ExecuteNonQuery();
        }

        var store = (SnapshotStore)server.Services.GetService(typeof(SnapshotStore))!;
        await store.RefreshNowAsync(TestContext.Current.CancellationToken);
        var after = await Api.RowsAsync(server.Client, "/api/units?q=" + Uri.EscapeDataString("新设单位"));
        Assert.Equal("高平市新设单位", Assert.Single(after).GetProperty("unit_name").GetString());
    }
}
