using FiscalWarehouse.TestKit.Postgres;

namespace FiscalWarehouse.Jobs.Tests.Scaling;

/// <summary>One throwaway PostgreSQL cluster for the scaling tests; each test creates its own database in it.</summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private PostgresCluster? _cluster;
    private string? _unavailable;

    public async ValueTask InitializeAsync()
    {
        if (PostgresCluster.FindBinDirectory(out var reason) is null)
        {
            _unavailable = reason;
            return;
        }

        _cluster = await PostgresCluster.StartAsync(CancellationToken.None);
    }

    /// <summary>The cluster, or a skip naming why there is none.</summary>
    public PostgresCluster Cluster => _cluster ?? throw Xunit.Sdk.SkipException.ForSkip(_unavailable ?? "no PostgreSQL cluster");

    public async ValueTask DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "postgres workers";
}
