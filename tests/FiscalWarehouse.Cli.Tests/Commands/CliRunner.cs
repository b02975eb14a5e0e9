using System.Text;
using FiscalWarehouse.Cli.Commands;

namespace FiscalWarehouse.Cli.Tests.Commands;

/// <summary>Runs `fw` in process with stdout/stderr captured (tests using it are not run in parallel: Console is global).</summary>
internal static class CliRunner
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static string Root { get; } = FindRoot();

    public static string Sample(string name) => Path.Combine(Root, "samples", name);

    public static async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        await Gate.WaitAsync(TestContext.Current.CancellationToken);
        var (stdout, stderr) = (Console.Out, Console.Error);
        try
        {
            var output = new StringWriter();
            var error = new StringWriter();
            Console.SetOut(output);
            Console.SetError(error);
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            var exit = await CommandTree.Build().RunAsync(args);
            return (exit, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
            Gate.Release();
        }
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "FiscalWarehouse.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
