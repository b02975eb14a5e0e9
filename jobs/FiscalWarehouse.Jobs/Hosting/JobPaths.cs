using FiscalWarehouse.Warehouse.Configuration;

namespace FiscalWarehouse.Jobs.Hosting;

/// <summary>The folders and files of one worker installation, resolved to absolute paths once.</summary>
public sealed class JobPaths
{
    public JobPaths(JobsOptions options, WarehouseOptions warehouse)
    {
        Inbox = Path.GetFullPath(options.Inbox);
        Archive = Path.GetFullPath(options.Archive);
        Quarantine = Path.GetFullPath(options.Quarantine);
        Staging = Path.GetFullPath(options.Staging);
        Database = Path.GetFullPath(string.IsNullOrWhiteSpace(options.Database) ? warehouse.Path : options.Database);
        Snapshot = string.IsNullOrWhiteSpace(options.Snapshot) ? null : Path.GetFullPath(options.Snapshot);
        Lake = string.IsNullOrWhiteSpace(options.Lake) ? null : Path.GetFullPath(options.Lake);
        PublishTo = string.IsNullOrWhiteSpace(options.PublishTo) ? null : options.PublishTo;
        PublishSchema = options.PublishSchema;
    }

    public string Inbox { get; }

    public string Archive { get; }

    public string Quarantine { get; }

    public string Staging { get; }

    public string Database { get; }

    /// <summary>An extra read copy the refresh job publishes (the writer always keeps FILE.snapshot beside the warehouse).</summary>
    public string? Snapshot { get; }

    public string? Lake { get; }

    /// <summary>The BI server the refresh job publishes to, if any (a connection string: never logged as is).</summary>
    public string? PublishTo { get; }

    public string PublishSchema { get; }

    /// <summary>Held (OS file lock, released when the process dies) by whichever worker appends to the warehouse.</summary>
    public string LoaderLock => Database + ".loader.lock";

    public void EnsureFolders()
    {
        foreach (var folder in new[] { Inbox, Archive, Quarantine, Staging, Path.GetDirectoryName(Database)! })
        {
            Directory.CreateDirectory(folder);
        }
    }
}
