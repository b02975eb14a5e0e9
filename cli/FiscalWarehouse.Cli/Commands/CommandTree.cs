using System.CommandLine;

namespace FiscalWarehouse.Cli.Commands;

/// <summary>The `fw` command tree. Each verb lives in its own file; this only lists them.</summary>
internal static class CommandTree
{
    public static RootCommand Build()
    {
        var root = new RootCommand("FiscalWarehouse (fw): 预算/决算公开 reports → an analytic warehouse (DuckDB), marts, dashboards.");
        root.Subcommands.Add(LoadCommand.Create());
        root.Subcommands.Add(ExtractCommand.Create());
        root.Subcommands.Add(ValidateCommand.Create());
        root.Subcommands.Add(CoverageCommand.Create());
        root.Subcommands.Add(SqlCommand.Create());
        root.Subcommands.Add(DemoCommand.Create());

        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(ImportCommand.Create());

        root.Subcommands.Add(ReportCommand.Create());

        root.Subcommands.Add(WorkerCommand.Create());
        root.Subcommands.Add(JobsCommand.Create());

        root.Subcommands.Add(ServeCommand.Create());

        root.Subcommands.Add(GenerateCommand.Create());
        root.Subcommands.Add(BenchCommand.Create());

        root.Subcommands.Add(PublishCommand.Create());

        return root;
    }

    /// <summary>Parse errors exit with 2 (usage), as the contract says, instead of System.CommandLine's default 1.</summary>
    public static async Task<int> RunAsync(this RootCommand root, string[] args)
    {
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await Console.Error.WriteLineAsync(error.Message);
            }

            await Console.Error.WriteLineAsync("Try 'fw --help'.");
            return ExitCodes.Usage;
        }

        return await parsed.InvokeAsync();
    }
}
