using System.Reflection;

namespace FiscalWarehouse.Cli.Bench;

/// <summary>The bench's own SQL (Bench/Sql/*.sql, embedded), and the warehouse's sql/api scripts it times.</summary>
internal static class BenchSql
{
    public static string Read(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"bench/{name}.sql")
            ?? throw new InvalidOperationException($"embedded bench/{name}.sql is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>sql/api/*.sql embedded by the Warehouse project (the dashboards' read queries).</summary>
    public static IEnumerable<(string Name, string Sql)> ApiQueries()
    {
        var assembly = typeof(Warehouse.Configuration.WarehouseOptions).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("sql/api/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            yield return (Path.GetFileNameWithoutExtension(name), reader.ReadToEnd());
        }
    }
}
