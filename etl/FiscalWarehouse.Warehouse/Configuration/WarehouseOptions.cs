namespace FiscalWarehouse.Warehouse.Configuration;

/// <summary>Where the warehouse lives and how writers share it. Bound from the "Warehouse" section; FW_DB overrides Path.</summary>
public sealed class WarehouseOptions
{
    public const string SectionName = "Warehouse";

    public string Path { get; set; } = "data/warehouse.duckdb";

    /// <summary>How long a second writer waits for the write lock before giving up with a clear message.</summary>
    public int WriterWaitSeconds { get; set; }
}
