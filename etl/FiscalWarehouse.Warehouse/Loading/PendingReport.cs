using FiscalWarehouse.Etl;

namespace FiscalWarehouse.Warehouse.Loading;

/// <summary>A parsed report waiting for the loader, with the path to print for it.</summary>
public sealed record PendingReport(string DisplayPath, ParsedReport Parsed)
{
    /// <summary>Its warehouse rows when a parse worker already prepared them (else the loader prepares them).</summary>
    internal PreparedReport? Prepared { get; init; }
}
