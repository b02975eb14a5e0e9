using System.CommandLine;
using FiscalWarehouse.Warehouse.Publishing;
using FiscalWarehouse.Warehouse.Schema;
using FiscalWarehouse.Warehouse.Storage;

namespace FiscalWarehouse.Cli.Commands;

/// <summary>`fw publish --to "CONNECTION STRING"`: copy dimensions, facts and marts to PostgreSQL or SQL Server.</summary>
internal static class PublishCommand
{
    public static Command Create()
    {
        var to = new Option<string?>("--to")
        {
            Description = "Target connection string: Host=… for PostgreSQL, Server=… for SQL Server. Default: Publish:ConnectionString (FW_Publish__ConnectionString).",
        };
        var schema = new Option<string>("--schema") { Description = "Target schema.", DefaultValueFactory = _ => "fiscal" };
        var tables = new Option<string[]>("--tables") { Description = "Only these tables/views (default: every dim_*, fact_*, mart_*, report_table, data_quality_finding, etl_*).", AllowMultipleArgumentsPerToken = true };
        var full = new Option<bool>("--full") { Description = "Drop and rebuild the target tables instead of sending only report versions not yet published." };
        var db = CommonOptions.Database();
        var command = new Command("publish", "Publish the warehouse to a BI server in one transaction (Npgsql binary COPY / SqlBulkCopy); incremental by default.")
        {
            to,
            schema,
            tables,
            full,
            db,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(to), parse.GetValue(schema)!, parse.GetValue(tables) ?? [], parse.GetValue(full), parse.GetValue(db), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string? to, string schema, string[] tables, bool full, string? db, CancellationToken cancellationToken)
    {
        var connectionString = to ?? Warehouse.Configuration.FwConfiguration.Build()["Publish:ConnectionString"];
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            await Console.Error.WriteLineAsync("no target: pass --to \"Host=…\" (PostgreSQL) or --to \"Server=…\" (SQL Server), or set Publish:ConnectionString");
            return ExitCodes.Usage;
        }

        PublishConnectionString target;
        try
        {
            target = PublishConnectionString.Parse(connectionString);
            SqlIdentifier.ValidateSchema(schema);
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return ExitCodes.Usage;
        }

        var options = CommonOptions.WarehouseOptions(db);
        if (!File.Exists(options.Path))
        {
            await Console.Error.WriteLineAsync($"no warehouse at {options.Path}: run 'fw load PATH' first, or pass --db");
            return ExitCodes.Failure;
        }

        try
        {
            using var connection = WarehouseFiles.OpenWriter(options.Path, options.WriterWaitSeconds);
            Migrator.Migrate(connection);
            var result = await new Publisher(connection, options.Path).PublishAsync(new PublishRequest(target, schema, tables, full), cancellationToken);
            Console.Out.WriteLine($"published to {result.Kind} {result.Target} schema {result.Schema} ({result.Mode}): {result.ReportVersions.Count} new report version(s), {result.RowsCopied} row(s)");
            foreach (var (table, count) in result.RowsByTable.Where(p => p.Value > 0))
            {
                Console.Out.WriteLine($"  {table}: {count}");
            }

            return ExitCodes.Success;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The target transaction has rolled back: say so, without the connection string's secrets.
            await Console.Error.WriteLineAsync($"publish failed, target unchanged ({target.Redacted}): {e.Message}");
            return ExitCodes.Failure;
        }
    }
}
