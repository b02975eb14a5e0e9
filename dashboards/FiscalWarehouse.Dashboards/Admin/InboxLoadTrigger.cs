using FiscalWarehouse.Etl;
using FiscalWarehouse.Warehouse.Configuration;
using FiscalWarehouse.Warehouse.Loading;
using Microsoft.Extensions.Logging;

namespace FiscalWarehouse.Dashboards.Admin;

/// <summary>
/// `fw serve` without a worker: loads every file of the configured inbox directory into the warehouse, one load at a
/// time, in the background. The pages keep reading their snapshot meanwhile and pick up the result when it is done.
/// The parser and the warehouse options are the caller's configured ones (document limits, replacement policy): an
/// admin load must refuse and hold exactly what `fw load` would.
/// </summary>
public sealed class InboxLoadTrigger(string inbox, WarehouseOptions warehouse, ReportParser parser, ILogger<InboxLoadTrigger> logger) : ILoadTrigger
{
    private readonly object gate = new();
    private Task running = Task.CompletedTask;

    /// <summary>The load in progress (or the last one): tests wait for it.</summary>
    internal Task Running
    {
        get
        {
            lock (gate)
            {
                return running;
            }
        }
    }

    public LoadTriggerResult Trigger()
    {
        if (!Directory.Exists(inbox))
        {
            return new LoadTriggerResult(false, $"inbox {inbox} does not exist");
        }

        lock (gate)
        {
            if (!running.IsCompleted)
            {
                return new LoadTriggerResult(false, "a load is already running");
            }

            var files = Directory.GetFiles(inbox).Order(StringComparer.Ordinal).ToArray();
            running = Task.Run(() => Load(files));
            return new LoadTriggerResult(true, $"loading {files.Length} file(s) from {inbox}");
        }
    }

    private void Load(string[] files)
    {
        try
        {
            using var writer = WarehouseWriter.Open(warehouse);
            foreach (var file in files)
            {
                var outcome = writer.LoadFile(file, parser, CancellationToken.None);
                logger.LogInformation("admin load {File}: {Outcome}", Path.GetFileName(file), outcome);
            }
        }
        catch (Exception e)
        {
            logger.LogError(e, "admin load of {Inbox} failed", inbox);
        }
    }
}
