using FiscalWarehouse.Warehouse;

namespace FiscalWarehouse.Cli.Bench;

/// <summary>The bench's own SQL (sql/bench/), and the dashboards' sql/api scripts it times.</summary>
internal static class BenchSql
{
    public static string Read(string name) => SqlScripts.Read($"bench/{name}.sql");

    public static IEnumerable<(string Name, string Sql)> ApiQueries() =>
        SqlScripts.In("api").Select(path => (Path.GetFileNameWithoutExtension(path), SqlScripts.Read(path)));
}
