using System.CommandLine;
using FiscalWarehouse.Cli.Output;
using FiscalWarehouse.Warehouse.Querying;
using FiscalWarehouse.Warehouse.Storage;

namespace FiscalWarehouse.Cli.Commands;

/// <summary>`fw sql "QUERY"`: read-only; a statement that writes is refused with exit code 1. `--lake DIR` queries a Parquet lake instead.</summary>
internal static class SqlCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("QUERY") { Description = "SQL to run (DuckDB dialect). Read-only: writes are refused." };
        var db = CommonOptions.Database();
        var lake = new Option<string?>("--lake") { Description = "Query a Parquet lake written by fw export instead of a warehouse file." };
        var allowFiles = new Option<string[]>("--allow-files") { Description = "A directory whose files the query may read (read_csv, read_parquet, …); repeatable. Nothing else outside the warehouse is readable.", AllowMultipleArgumentsPerToken = false };
        var format = new Option<string>("--format") { Description = "table (default), csv or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "json");
        var command = new Command("sql", "Query the warehouse on a read-only connection (while a load runs, its snapshot).")
        {
            query,
            db,
            lake,
            allowFiles,
            format,
        };
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(parse.GetValue(query)!, parse.GetValue(db), parse.GetValue(lake), parse.GetValue(allowFiles) ?? [], parse.GetValue(format)!, cancellationToken)));
        return command;
    }

    private static int Run(string sql, string? db, string? lake, string[] allowFiles, string format, CancellationToken cancellationToken)
    {
        var options = CommonOptions.WarehouseOptions(db);
        if (lake is null && !File.Exists(options.Path))
        {
            Console.Error.WriteLine($"no warehouse at {options.Path}: run 'fw load PATH' or 'fw demo' first, or pass --db");
            return ExitCodes.Failure;
        }

        try
        {
            var result = lake is null
                ? WarehouseQuery.Run(options.Path, sql, allowFiles, cancellationToken)
                : WarehouseQuery.RunOnLake(lake, sql, allowFiles, cancellationToken);
            if (result.Note is { } note)
            {
                Console.Error.WriteLine($"note: {note}");
            }

            ResultPrinter.Print(result, format, Console.Out);
            return ExitCodes.Success;
        }
        catch (ReadOnlyStatementException e)
        {
            Console.Error.WriteLine($"refused: {e.Message}");
            return ExitCodes.Failure;
        }
        catch (Exception e) when (e is DuckDB.NET.Data.DuckDBException or InvalidOperationException or WarehouseBusyException or IOException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.Failure;
        }
    }
}
