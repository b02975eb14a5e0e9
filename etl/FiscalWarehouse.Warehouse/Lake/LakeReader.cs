using DuckDB.NET.Data;
using FiscalWarehouse.Warehouse.Storage;

namespace FiscalWarehouse.Warehouse.Lake;

/// <summary>An in-memory DuckDB in which every table of a lake is a view over its Parquet files (fw sql --lake).</summary>
public static class LakeReader
{
    public static DuckDBConnection Open(string lakeDirectory)
    {
        var root = Path.GetFullPath(lakeDirectory);
        var manifest = LakeManifest.Read(root);
        var connection = new DuckDBConnection("Data Source=:memory:");
        try
        {
            connection.Open();
            foreach (var table in manifest.Tables.Where(t => t.Files.Count > 0))
            {
                Commands.Execute(connection, $"create view {LakeTables.Quote(table.Name)} as select * from {LakeTables.ReadParquet(root, table)}");
            }

            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }
}
