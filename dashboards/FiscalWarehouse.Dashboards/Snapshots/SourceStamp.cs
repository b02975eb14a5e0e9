namespace FiscalWarehouse.Dashboards.Snapshots;

/// <summary>What identifies a version of the source file (and its WAL) without reading it.</summary>
internal readonly record struct SourceStamp(long Length, DateTime WrittenUtc, long WalLength, DateTime WalWrittenUtc)
{
    public static SourceStamp Of(string path)
    {
        var file = new FileInfo(path);
        var wal = new FileInfo(path + ".wal");
        return new SourceStamp(
            file.Exists ? file.Length : -1,
            file.Exists ? file.LastWriteTimeUtc : default,
            wal.Exists ? wal.Length : -1,
            wal.Exists ? wal.LastWriteTimeUtc : default);
    }

    public bool Exists => Length >= 0;
}
