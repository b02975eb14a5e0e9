using System.CommandLine;
using FiscalWarehouse.Etl.Identity;
using FiscalWarehouse.Etl;
using FiscalWarehouse.Etl.Logging;
using FiscalWarehouse.Etl.Reading.Pdf;
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

        if (!ReportFiles.TryExpand(paths, out var files, accepted))
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

    /// <summary>
    /// The fixed costs of a load side by side (docs/benchmarks.md, "startup"): pdftotext starts on the first PDFs at
    /// once, the writer opens (creating a new warehouse from the template) on a worker thread while this one builds the
    /// parser, and a new warehouse's first batch is parsed meanwhile (nothing in a new file can match a file's hash).
    /// </summary>
    private static WarehouseWriter OpenWhileParsing(IReadOnlyList<string> files, IReadOnlyList<string> accepted, Warehouse.Configuration.WarehouseOptions options,
        StatedIdentity? stated, CancellationToken cancellationToken, out ReportParser parser, out ParseAhead? ahead)
    {
        var isNew = !File.Exists(Path.GetFullPath(options.Path));
        var opening = Task.Run(() => WarehouseWriter.Open(options), CancellationToken.None);
        try
        {
            // Started in the order the batches are parsed in (largest first), looked at only when there is a PDF to
            // start. Usually started already from the raw arguments (EarlyWordsPrefetch, whose scan this may wait
            // for: the writer's open is under way meanwhile); started here when that scan was unsure.
            if (!EarlyWordsPrefetch.Covers(files, options.LoadBatchSize, CliServices.Limits.MaxDocumentBytes))
            {
                var pdfs = files.Any(f => f.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase));
                PdfWordsPrefetch.Start(pdfs ? ParseOrder.Batched(files, options.LoadBatchSize) : files, CliServices.Limits.MaxDocumentBytes, Environment.ProcessorCount, cancellationToken);
            }

            parser = CliServices.Parser.With(stated ?? StatedIdentity.None);
            StartupTimeline.Mark("load: parser ready");
            ahead = isNew && accepted.Count == 0 && files.Count > 0 ? ParseAhead.Start(files, options.LoadBatchSize, parser, cancellationToken) : null;
        }
        catch
        {
            // The writer must not stay open (and locked) behind a parser that could not be built.
            opening.ContinueWith(static t => t.Result.Dispose(), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
            throw;
        }

        return opening.GetAwaiter().GetResult();
    }

    /// <summary>Loads the files in batches, printing "FILE: STATUS" as each batch commits, so a long load shows progress.</summary>
    internal static IReadOnlyList<LoadOutcome> LoadAll(IReadOnlyList<string> files, Warehouse.Configuration.WarehouseOptions options, TextWriter output, CancellationToken cancellationToken) =>
        LoadAll(files, [], options, output, cancellationToken);

    internal static IReadOnlyList<LoadOutcome> LoadAll(IReadOnlyList<string> files, IReadOnlyList<string> accepted, Warehouse.Configuration.WarehouseOptions options, TextWriter output, CancellationToken cancellationToken, StatedIdentity? stated = null)
    {
        StartupTimeline.Mark("load: command parsed");
        var started = DateTime.UtcNow;
        using var writer = OpenWhileParsing(files, accepted, options, stated, cancellationToken, out var parser, out var ahead);
        StartupTimeline.Mark("load: writer open");
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
        StartupTimeline.Mark("load: files loaded");
        LoadLedger.Record(options.Path, files, outcomes, started);
        StartupTimeline.Mark("load: ledger recorded");
        return outcomes;
    }
}
