using DuckDB.NET.Data;

namespace FiscalWarehouse.Dashboards.Snapshots;

/// <summary>
/// One private, read-only copy of the warehouse. Requests lease it; when a newer copy replaces it, the old one is
/// closed and deleted once its last lease ends, so a refresh never interrupts a running query.
/// </summary>
internal sealed class Snapshot
{
    private readonly DuckDBConnection root;
    private int leases = 1;

    private Snapshot(string path, SourceStamp stamp, DuckDBConnection root)
    {
        Path = path;
        Stamp = stamp;
        this.root = root;
    }

    public string Path { get; }

    public SourceStamp Stamp { get; }

    public DateTimeOffset TakenAt { get; } = DateTimeOffset.UtcNow;

    public static Snapshot Open(string path, SourceStamp stamp)
    {
        var connection = new DuckDBConnection($"Data Source={path};ACCESS_MODE=READ_ONLY");
        try
        {
            connection.Open();
            FiscalWarehouse.Warehouse.Querying.ReadSandbox.Apply(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }

        return new Snapshot(path, stamp, connection);
    }

    /// <summary>A connection of its own for one request (DuckDB connections are not shared between threads).</summary>
    public bool TryLease(out DuckDBConnection connection)
    {
        lock (root)
        {
            if (leases == 0)
            {
                connection = null!;
                return false;
            }

            leases++;
            // DuckDB.NET shares one database instance per file within the process (the root keeps it open), so
            // another connection costs a connection, not a second open of the file.
            connection = new DuckDBConnection(root.ConnectionString);
            try
            {
                // The sandbox applied to the root holds for this connection too: the settings are the database instance's.
                connection.Open();
            }
            catch
            {
                leases--;
                connection.Dispose();
                throw;
            }

            return true;
        }
    }

    public void Release()
    {
        bool last;
        lock (root)
        {
            leases--;
            last = leases == 0;
        }

        if (last)
        {
            root.Dispose();
            TryDelete(Path);
            TryDelete(Path + ".wal");
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // A leftover copy in the snapshot directory is harmless; it is overwritten or cleaned with the directory.
        }
    }
}
