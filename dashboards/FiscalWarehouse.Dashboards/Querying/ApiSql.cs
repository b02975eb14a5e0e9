using FiscalWarehouse.Warehouse;

namespace FiscalWarehouse.Dashboards.Querying;

/// <summary>
/// The dashboards' queries: sql/api/NAME.sql. Only these files are ever executed; a request chooses one by route and
/// fills its parameters, never its text.
/// </summary>
internal static class ApiSql
{
    public static string Get(string name) => SqlScripts.Read($"api/{name}.sql");
}
