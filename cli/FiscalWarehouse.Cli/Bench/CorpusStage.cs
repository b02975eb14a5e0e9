using FiscalWarehouse.Generator;
using FiscalWarehouse.Generator.Truth;

namespace FiscalWarehouse.Cli.Bench;

/// <summary>Writes a generated corpus of exactly N reports (seeded, so runs compare) for the other stages.</summary>
internal static class CorpusStage
{
    public static (string Reports, long Bytes, decimal Seconds) Write(string directory, int reports)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        // 5 units × 4 years × 2 phases, ~8% missing: about 37 reports per county.
        var options = new GeneratorOptions { Counties = Math.Max(1, reports / 30 + 1), UnitsPerCounty = 5, Seed = 42 };
        long bytes = 0;
        var seconds = Stopwatches.Seconds(() =>
        {
            using var writer = new CorpusWriter(directory);
            foreach (var report in CorpusGenerator.Generate(options).Take(reports))
            {
                writer.Write(report);
            }

            bytes = writer.Bytes;
        });
        return (Path.Combine(directory, "reports"), bytes, seconds);
    }
}
