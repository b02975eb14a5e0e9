using FiscalWarehouse.Etl;
using FiscalWarehouse.Warehouse.Configuration;
using FiscalWarehouse.Warehouse.Schema;
using FiscalWarehouse.Warehouse.Storage;
using DuckDB.NET.Data;

namespace FiscalWarehouse.Warehouse.Loading;

/// <summary>
/// The single writer of a warehouse file: migrates it on open, loads each report in one transaction
/// (all or nothing, idempotent by content hash), and summarizes what is there.
/// </summary>
public sealed class WarehouseWriter : IDisposable
{
    private readonly DuckDBConnection _connection;
    private readonly string _path;

    private WarehouseWriter(DuckDBConnection connection, string path)
    {
        _connection = connection;
        _path = path;
    }

    public static WarehouseWriter Open(WarehouseOptions options)
    {
        var connection = WarehouseFiles.OpenWriter(options.Path, options.WriterWaitSeconds);
        try
        {
            Migrator.Migrate(connection);
            return new WarehouseWriter(connection, options.Path);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
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
        Snapshot.Refresh(_connection, _path);
        _connection.Dispose();
    }
}
