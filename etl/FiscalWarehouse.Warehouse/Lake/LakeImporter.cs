using System.Globalization;
using FiscalWarehouse.Warehouse.Configuration;
using FiscalWarehouse.Warehouse.Loading;
using FiscalWarehouse.Warehouse.Schema;
using FiscalWarehouse.Warehouse.Storage;

namespace FiscalWarehouse.Warehouse.Lake;

/// <summary>
/// Rebuilds a warehouse from a lake: checks every file against the manifest's SHA-256, migrates a new warehouse, then
/// in ONE transaction replaces the core tables (seeded dimensions included) with the lake's rows and checks row counts
/// and Σ amount_yuan against the manifest before committing. Marts are views and come back with the migration.
/// </summary>
public static class LakeImporter
{
    public sealed record Result(int Tables, long Rows);

    public static Result Import(string lakeDirectory, WarehouseOptions options, CancellationToken cancellationToken)
    {
        var root = Path.GetFullPath(lakeDirectory);
        var manifest = LakeManifest.Read(root);
        foreach (var file in manifest.Tables.SelectMany(t => t.Files))
        {
            var path = Path.Combine(root, file.Path);
            if (!File.Exists(path) || LakeExporter.Sha256(path) != file.Sha256)
            {
                throw new InvalidDataException($"{file.Path} is missing or differs from {LakeManifest.FileName} (SHA-256): the lake is incomplete or was changed");
            }
        }

        if (manifest.SchemaVersion > Migrator.LatestVersion)
        {
            throw new SchemaVersionException($"the lake was exported at schema version {manifest.SchemaVersion}, this fw knows up to {Migrator.LatestVersion}: use a newer fw");
        }

        using var writer = WarehouseWriter.Open(options);
        var connection = writer.Connection;
        if (Commands.Scalar<long>(connection, "select count(*) from dim_report") > 0)
        {
            throw new IOException($"{options.Path} already holds reports: import into a new warehouse file");
        }

        long total = 0;
        var imported = 0;
        using var transaction = connection.BeginTransaction();
        foreach (var table in manifest.Tables.Where(t => t.Kind == "table" && t.Name != "schema_version"))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var target = LakeTables.Columns(connection, table.Name);
            if (target.Count == 0)
            {
                throw new InvalidDataException($"the lake has a table {table.Name} this warehouse does not know");
            }

            if (Commands.Scalar<long>(connection, "select count(*) from information_schema.tables where table_name = $name and table_type = 'VIEW'", ("name", table.Name)) > 0)
            {
                // Lakes exported before migration 0060 hold the six fact tables, which are views over fact_cell now.
                throw new InvalidDataException($"the lake holds {table.Name} as a table (exported at schema version {manifest.SchemaVersion}), this warehouse has it as a view over fact_cell: import the lake with the fw that exported it, then open that warehouse with this fw (its migration moves the facts)");
            }

            var shared = target.Where(c => table.Columns.Any(l => l.Name == c.Name)).Select(c => LakeTables.Quote(c.Name)).ToList();
            var name = LakeTables.Quote(table.Name);
            Commands.Execute(connection, $"delete from {name}");
            if (table.Files.Count > 0)
            {
                Commands.Execute(connection, $"insert into {name} ({string.Join(", ", shared)}) select {string.Join(", ", shared)} from {LakeTables.ReadParquet(root, table)}");
            }

            var rows = Commands.Scalar<long>(connection, $"select count(*) from {name}");
            var sum = table.AmountYuanSum is null ? null
                : (Commands.Scalar<decimal?>(connection, $"select sum(amount_yuan) from {name}") ?? 0m).ToString(CultureInfo.InvariantCulture);
            if (rows != table.Rows || (table.AmountYuanSum is not null && decimal.Parse(sum!, CultureInfo.InvariantCulture) != decimal.Parse(table.AmountYuanSum, CultureInfo.InvariantCulture)))
            {
                throw new InvalidDataException($"{table.Name}: imported {rows} rows (Σ amount_yuan {sum}), the manifest says {table.Rows} ({table.AmountYuanSum})");
            }

            total += rows;
            imported++;
        }

        transaction.Commit();
        return new Result(imported, total);
    }
}
