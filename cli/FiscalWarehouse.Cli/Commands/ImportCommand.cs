using System.CommandLine;
using FiscalWarehouse.Warehouse.Lake;
using FiscalWarehouse.Warehouse.Schema;
using FiscalWarehouse.Warehouse.Storage;

namespace FiscalWarehouse.Cli.Commands;

/// <summary>`fw import DIR [--db FILE]`: rebuild a warehouse from a lake written by fw export (hashes and counts checked).</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var lake = new Argument<string>("DIR") { Description = "A lake folder written by fw export." };
        var db = CommonOptions.Database();
        var command = new Command("import", "Rebuild a new warehouse file from a Parquet lake; every file is checked against the manifest first.")
        {
            lake,
            db,
        };
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(parse.GetValue(lake)!, parse.GetValue(db), cancellationToken)));
        return command;
    }

    private static int Run(string lake, string? db, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(lake))
        {
            Console.Error.WriteLine($"no such folder: {lake}");
            return ExitCodes.Usage;
        }

        var options = CommonOptions.WarehouseOptions(db);
        try
        {
            var result = LakeImporter.Import(lake, options, cancellationToken);
            Console.Out.WriteLine($"imported {result.Tables} tables, {result.Rows} rows into {Path.GetFullPath(options.Path)}");
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or WarehouseBusyException or SchemaVersionException or DuckDB.NET.Data.DuckDBException)
        {
            Console.Error.WriteLine($"import failed: {e.Message}");
            return ExitCodes.Failure;
        }
    }
}
