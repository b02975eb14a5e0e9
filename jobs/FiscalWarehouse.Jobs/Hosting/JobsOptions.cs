using System.ComponentModel.DataAnnotations;

namespace FiscalWarehouse.Jobs.Hosting;

/// <summary>
/// The worker's settings, bound from the "Jobs" section of appsettings.json and overridden by FW_Jobs__* environment
/// variables (e.g. FW_Jobs__Inbox, FW_Jobs__Storage=postgres, FW_Jobs__ConnectionString).
/// </summary>
public sealed class JobsOptions
{
    public const string SectionName = "Jobs";

    public string Inbox { get; set; } = "data/inbox";

    public string Archive { get; set; } = "data/archive";

    public string Quarantine { get; set; } = "data/quarantine";

    /// <summary>Where parsed files wait for the single loader (work folders, tickets, run notes, triggers).</summary>
    public string Staging { get; set; } = "data/staging";

    /// <summary>The warehouse file; empty means Warehouse:Path (FW_DB).</summary>
    public string? Database { get; set; }

    /// <summary>
    /// An extra read copy published after each batch (e.g. on the dashboards' disk). The warehouse writer already keeps
    /// FILE.snapshot beside the warehouse, which `fw sql` and the dashboards read while the loader writes.
    /// </summary>
    public string? Snapshot { get; set; }

    /// <summary>When set, the refresh job re-exports the Parquet lake here after each batch (as `fw export` writes it).</summary>
    public string? Lake { get; set; }

    /// <summary>
    /// When set, the refresh job publishes the warehouse to this PostgreSQL (Host=…) or SQL Server (Server=…) after each
    /// batch, incrementally (docs/publish.md). Keep it in the environment (FW_Jobs__PublishTo), not in a file.
    /// </summary>
    public string? PublishTo { get; set; }

    public string PublishSchema { get; set; } = "fiscal";

    /// <summary>Cron of the recurring inbox scan, in <see cref="TimeZone"/>.</summary>
    public string Schedule { get; set; } = "0 2 * * *";

    public string TimeZone { get; set; } = "Asia/Shanghai";

    /// <summary><c>inmemory</c> (one machine, nothing to install) or <c>postgres</c> (several workers share the queue).</summary>
    public string Storage { get; set; } = "inmemory";

    /// <summary>Npgsql connection string, required when <see cref="Storage"/> is <c>postgres</c>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>PostgreSQL schema of the Hangfire tables: one per warehouse when several installations share a server.</summary>
    public string PostgresSchema { get; set; } = "hangfire";

    [Range(1, 256)]
    public int WorkerCount { get; set; } = Math.Max(2, Environment.ProcessorCount);

    /// <summary>Retries of a transient failure (I/O, a locked file) before the file goes to quarantine.</summary>
    [Range(0, 100)]
    public int Retries { get; set; } = 3;

    /// <summary>First retry delay; each further retry waits three times longer.</summary>
    [Range(0, 86_400)]
    public int RetryDelaySeconds { get; set; } = 10;

    /// <summary>A file is taken only when its size and modification time stay unchanged across this interval.</summary>
    [Range(0, 86_400)]
    public double SettleSeconds { get; set; } = 5;

    /// <summary>A claimed file whose job vanished (a crashed worker) is re-enqueued after this long.</summary>
    [Range(1, 604_800)]
    public int OrphanAfterSeconds { get; set; } = 600;

    /// <summary>
    /// Hangfire queues this worker serves (empty: all of load, parse, scan); leave out "load" on machines that do not
    /// hold the warehouse file. Empty by default because the configuration binder appends to an array, never replaces it.
    /// </summary>
    public string[] Queues { get; set; } = [];

    public string[] EffectiveQueues => Queues.Length > 0 ? Queues : [JobQueues.Load, JobQueues.Parse, JobQueues.Scan];

    /// <summary>Seconds a running job gets to finish on Ctrl+C / SIGTERM before it is cancelled.</summary>
    [Range(0, 3_600)]
    public int ShutdownSeconds { get; set; } = 30;
}
