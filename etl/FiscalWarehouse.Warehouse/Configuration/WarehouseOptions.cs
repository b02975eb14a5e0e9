using System.ComponentModel.DataAnnotations;

namespace FiscalWarehouse.Warehouse.Configuration;

/// <summary>Where the warehouse lives and how writers share it. Bound from the "Warehouse" section; FW_DB overrides Path.</summary>
public sealed class WarehouseOptions
{
    public const string SectionName = "Warehouse";

    [Required(AllowEmptyStrings = false)]
    public string Path { get; set; } = "data/warehouse.duckdb";

    /// <summary>How long a second writer waits for the write lock before giving up with a clear message.</summary>
    [Range(0, 86_400)]
    public int WriterWaitSeconds { get; set; }

    /// <summary>
    /// DuckDB's memory limit for the writer (a DuckDB size such as 512MB). DuckDB's own default is 80% of the machine's
    /// memory, and a bulk load keeps the pages it wrote cached up to that: 1.1 GiB for 10,000 reports. Beyond the
    /// limit DuckDB evicts clean pages and spills, so a smaller limit bounds memory at little cost.
    /// </summary>
    [RegularExpression(@"^\s*\d+(\.\d+)?\s*([KMGT]i?B|B|[kmgt]i?b|%)?\s*$", ErrorMessage = "Warehouse:WriterMemoryLimit must be a DuckDB size such as 512MB or 2GiB")]
    public string WriterMemoryLimit { get; set; } = "512MB";

    /// <summary>Reports per load batch (one append and one run of the load scripts) when many files load at once (fw load, the demo); see WarehouseWriter.LoadFiles.</summary>
    [Range(1, 100_000)]
    public int LoadBatchSize { get; set; } = 64;

    /// <summary>
    /// Fact rows after which a many-file load commits (the batches before share one transaction); 0 commits every batch.
    /// Four DuckDB row groups by default: see LoadGroup for why rows, not reports.
    /// </summary>
    [Range(0, 100_000_000)]
    public long LoadCommitFactRows { get; set; } = 4 * 122_880;
}
