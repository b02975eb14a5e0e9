using System.Collections.Concurrent;
using System.Reflection;

namespace FiscalWarehouse.Warehouse.Marts;

/// <summary>
/// The report queries of <c>fw report</c>, embedded from sql/reports/*.sql (the marts themselves are views created by
/// the migrator from sql/marts/). A missing script is a build mistake, so it fails loudly rather than returning nothing.
/// </summary>
internal static class MartSql
{
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    public static string Report(string name) => Resource($"sql/reports/{name}.sql");

    public static string Resource(string logicalName) => Cache.GetOrAdd(logicalName, static key =>
    {
        using var stream = typeof(MartSql).Assembly.GetManifestResourceStream(key)
            ?? throw new InvalidOperationException($"embedded SQL '{key}' is missing from {typeof(MartSql).Assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>Names of every embedded script under a folder, in file-name order (how the migrator applies marts).</summary>
    public static IReadOnlyList<string> Names(string folder)
    {
        var prefix = $"sql/{folder}/";
        return [.. typeof(MartSql).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];
    }

    internal static Assembly Assembly => typeof(MartSql).Assembly;
}
