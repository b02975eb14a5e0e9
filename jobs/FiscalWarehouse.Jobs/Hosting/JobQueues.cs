namespace FiscalWarehouse.Jobs.Hosting;

/// <summary>Hangfire queue names (lower case, as Hangfire requires).</summary>
public static class JobQueues
{
    /// <summary>The single-writer stage: appends staged reports to the warehouse, refreshes snapshots.</summary>
    public const string Load = "load";

    /// <summary>Parse and validate one file; any number of workers in parallel.</summary>
    public const string Parse = "parse";

    public const string Scan = "scan";
}
