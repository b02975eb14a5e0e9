using FiscalWarehouse.Etl;
using FiscalWarehouse.Model.Findings;

namespace FiscalWarehouse.Warehouse.Loading;

/// <summary>What the loader knows about one report before staging it: identity, version, region, extra findings.</summary>
internal sealed record StagedReport(
    ParsedReport Parsed,
    long ReportVersionId,
    string ReportKey,
    string UnitName,
    string? RegionCode,
    int Version,
    DateTime LoadedAt,
    IReadOnlyList<Finding> WarehouseFindings);
