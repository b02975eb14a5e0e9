using System.CommandLine;
using FiscalWarehouse.Warehouse.Loading;
using FiscalWarehouse.Warehouse.Schema;
using FiscalWarehouse.Warehouse.Storage;

namespace FiscalWarehouse.Cli.Commands;

/// <summary>`fw load PATH... [--db FILE]`: one line per report (loaded / unchanged / replaced / rejected: REASON (FILE:LINE)).</summary>
internal static class LoadCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Report files or folders (searched recursively).", Arity = ArgumentArity.OneOrMore };
        var db = CommonOptions.Database();
        var command = new Command("load", "Load reports into the warehouse, each in one transaction. Exit 0 if none was rejected, 1 if any was, 2 on usage errors.")
        {
            paths,
            db,
        };
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(parse.GetValue(paths)!, parse.GetValue(db), cancellationToken)));
        return command;
    }

    private static int Run(string[] paths, string? db, CancellationToken cancellationToken)
    {
        var files = ReportFiles.Expand(paths, out var missing);
        foreach (var path in missing)
        {
            Console.Error.WriteLine($"no such file or folder: {path}");
        }

        if (missing.Count > 0)
        {
            return ExitCodes.Usage;
        }

        IReadOnlyList<LoadOutcome> outcomes;
        try
        {
            outcomes = LoadAll(files, CommonOptions.WarehouseOptions(db), Console.Out, cancellationToken);
        }
        catch (Exception e) when (e is WarehouseBusyException or SchemaVersionException)
        {
            Console.Error.WriteLine($"fw load: {e.Message}");
            return ExitCodes.Failure;
        }

        return outcomes.Any(o => o.Status == LoadStatus.Rejected) ? ExitCodes.Failure : ExitCodes.Success;
    }

    /// <summary>Loads the files in batches, printing "FILE: STATUS" as each batch commits, so a long load shows progress.</summary>
    internal static IReadOnlyList<LoadOutcome> LoadAll(IReadOnlyList<string> files, Warehouse.Configuration.WarehouseOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var started = DateTime.UtcNow;
        using var writer = WarehouseWriter.Open(options);
        var outcomes = new List<LoadOutcome>(files.Count);
        foreach (var outcome in writer.LoadFiles(files, CliServices.Parser, cancellationToken))
        {
            outcomes.Add(outcome);
            output.WriteLine($"{outcome.File}: {outcome.StatusText}");
        }

        // Recorded while the writer is open, so the snapshot it publishes on closing carries the ledger too.
        LoadLedger.Record(options.Path, files, outcomes, started);
        return outcomes;
    }
}
