using System.CommandLine;
using FiscalWarehouse.Etl.Identity;
using FiscalWarehouse.Model.Documents;
using FiscalWarehouse.Model.Findings;

namespace FiscalWarehouse.Cli.Commands;

/// <summary>`fw validate FILE...`: findings, one per line; exit 1 when any is an error.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE") { Description = "Report files or folders.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("validate", "Check every accounting identity and cross-table rule; print findings as 'SEVERITY RULE_ID FILE:LINE message (expected X, printed Y, difference Z)'.")
        {
            files,
        };
        var identity = new IdentityOptions();
        identity.AddTo(command);
        var summary = new Option<bool>("--summary") { Description = "Print the coverage table instead of the findings (as `fw coverage`)." };
        command.Options.Add(summary);
        command.SetAction((parse, cancellationToken) => Task.FromResult(parse.GetValue(summary)
            ? CoverageCommand.Run(parse.GetValue(files)!, "text", identity.Read(parse), cancellationToken)
            : Run(parse.GetValue(files)!, identity.Read(parse), cancellationToken)));
        return command;
    }

    private static int Run(string[] paths, StatedIdentity stated, CancellationToken cancellationToken)
    {
        if (!ReportFiles.TryExpand(paths, out var files))
        {
            return ExitCodes.Usage;
        }

        var parser = CliServices.Parser.With(stated);
        var anyError = false;
        foreach (var file in files)
        {
            try
            {
                var parsed = parser.Parse(file, cancellationToken);
                foreach (var finding in parsed.Findings)
                {
                    Console.Out.WriteLine(finding.ToContractLine());
                    anyError |= finding.Severity == Severity.Error;
                }
            }
            catch (DocumentReadException e)
            {
                Console.Out.WriteLine($"error read.unreadable {e.File}:{e.Line ?? 1} {e.Reason}");
                anyError = true;
            }
        }

        return anyError ? ExitCodes.Failure : ExitCodes.Success;
    }
}
