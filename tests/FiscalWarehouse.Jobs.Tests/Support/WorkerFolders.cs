using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace FiscalWarehouse.Jobs.Tests.Support;

/// <summary>A temp installation of the worker: inbox, archive, quarantine, staging, warehouse file; deleted on dispose.</summary>
internal sealed class WorkerFolders : IDisposable
{
    public WorkerFolders()
    {
        Root = Path.Combine(Path.GetTempPath(), "fw-jobs-" + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(Inbox);
    }

    public string Root { get; }

    public string Inbox => Path.Combine(Root, "inbox");

    public string Archive => Path.Combine(Root, "archive");

    public string Quarantine => Path.Combine(Root, "quarantine");

    public string Staging => Path.Combine(Root, "staging");

    public string Database => Path.Combine(Root, "warehouse.duckdb");

    /// <summary>Settings as FW_* variables (what an operator sets), for worker processes.</summary>
    public Dictionary<string, string> Environment(string? postgres = null, double settleSeconds = 0.5, int workers = 2, int orphanAfterSeconds = 600)
    {
        var env = new Dictionary<string, string>
        {
            ["FW_Jobs__Inbox"] = Inbox,
            ["FW_Jobs__Archive"] = Archive,
            ["FW_Jobs__Quarantine"] = Quarantine,
            ["FW_Jobs__Staging"] = Staging,
            ["FW_DB"] = Database,
            ["FW_Jobs__SettleSeconds"] = settleSeconds.ToString(CultureInfo.InvariantCulture),
            ["FW_Jobs__WorkerCount"] = workers.ToString(CultureInfo.InvariantCulture),
            ["FW_Jobs__RetryDelaySeconds"] = "1",
            ["FW_Jobs__OrphanAfterSeconds"] = orphanAfterSeconds.ToString(CultureInfo.InvariantCulture),
            ["FW_Jobs__Storage"] = postgres is null ? "inmemory" : "postgres",
        };
        if (postgres is not null)
        {
            env["FW_Jobs__ConnectionString"] = postgres;
        }

        return env;
    }

    /// <summary>The same settings as a configuration, for in-process hosts.</summary>
    public IConfiguration Configuration(double settleSeconds = 0.5, int retries = 3, IReadOnlyDictionary<string, string?>? extra = null) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>(extra ?? new Dictionary<string, string?>())
        {
            ["Jobs:Inbox"] = Inbox,
            ["Jobs:Archive"] = Archive,
            ["Jobs:Quarantine"] = Quarantine,
            ["Jobs:Staging"] = Staging,
            ["Jobs:Database"] = Database,
            ["Jobs:SettleSeconds"] = settleSeconds.ToString(CultureInfo.InvariantCulture),
            ["Jobs:WorkerCount"] = "2",
            ["Jobs:Retries"] = retries.ToString(CultureInfo.InvariantCulture),
            ["Jobs:RetryDelaySeconds"] = "1",
            ["Jobs:Storage"] = "inmemory",
        }).Build();

    /// <summary>Report files that ended in archive/ (any month) or quarantine/ (reason files excluded).</summary>
    public IReadOnlyList<string> Archived() => Files(Archive);

    public IReadOnlyList<string> Quarantined() => Files(Quarantine).Where(f => !f.EndsWith(".reason.json", StringComparison.Ordinal)).ToList();

    public bool StagingEmpty() =>
        Files(Path.Combine(Staging, "tickets")).Count == 0 && Files(Path.Combine(Staging, "runs")).Count == 0
        && Files(Path.Combine(Staging, "work")).Count == 0;

    public bool InboxEmpty() => Files(Inbox).Count == 0;

    private static IReadOnlyList<string> Files(string folder) =>
        Directory.Exists(folder) ? Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".tmp", StringComparison.Ordinal)).ToList() : [];

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
