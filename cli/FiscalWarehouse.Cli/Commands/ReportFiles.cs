namespace FiscalWarehouse.Cli.Commands;

/// <summary>Expands the PATH arguments of load/validate: files as given, folders recursively, in a stable order.</summary>
internal static class ReportFiles
{
    private static readonly HashSet<string> IgnoredNames = new(StringComparer.OrdinalIgnoreCase) { "README.md" };

    /// <summary>
    /// The PATH arguments of a verb, expanded; every missing one (and every <paramref name="alsoRequired"/> file that
    /// does not exist) named on stderr. False when any is missing: the verb exits with a usage error before reading.
    /// </summary>
    public static bool TryExpand(IEnumerable<string> paths, out IReadOnlyList<string> files, IEnumerable<string>? alsoRequired = null)
    {
        files = Expand(paths, out var missing);
        var absent = missing.Concat((alsoRequired ?? []).Where(f => !File.Exists(f))).ToList();
        foreach (var path in absent)
        {
            Console.Error.WriteLine($"no such file or folder: {path}");
        }

        return absent.Count == 0;
    }

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
