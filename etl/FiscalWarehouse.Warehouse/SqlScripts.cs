using System.Reflection;

namespace FiscalWarehouse.Warehouse;

/// <summary>
/// The SQL and seed files of sql/, embedded in this assembly by their path ("sql/migrations/0001_staging.sql").
/// Reading by path keeps SQL in .sql files where it can be reviewed and tested as SQL.
/// </summary>
internal static class SqlScripts
{
    private const string Prefix = "sql/";

    private static readonly Assembly Assembly = typeof(SqlScripts).Assembly;

    /// <summary>Paths under sql/ (e.g. "migrations/0001_staging.sql") in a folder, ordered by file name.</summary>
    public static IReadOnlyList<string> In(string folder) =>
        [.. Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix + folder + "/", StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..])
            .Order(StringComparer.Ordinal)];

    /// <summary>The text of sql/PATH; a missing script is a build mistake and fails loudly.</summary>
    public static string Read(string path)
    {
        using var stream = Assembly.GetManifestResourceStream(Prefix + path)
            ?? throw new InvalidOperationException($"embedded SQL script not found: sql/{path}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static byte[] ReadBytes(string path)
    {
        using var stream = Assembly.GetManifestResourceStream(Prefix + path)
            ?? throw new InvalidOperationException($"embedded file not found: sql/{path}");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
