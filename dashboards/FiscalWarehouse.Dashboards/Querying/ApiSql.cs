using FiscalWarehouse.Warehouse;

namespace FiscalWarehouse.Dashboards.Querying;

/// <summary>
/// The dashboards' queries: sql/api/NAME.sql. Only these files are ever executed; a request chooses one by route and
/// fills its parameters, never its text.
/// </summary>
internal static class ApiSql
{
    public static string Get(string name) => SqlScripts.Read($"api/{name}.sql");

    /// <summary>
    /// The query cut to its first <paramref name="rows"/> rows by DuckDB itself. The API reads at most the page's rows
    /// plus one (to know whether there are more), but an ordered query without a limit sorts every matching row with
    /// all its columns first; wrapped in a limit, DuckDB keeps only the top rows while scanning (a top-N): the anomaly
    /// list of 10,000 reports sorts 10,647 rows for the 501 a page shows. The order is the script's own: a subquery's
    /// ORDER BY under a plain LIMIT is what the top-N keeps.
    /// </summary>
    public static string Limited(string name, int rows)
    {
        var script = Get(name).TrimEnd();
        var body = script.EndsWith(';') ? script[..^1] : script;
        return $"select * from (\n{body}\n) limit {rows.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
    }
}
