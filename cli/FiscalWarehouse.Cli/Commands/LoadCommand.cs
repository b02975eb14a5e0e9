using System.CommandLine;
using FiscalWarehouse.Etl.Identity;
using FiscalWarehouse.Warehouse.Loading;
using FiscalWarehouse.Warehouse.Schema;
using FiscalWarehouse.Warehouse.Storage;

namespace FiscalWarehouse.Cli.Commands;

/// <summary>`fw load PATH... [--db FILE]`: one line per report (loaded / unchanged / replaced / rejected: REASON (FILE:LINE)).</summary>
internal static class LoadCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Report files or folders (searched recursively).", Arity = ArgumentArity.ZeroOrMore };
        var db = CommonOptions.Database();
        var accept = new Option<string[]>("--accept") { Description = "Make this file's version current even though it is worse than the current one (a held version); repeatable." };
        var command = new Command("load", "Load reports into the warehouse, each in one transaction. A new version worse than the current one is held (docs/schema.md, report_hold). Exit 0 if none was rejected or held, 1 if any was, 2 on usage errors.")
        {
            paths,
            db,
            accept,
        };
        var identity = new IdentityOptions();
        identity.AddTo(command);
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run([.. parse.GetValue(paths) ?? []], parse.GetValue(db), [.. parse.GetValue(accept) ?? []], identity.Read(parse), cancellationToken)));
        return command;
    }

    private static int Run(string[] paths, string? db, string[] accepted, StatedIdentity stated, CancellationToken cancellationToken)
    {
        if (paths.Length == 0 && accepted.Length == 0)
        {
            Console.Error.WriteLine("fw load: give report files or folders, or --accept FILE");
            return ExitCodes.Usage;
        }

        var files = ReportFiles.Expand(paths, out var missing);
        missing = [.. missing, .. accepted.Where(a => !File.Exists(a))];
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
            outcomes = LoadAll(files, accepted, CommonOptions.WarehouseOptions(db), Console.Out, cancellationToken, stated);
        }
        catch (Exception e) when (e is WarehouseBusyException or SchemaVersionException)
        {
            Console.Error.WriteLine($"fw load: {e.Message}");
            return ExitCodes.Failure;
        }

        return outcomes.Any(o => o.Status is LoadStatus.Rejected or LoadStatus.Held) ? ExitCodes.Failure : ExitCodes.Success;
    }

    /// <summary>Loads the files in batches, printing "FILE: STATUS" as each batch commits, so a long load shows progress.</summary>
    internal static IReadOnlyList<LoadOutcome> LoadAll(IReadOnlyList<string> files, Warehouse.Configuration.WarehouseOptions options, TextWriter output, CancellationToken cancellationToken) =>
        LoadAll(files, [], options, output, cancellationToken);

    internal static IReadOnlyList<LoadOutcome> LoadAll(IReadOnlyList<string> files, IReadOnlyList<string> accepted, Warehouse.Configuration.WarehouseOptions options, TextWriter output, CancellationToken cancellationToken, StatedIdentity? stated = null)
    {
        var parser = CliServices.Parser.With(stated ?? StatedIdentity.None);
        var started = DateTime.UtcNow;
        // A new warehouse: its first files are parsed while the writer creates and opens it.
        var ahead = accepted.Count == 0 ? ParseAhead.StartIfNew(options.Path, files, options.LoadBatchSize, parser, cancellationToken) : null;
        using var writer = WarehouseWriter.Open(options);
        var outcomes = new List<LoadOutcome>(files.Count + accepted.Count);
        foreach (var file in accepted)
        {
            var outcome = writer.Accept(file, parser, cancellationToken);
            outcomes.Add(outcome);
            output.WriteLine($"{outcome.File}: {outcome.StatusText}");
        }

        foreach (var outcome in writer.LoadFiles(files, parser, ahead, cancellationToken))
        {
            outcomes.Add(outcome);
            output.WriteLine($"{outcome.File}: {outcome.StatusText}");
        }

        // Recorded while the writer is open, so the snapshot it publishes on closing carries the ledger too.
        LoadLedger.Record(options.Path, files, outcomes, started);
        return outcomes;
    }
}
