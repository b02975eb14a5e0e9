namespace FiscalWarehouse.Cli.Commands;

/// <summary>Expands the PATH arguments of load/validate: files as given, folders recursively, in a stable order.</summary>
internal static class ReportFiles
{
    private static readonly HashSet<string> IgnoredNames = new(StringComparer.OrdinalIgnoreCase) { "README.md" };

    public static IReadOnlyList<string> Expand(IEnumerable<string> paths, out IReadOnlyList<string> missing)
    {
        var files = new List<string>();
        var notFound = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => !IgnoredNames.Contains(Path.GetFileName(f)) && !Path.GetFileName(f).StartsWith('.'))
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                notFound.Add(path);
            }
        }

        missing = notFound;
        return files;
    }
}
