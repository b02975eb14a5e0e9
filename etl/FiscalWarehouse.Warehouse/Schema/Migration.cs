using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace FiscalWarehouse.Warehouse.Schema;

/// <summary>One embedded sql/migrations/NNNN_name.sql file.</summary>
internal sealed record Migration(int Version, string Name, string Path, string Sql)
{
    public string Checksum => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Sql)));

    public static IReadOnlyList<Migration> Embedded() =>
        [.. SqlScripts.In("migrations").Select(FromPath).OrderBy(m => m.Version)];

    private static Migration FromPath(string path)
    {
        var file = System.IO.Path.GetFileNameWithoutExtension(path);
        var underscore = file.IndexOf('_', StringComparison.Ordinal);
        if (underscore <= 0 || !int.TryParse(file[..underscore], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            throw new InvalidOperationException($"migration file name must start with a number and '_': sql/{path}");
        }

        return new Migration(version, file[(underscore + 1)..], path, SqlScripts.Read(path));
    }
}
