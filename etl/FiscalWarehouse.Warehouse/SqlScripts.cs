using System.Collections.Concurrent;
using System.Reflection;

namespace FiscalWarehouse.Warehouse;

/// <summary>
/// The one reader of sql/: every .sql and seed file is embedded in this assembly by its path
/// ("sql/migrations/0001_staging.sql"), and the loader, the ledger, the dashboards and the bench all read it here.
/// Reading by path keeps SQL in .sql files where it can be reviewed and tested as SQL.
/// </summary>
public static class SqlScripts
{
    private const string Prefix = "sql/";

    private static readonly Assembly Assembly = typeof(SqlScripts).Assembly;

    // Scripts are read per request by the dashboards and per batch by the loader: decode each once.
    private static readonly ConcurrentDictionary<string, string> Texts = new(StringComparer.Ordinal);

    /// <summary>Paths under sql/ (e.g. "migrations/0001_staging.sql") in a folder, ordered by file name.</summary>
    public static IReadOnlyList<string> In(string folder) =>
        [.. Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix + folder + "/", StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..])
            .Order(StringComparer.Ordinal)];

    /// <summary>The text of sql/PATH; a missing script is a build mistake and fails loudly.</summary>
    public static string Read(string path) => Texts.GetOrAdd(path, static key =>
    {
        using var stream = Open(key);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    public static byte[] ReadBytes(string path)
    {
        using var stream = Open(path);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static Stream Open(string path) =>
        Assembly.GetManifestResourceStream(Prefix + path)
        ?? throw new InvalidOperationException($"embedded file not found: sql/{path} (FiscalWarehouse.Warehouse embeds sql/**)");
}
