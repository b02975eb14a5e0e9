namespace FiscalWarehouse.Cli;

/// <summary>The exit codes of the `fw` contract.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Something was rejected, a finding is an error, a statement was refused.</summary>
    public const int Failure = 1;

    /// <summary>The command line itself is wrong.</summary>
    public const int Usage = 2;
}
