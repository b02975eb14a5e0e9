using System.CommandLine;
using FiscalWarehouse.Cli.Output;
using FiscalWarehouse.Etl;
using FiscalWarehouse.Etl.Identity;
using FiscalWarehouse.Model.Documents;

namespace FiscalWarehouse.Cli.Commands;

/// <summary>
/// `fw coverage PATH...` (also `fw validate --summary`): one row per document: its identity, tables found, standard
/// tables recognized, generic tables, findings by severity and the accounting identities that held, or why the
/// document was refused. Needs no database: how well a folder of new documents is read, before loading it.
/// </summary>
internal static class CoverageCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Report files or folders (searched recursively).", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "text (default), md (a markdown table) or csv.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "md", "csv");
        var identity = new IdentityOptions();
        var command = new Command("coverage", "Per document: identity, tables found, standard tables recognized, generic tables, findings by severity, identity checks passed (or why it is refused). Exit 1 if any document is refused.")
        {
            paths,
            format,
        };
        identity.AddTo(command);
        command.SetAction((parse, cancellationToken) =>
            Task.FromResult(Run(parse.GetValue(paths)!, parse.GetValue(format)!, identity.Read(parse), cancellationToken)));
        return command;
    }

    internal static int Run(string[] paths, string format, StatedIdentity stated, CancellationToken cancellationToken)
    {
        if (!ReportFiles.TryExpand(paths, out var files))
        {
            return ExitCodes.Usage;
        }

        var parser = CliServices.Parser.With(stated);
        var rows = new List<CoverageRow>(files.Count);
        foreach (var file in files)
        {
            try
            {
                rows.Add(CoverageRow.Of(parser.Parse(file, cancellationToken)));
            }
            catch (DocumentReadException e)
            {
                rows.Add(CoverageRow.Refused(Path.GetFileName(file), e.Message));
            }
        }

        CoveragePrinter.Print(rows, format, Console.Out);
        return rows.Any(r => r.Refusal is not null) ? ExitCodes.Failure : ExitCodes.Success;
    }
}
