namespace FiscalWarehouse.Warehouse.Storage;

/// <summary>
/// Whether a long-lived reader (the dashboards) wants the writer to keep <c>FILE.snapshot</c> current after each load.
/// Such a reader holds a shared OS lock (flock) on <c>FILE.readers</c> while it runs; a writer closing the file asks
/// for the exclusive lock without waiting and refreshes the snapshot only when it cannot have it. The kernel drops a
/// dead reader's lock, so a crashed dashboard never makes every later load copy the warehouse.
/// </summary>
public static class SnapshotReaders
{
    public static string PathFor(string warehousePath) => System.IO.Path.GetFullPath(warehousePath) + ".readers";

    /// <summary>Registers the calling process as a reader until the returned handle is disposed; the warehouse's folder must exist.</summary>
    public static IDisposable Attach(string warehousePath)
    {
        var path = PathFor(warehousePath);
        if (!File.Exists(path))
        {
            using (new FileStream(path, FileMode.OpenOrCreate, FileAccess.Write, FileShare.ReadWrite))
            {
            }
        }

        // Opened for reading with sharing: a shared flock on Unix, which many readers hold at once.
        return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
    }

    /// <summary>True while some process holds <see cref="Attach"/> on this warehouse.</summary>
    public static bool AnyAttached(string warehousePath)
    {
        var path = PathFor(warehousePath);
        if (!File.Exists(path))
        {
            return false;
        }

        try
        {
            using var exclusive = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.None);
            return false;
        }
        catch (IOException)
        {
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            // Unreadable marker: keep the snapshot current rather than leave a reader behind.
            return true;
        }
    }
}
