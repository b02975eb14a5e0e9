namespace FiscalWarehouse.Jobs.Staging;

/// <summary>
/// The single-loader guarantee: an exclusive OS lock on a file beside the warehouse. The kernel releases it when the
/// process dies (even by kill -9), unlike a lock row in the job storage that would need a timeout to expire.
/// </summary>
public sealed class LoaderLock : IDisposable
{
    private readonly FileStream _stream;

    private LoaderLock(FileStream stream)
    {
        _stream = stream;
    }

    /// <summary>The lock, or null at once when another process holds it.</summary>
    public static LoaderLock? TryAcquire(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            return new LoaderLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException)
        {
            return null;
        }
    }

    public void Dispose() => _stream.Dispose();
}
