using System.Text.RegularExpressions;

namespace FiscalWarehouse.Warehouse.Schema;

/// <summary>
/// Makes embedded sql/seeds/*.csv readable by DuckDB's read_csv: each {seed:NAME} placeholder of a migration is replaced
/// by the path of a temporary copy, deleted when disposed. The names come from our own SQL files, never from input.
/// </summary>
internal sealed partial class SeedFiles : IDisposable
{
    private readonly List<string> _files = [];

    public string Expand(string sql) => SeedPlaceholder().Replace(sql, match =>
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"fw-seed-{Guid.NewGuid():N}-{match.Groups[1].Value}");
        File.WriteAllBytes(path, SqlScripts.ReadBytes("seeds/" + match.Groups[1].Value));
        _files.Add(path);
        return path.Replace("'", "''", StringComparison.Ordinal);
    });

    public void Dispose()
    {
        foreach (var file in _files)
        {
            File.Delete(file);
        }
    }

    [GeneratedRegex(@"\{seed:([A-Za-z0-9_]+\.csv)\}")]
    private static partial Regex SeedPlaceholder();
}
