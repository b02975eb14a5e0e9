using System.Globalization;

namespace FiscalWarehouse.Jobs.Hosting;

/// <summary>Names for the ledger and logs: which machine and process did the work, and a sortable run id.</summary>
public static class WorkerIdentity
{
    public static string Host { get; } = string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName}/{Environment.ProcessId}");

    public static string NewRunId(DateTime nowUtc) =>
        "r" + nowUtc.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..6];
}
