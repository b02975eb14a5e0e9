using DuckDB.NET.Data;
using FiscalWarehouse.Dashboards.Snapshots;
using FiscalWarehouse.Dashboards.Tests.Support;

namespace FiscalWarehouse.Dashboards.Tests.Endpoints;

public sealed class MartMaterializerTests(DashboardsServer server) : IClassFixture<DashboardsServer>
{
    [Fact]
    public void Run_OnACopy_TurnsEveryMartIntoATableWithTheViewsRows()
    {
        var source = FiscalWarehouse.Warehouse.Storage.Snapshot.PathFor(server.WarehousePath);
        var copy = Path.Combine(server.Directory, "materialize-test.duckdb");
        File.Copy(source, copy, overwrite: true);
        var before = Contents(source);

        var done = MartMaterializer.Run(copy);

        Assert.Equal(MartMaterializer.Views, done);
        Assert.Equal(before, Contents(copy));
        using var connection = Open(copy);
        using var command = connection.CreateCommand();
        command.CommandText = "select count(*) from information_schema.tables where table_type = 'BASE TABLE' and table_name like 'mart\\_%' escape '\\'";
        Assert.Equal(MartMaterializer.Views.Count, Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Run_WritesEachClusteredMartInItsClusterOrder()
    {
        var source = FiscalWarehouse.Warehouse.Storage.Snapshot.PathFor(server.WarehousePath);
        var copy = Path.Combine(server.Directory, "cluster-test.duckdb");
        File.Copy(source, copy, overwrite: true);

        MartMaterializer.Run(copy);

        using var connection = Open(copy);
        foreach (var (view, order) in MartMaterializer.ClusterOrder)
        {
            // Storage order is rowid order in a table written once; a row that sorts before its predecessor breaks it.
            using var command = connection.CreateCommand();
#pragma warning disable CA2100 // names and columns from MartMaterializer's constant lists
            command.CommandText = $"""
                select count(*) filter (where stored <> wanted), count(*)
                from (select row_number() over (order by rowid) as stored,
                             row_number() over (order by {order}, rowid) as wanted
                      from {view})
                """;
#pragma warning restore CA2100
            using var reader = command.ExecuteReader();
            Assert.True(reader.Read());
            Assert.True(reader.GetInt64(1) > 0, $"{view} has no rows in the test warehouse");
            Assert.Equal(0L, reader.GetInt64(0));
        }
    }

    /// <summary>Every mart's rows as sorted text, so view and table can be compared exactly.</summary>
    private static Dictionary<string, string[]> Contents(string path)
    {
        using var connection = Open(path);
        var result = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var view in MartMaterializer.Views)
        {
            using var command = connection.CreateCommand();
#pragma warning disable CA2100 // names from MartMaterializer's constant list
            command.CommandText = $"select cast(columns(*) as varchar) from {view}";
#pragma warning restore CA2100
            using var reader = command.ExecuteReader();
            var rows = new List<string>();
            while (reader.Read())
            {
                rows.Add(string.Join('\u001f', Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "∅" : reader.GetString(i))));
            }

            result[view] = [.. rows.Order(StringComparer.Ordinal)];
        }

        return result;
    }

    private static DuckDBConnection Open(string path)
    {
        var connection = new DuckDBConnection($"Data Source={path};ACCESS_MODE=READ_ONLY");
        connection.Open();
        return connection;
    }
}
