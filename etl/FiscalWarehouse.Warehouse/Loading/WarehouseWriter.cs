using FiscalWarehouse.Etl;
using FiscalWarehouse.Warehouse.Configuration;

namespace FiscalWarehouse.Warehouse.Loading;

/// <summary>
/// The single writer of a warehouse file: migrates it on open, loads each report in one transaction
/// (all or nothing, idempotent by content hash), and summarizes what is there.
/// </summary>
public sealed class WarehouseWriter : IDisposable
{
    private WarehouseWriter() { }

    public static WarehouseWriter Open(WarehouseOptions options)
    {
        _ = options;
        throw new NotImplementedException("implemented by the warehouse work (issue 6)");
    }

    /// <summary>Parses and loads one file; a file that cannot be parsed comes back as <see cref="LoadStatus.Rejected"/>.</summary>
    public LoadOutcome LoadFile(string path, ReportParser parser, CancellationToken cancellationToken)
    {
        _ = path;
        _ = parser;
        cancellationToken.ThrowIfCancellationRequested();
        throw new NotImplementedException();
    }

    public WarehouseSummary Summarize() => throw new NotImplementedException();

    public void Dispose()
    {
    }
}
