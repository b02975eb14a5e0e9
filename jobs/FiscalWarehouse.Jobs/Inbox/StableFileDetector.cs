namespace FiscalWarehouse.Jobs.Inbox;

/// <summary>
/// Finds inbox files that are no longer being written: size and modification time unchanged across a settle
/// interval. A file still growing is left for the next scan, so a report is never taken half-written.
/// </summary>
public sealed class StableFileDetector
{
    private readonly TimeProvider _time;

    public StableFileDetector(TimeProvider time)
    {
        _time = time;
    }

    /// <summary>Files skipped by every scan: hidden, temporary, partial downloads, and reason files.</summary>
    public static bool IsCandidate(string fileName) =>
        !fileName.StartsWith('.')
        && !fileName.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase)
        && !fileName.EndsWith(".part", StringComparison.OrdinalIgnoreCase)
        && !fileName.EndsWith(".crdownload", StringComparison.OrdinalIgnoreCase)
        && !fileName.EndsWith(".reason.json", StringComparison.OrdinalIgnoreCase);

    public static IReadOnlyList<InboxFile> Observe(string inbox)
    {
        if (!Directory.Exists(inbox))
        {
            return [];
        }

        var files = new List<InboxFile>();
        foreach (var path in Directory.EnumerateFiles(inbox, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true }))
        {
            var relative = Path.GetRelativePath(inbox, path);
            if (relative.Split(Path.DirectorySeparatorChar).Any(part => !IsCandidate(part)))
            {
                continue;
            }

            var info = new FileInfo(path);
            if (info.Exists)
            {
                files.Add(new InboxFile(relative, info.Length, info.LastWriteTimeUtc));
            }
        }

        return files.OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList();
    }

    /// <summary>Observes twice, <paramref name="settle"/> apart, and keeps the files that did not change.</summary>
    public async Task<IReadOnlyList<InboxFile>> FindStableAsync(string inbox, TimeSpan settle, CancellationToken cancellationToken)
    {
        var first = Observe(inbox);
        if (first.Count == 0)
        {
            return first;
        }

        await Task.Delay(settle, _time, cancellationToken);
        var second = Observe(inbox).ToDictionary(f => f.RelativePath, StringComparer.Ordinal);
        return first.Where(f => second.TryGetValue(f.RelativePath, out var again) && again.SameAs(f)).ToList();
    }
}
