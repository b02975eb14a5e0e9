using FiscalWarehouse.Etl;
using FiscalWarehouse.Warehouse.Configuration;
using FiscalWarehouse.Warehouse.Loading;
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

        // The real writer loads while the dashboards serve: it would fail at once if they held the file.
        var file = Path.Combine(server.Directory, "new-unit.txt");
        var sample = File.ReadAllText(RepoPaths.Sample(RealCorpus.GaopingFile));
        File.WriteAllText(file, sample.Replace("高平市工业和信息化事务服务中心", "高平市新设单位", StringComparison.Ordinal));
        using (var writer = WarehouseWriter.Open(new WarehouseOptions { Path = server.WarehousePath }))
        {
            Assert.Equal(LoadStatus.Loaded, writer.LoadFile(file, new ReportParser(), TestContext.Current.CancellationToken).Status);
        }

        var store = (SnapshotStore)server.Services.GetService(typeof(SnapshotStore))!;
        await store.RefreshNowAsync(TestContext.Current.CancellationToken);
        var after = await Api.RowsAsync(server.Client, "/api/units?q=" + Uri.EscapeDataString("新设单位"));
        Assert.Equal("高平市新设单位", Assert.Single(after).GetProperty("unit_name").GetString());
    }
}
