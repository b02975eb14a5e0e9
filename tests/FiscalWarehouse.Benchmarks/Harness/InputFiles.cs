namespace FiscalWarehouse.Benchmarks.Harness;

internal static class InputFiles
{
    /// <summary>Files and folders (recursively) → files in ordinal order, so every run sees the same sequence.</summary>
    public static List<string> Expand(IEnumerable<string> paths) =>
        [.. paths.SelectMany(p => Directory.Exists(p) ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories) : [p])
            .Order(StringComparer.Ordinal)];
}
