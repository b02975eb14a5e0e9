using FiscalWarehouse.Etl;
using FiscalWarehouse.Model.Findings;

namespace FiscalWarehouse.Warehouse.Loading;

/// <summary>What the loader knows about one report before staging it: identity, region, extra findings (its version number is SQL's: sql/load/005).</summary>
internal sealed record StagedReport(
    ParsedReport Parsed,
    long ReportVersionId,
    string ReportKey,
    string UnitName,
    string? RegionCode,
    DateTime LoadedAt,
    IReadOnlyList<Finding> WarehouseFindings);
