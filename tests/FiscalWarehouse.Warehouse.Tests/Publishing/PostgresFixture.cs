using FiscalWarehouse.TestKit.Postgres;

namespace FiscalWarehouse.Warehouse.Tests.Publishing;

/// <summary>One throwaway PostgreSQL cluster for the publishing tests; each test uses its own database.</summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private PostgresCluster? _cluster;

    public string? SkipReason { get; private set; }

    public PostgresCluster Cluster => _cluster ?? throw new InvalidOperationException(SkipReason);

    public async ValueTask InitializeAsync()
    {
        if (PostgresCluster.FindBinDirectory(out var reason) is null)
        {
            SkipReason = reason;
            return;
        }

        _cluster = await PostgresCluster.StartAsync(TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }

    /// <summary>A fresh database on the cluster, so tests never see each other's rows.</summary>
    public async Task<string> NewDatabaseAsync()
    {
        if (SkipReason is not null)
        {
            Assert.Skip(SkipReason);
        }

        var name = "fw_" + Guid.NewGuid().ToString("N")[..10];
        await Cluster.CreateDatabaseAsync(name, TestContext.Current.CancellationToken);
        return Cluster.ConnectionStringFor(name);
    }
}
