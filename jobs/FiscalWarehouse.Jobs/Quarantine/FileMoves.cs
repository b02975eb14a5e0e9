namespace FiscalWarehouse.Jobs.Quarantine;

/// <summary>Target names for archive and quarantine moves that never overwrite an earlier file of the same name.</summary>
public static class FileMoves
{
    public static string FreeName(string folder, string fileName, string fileId)
    {
        var target = Path.Combine(folder, fileName);
        if (!File.Exists(target))
        {
            return target;
        }

        return Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(fileName)}.{fileId[..8]}{Path.GetExtension(fileName)}");
    }

    /// <summary>Loaded files go to <c>archive/YYYY/MM/</c> by the month they were loaded.</summary>
    public static string Archive(string archiveRoot, string path, string fileId, DateTime nowUtc)
    {
        var target = ArchiveTarget(archiveRoot, Path.GetFileName(path), fileId, nowUtc);
        MoveTo(path, target);
        return target;
    }

    public static string ArchiveTarget(string archiveRoot, string fileName, string fileId, DateTime nowUtc)
    {
        var folder = Path.Combine(archiveRoot, nowUtc.ToString("yyyy", System.Globalization.CultureInfo.InvariantCulture), nowUtc.ToString("MM", System.Globalization.CultureInfo.InvariantCulture));
        return FreeName(folder, fileName, fileId);
    }

    public static void MoveTo(string path, string target)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Move(path, target);
    }
}
