using FiscalWarehouse.Warehouse.Lake;

namespace FiscalWarehouse.Cli.Bench;

/// <summary>Parquet lake export of the loaded warehouse: time, and size against the DuckDB file.</summary>
internal static class LakeStage
{
    public static IEnumerable<BenchFigure> Run(string dbPath, string lakeDir, CancellationToken cancellationToken)
    {
        if (Directory.Exists(lakeDir))
        {
            Directory.Delete(lakeDir, recursive: true);
        }

        var seconds = Stopwatches.Seconds(() => LakeExporter.Export(dbPath, lakeDir, cancellationToken));
        var lake = Directory.EnumerateFiles(lakeDir, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        var db = new FileInfo(dbPath).Length;
        yield return new BenchFigure("lake", "Parquet export", Stopwatches.Round(seconds, 2), "s");
        yield return new BenchFigure("lake", "Parquet lake size", Stopwatches.Round(lake / 1048576m, 1), "MiB", Note: $"DuckDB file {Stopwatches.Round(db / 1048576m, 1)} MiB");
        yield return new BenchFigure("lake", "lake ÷ DuckDB file", Stopwatches.Round(lake / (decimal)Math.Max(1, db), 2), "×");
    }
}
