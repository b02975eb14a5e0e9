using DuckDB.NET.Data;

namespace FiscalWarehouse.Dashboards.Snapshots;

/// <summary>A connection on one snapshot for the length of one request.</summary>
internal sealed class SnapshotLease(Snapshot snapshot, DuckDBConnection connection) : IDisposable
{
    public DuckDBConnection Connection { get; } = connection;

    public DateTimeOffset TakenAt => snapshot.TakenAt;

    public void Dispose()
    {
        Connection.Dispose();
        snapshot.Release();
    }
}
