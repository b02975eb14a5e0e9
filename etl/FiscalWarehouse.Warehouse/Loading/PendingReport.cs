using FiscalWarehouse.Etl;

namespace FiscalWarehouse.Warehouse.Loading;

/// <summary>A parsed report waiting for the loader, with the path to print for it.</summary>
public sealed record PendingReport(string DisplayPath, ParsedReport Parsed);
