namespace FiscalWarehouse.Cli.Output;

/// <summary>Rich output (Spectre tables, progress) only on an interactive terminal; plain lines for pipes, files and tests.</summary>
internal static class Terminal
{
    public static bool IsInteractive => !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("FW_PLAIN") is null;
}
