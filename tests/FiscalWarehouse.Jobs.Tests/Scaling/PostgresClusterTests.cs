using Npgsql;

namespace FiscalWarehouse.Jobs.Tests.Scaling;

[Collection(PostgresCollection.Name)]
public sealed class PostgresClusterTests(PostgresFixture fixture)
{
    [Fact]
    public async Task Cluster_AcceptsConnections_AndCreatesDatabases()
    {
        var ct = TestContext.Current.CancellationToken;
        await fixture.Cluster.CreateDatabaseAsync("fw_probe", ct);
        await using var connection = new NpgsqlConnection(fixture.Cluster.ConnectionStringFor("fw_probe"));
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand("select current_database()", connection);
        Assert.Equal("fw_probe", await command.ExecuteScalarAsync(ct));
    }
}
