using System.Collections.Concurrent;
using FiscalWarehouse.Warehouse.Configuration;

namespace FiscalWarehouse.Dashboards.Querying;

/// <summary>
/// The dashboards' queries: sql/api/NAME.sql, embedded by the Warehouse project with the rest of sql/. Only these
/// files are ever executed; a request chooses one by route and fills its parameters, never its text.
/// </summary>
internal static class ApiSql
{
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    public static string Get(string name) => GetResource($"sql/api/{name}.sql");

    public static string GetResource(string logicalName) => Cache.GetOrAdd(logicalName, static key =>
    {
        var assembly = typeof(WarehouseOptions).Assembly;
        using var stream = assembly.GetManifestResourceStream(key)
            ?? throw new InvalidOperationException($"embedded SQL '{key}' is missing from {assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });
}
