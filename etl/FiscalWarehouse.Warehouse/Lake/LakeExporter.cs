using System.Globalization;
using System.Security.Cryptography;
using DuckDB.NET.Data;
using FiscalWarehouse.Warehouse.Schema;
using FiscalWarehouse.Warehouse.Storage;

namespace FiscalWarehouse.Warehouse.Lake;

/// <summary>
/// Writes the core tables and the marts as Parquet through DuckDB's COPY (decimals stay DECIMAL(p,s) logical types),
/// facts and reports hive-partitioned by year (year=2023/…), plus manifest.json with row counts, Σ amount_yuan and
/// file hashes. Reads from a read-only connection (or the snapshot while a load runs), so export never blocks a writer.
/// </summary>
public static class LakeExporter
{
    public static LakeManifest Export(string databasePath, string outDirectory, CancellationToken cancellationToken)
    {
        using var connection = WarehouseFiles.OpenReader(databasePath, out _);
        return Export(connection, outDirectory, cancellationToken);
    }

    internal static LakeManifest Export(DuckDBConnection connection, string outDirectory, CancellationToken cancellationToken)
    {
        var root = Path.GetFullPath(outDirectory);
        if (Directory.Exists(root) && Directory.EnumerateFileSystemEntries(root).Any())
        {
            throw new IOException($"{root} is not empty: export into a new or empty folder");
        }

        Directory.CreateDirectory(root);
        var tables = new List<LakeTable>();
        foreach (var (name, kind) in LakeTables.Exported(connection))
        {
            cancellationToken.ThrowIfCancellationRequested();
            tables.Add(ExportTable(connection, root, name, kind));
        }

        var manifest = new LakeManifest(1, Migrator.AppliedVersions(connection).Max(), DateTime.UtcNow, tables);
        manifest.Write(root);
        return manifest;
    }

    private static LakeTable ExportTable(DuckDBConnection connection, string root, string name, string kind)
    {
        var columns = LakeTables.Columns(connection, name);
        var rows = Commands.Scalar<long>(connection, $"select count(*) from {LakeTables.Quote(name)}");
        string? sum = columns.Any(c => c.Name == "amount_yuan")
            ? Commands.Scalar<decimal?>(connection, $"select sum(amount_yuan) from {LakeTables.Quote(name)}")?.ToString(CultureInfo.InvariantCulture) ?? "0"
            : null;
        var partition = rows > 0 ? LakeTables.PartitionFor(name, columns) : null;
        var target = Path.Combine(root, name);
        Directory.CreateDirectory(target);
        var select = partition?.Select ?? $"select * from {LakeTables.Quote(name)}";
        var copy = partition is null
            ? $"copy ({select}) to '{Escape(Path.Combine(target, "data_0.parquet"))}' (format parquet)"
            : $"copy ({select}) to '{Escape(target)}' (format parquet, partition_by ({string.Join(", ", partition.Columns)}), overwrite_or_ignore true)";
        Commands.Execute(connection, copy);
        var files = Directory.EnumerateFiles(target, "*.parquet", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => new LakeFile(Path.GetRelativePath(root, f).Replace('\\', '/'), new FileInfo(f).Length, Sha256(f)))
            .ToList();
        return new LakeTable(name, kind, partition?.Columns ?? [], rows, sum, columns, files);
    }

    internal static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private static string Escape(string path) => path.Replace("'", "''", StringComparison.Ordinal);
}
