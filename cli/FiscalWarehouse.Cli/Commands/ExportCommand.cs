using System.CommandLine;
using FiscalWarehouse.Warehouse.Lake;
using FiscalWarehouse.Warehouse.Storage;

namespace FiscalWarehouse.Cli.Commands;

/// <summary>`fw export --out DIR`: the core tables and marts as Parquet (hive-partitioned by year) plus manifest.json.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--out") { Description = "New or empty folder for the lake.", Required = true };
        var db = CommonOptions.Database();
        var command = new Command("export", "Write the warehouse as a Parquet lake (core tables and marts, partitioned by year) with a manifest of row counts and hashes.")
        {
            output,
            db,
        };
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(parse.GetValue(output)!, parse.GetValue(db), cancellationToken)));
        return command;
    }

    private static int Run(string output, string? db, CancellationToken cancellationToken)
    {
        var options = CommonOptions.WarehouseOptions(db);
        try
        {
            var manifest = LakeExporter.Export(options.Path, output, cancellationToken);
            foreach (var table in manifest.Tables)
            {
                Console.Out.WriteLine($"{table.Name}: {table.Rows} rows, {table.Files.Count} file(s)");
            }

            Console.Out.WriteLine($"lake: {Path.GetFullPath(output)} (query it: ./fw sql --lake {output} \"select * from dim_report\")");
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is IOException or WarehouseBusyException or DuckDB.NET.Data.DuckDBException)
        {
            Console.Error.WriteLine($"export failed: {e.Message}");
            return ExitCodes.Failure;
        }
    }
}
