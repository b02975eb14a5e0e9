using FiscalWarehouse.Warehouse.Tests.Support;

namespace FiscalWarehouse.Warehouse.Tests;

/// <summary>
/// The test executable's entry point (xunit's generated one is turned off): with "--fw-load-host" it becomes a child
/// process that loads or holds a warehouse, so tests can kill a real writer (kill -9) or hold DuckDB's per-process
/// lock; otherwise it runs the tests exactly as the generated entry point would.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == LoadHost.Flag)
        {
            return LoadHost.Run(args[1..]);
        }

        if (args.Any(arg => arg is "--server" or "--internal-msbuild-node"))
        {
            return Xunit.MicrosoftTestingPlatform.TestPlatformTestFramework.RunAsync(args, SelfRegisteredExtensions.AddSelfRegisteredExtensions).GetAwaiter().GetResult();
        }

        return Xunit.Runner.InProc.SystemConsole.ConsoleRunner.Run(args).GetAwaiter().GetResult();
    }
}
