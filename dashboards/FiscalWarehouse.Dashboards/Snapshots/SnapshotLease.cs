using DuckDB.NET.Data;

namespace FiscalWarehouse.Dashboards.Snapshots;

/// <summary>A connection on one snapshot for the length of one request.</summary>
internal sealed class SnapshotLease(Snapshot snapshot, DuckDBConnection connection) : IDisposable
{
    public DuckDBConnection Connection { get; } = connection;

    public DateTimeOffset TakenAt => snapshot.TakenAt;

    /// <summary>The copy this lease reads: a new snapshot is a new file, so this names one immutable state.</summary>
    public string SnapshotPath => snapshot.Path;

    public void Dispose()
    {
        Connection.Dispose();
        snapshot.Release();
    }
}
