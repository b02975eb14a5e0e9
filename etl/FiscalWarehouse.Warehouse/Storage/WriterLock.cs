using System.Diagnostics;

namespace FiscalWarehouse.Warehouse.Storage;

/// <summary>
/// The single-writer guarantee of a warehouse file: an exclusive OS lock (flock) on <c>FILE.writer.lock</c>, taken
/// before anything touches the warehouse and held until the writer has closed it and refreshed the snapshot.
/// DuckDB's own lock is not enough: it is a POSIX record lock, which the kernel drops as soon as the process closes
/// any descriptor of the file (a File.Copy for the snapshot did that), and it does not exist yet while a new file is
/// being created. The kernel releases this lock when the process dies, even by kill -9.
/// </summary>
public sealed class WriterLock : IDisposable
{
    private static readonly TimeSpan RetryInterval = TimeSpan.FromMilliseconds(100);
    private readonly FileStream _stream;

    private WriterLock(FileStream stream)
    {
        _stream = stream;
    }

    public static string PathFor(string warehousePath) => System.IO.Path.GetFullPath(warehousePath) + ".writer.lock";

    /// <summary>Takes the lock, waiting up to <paramref name="waitSeconds"/>; throws <see cref="WarehouseBusyException"/> when it stays taken.</summary>
    public static WriterLock Acquire(string warehousePath, int waitSeconds)
    {
        var full = System.IO.Path.GetFullPath(warehousePath);
        var path = PathFor(full);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive flock on Unix and a share-mode lock on Windows.
                var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                return new WriterLock(stream);
            }
            catch (IOException) when (waited.Elapsed.TotalSeconds < waitSeconds)
            {
                Thread.Sleep(RetryInterval);
            }
            catch (IOException e)
            {
                throw new WarehouseBusyException(BusyMessage(full, waitSeconds), e);
            }
        }
    }

    /// <summary>The documented refusal (docs/scaling.md, "One writer").</summary>
    internal static string BusyMessage(string full, int waitSeconds, string holder = "") =>
        $"the warehouse {full} is being written by another process{holder}; one writer at a time. " +
        $"Try again when it has finished{(waitSeconds > 0 ? $" (waited {waitSeconds}s)" : "")}, or set Warehouse:WriterWaitSeconds (FW_Warehouse__WriterWaitSeconds) to wait for it.";

    public void Dispose() => _stream.Dispose();
}
