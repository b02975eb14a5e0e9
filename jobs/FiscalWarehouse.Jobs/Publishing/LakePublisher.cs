using FiscalWarehouse.Warehouse.Lake;

namespace FiscalWarehouse.Jobs.Publishing;

/// <summary>
/// Re-exports the Parquet lake after a batch: written into a fresh folder beside the lake, then swapped in by two
/// renames, so a reader listing the lake sees the old export or the new one, never a half-written mix.
/// </summary>
public static class LakePublisher
{
    /// <remarks>Call under the loader lock: the exporter opens the warehouse read-only, which no load may hold meanwhile.</remarks>
    public static LakeManifest Export(string database, string lake, CancellationToken cancellationToken)
    {
        var root = Path.GetFullPath(lake).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(root)!;
        Directory.CreateDirectory(parent);
        var fresh = Path.Combine(parent, $".{Path.GetFileName(root)}.{Guid.NewGuid():N}.new");
        var old = Path.Combine(parent, $".{Path.GetFileName(root)}.{Guid.NewGuid():N}.old");
        try
        {
            var manifest = LakeExporter.Export(database, fresh, cancellationToken);
            if (Directory.Exists(root))
            {
                Directory.Move(root, old);
            }

            Directory.Move(fresh, root);
            return manifest;
        }
        finally
        {
            foreach (var leftover in new[] { fresh, old })
            {
                if (Directory.Exists(leftover))
                {
                    Directory.Delete(leftover, recursive: true);
                }
            }
        }
    }
}
