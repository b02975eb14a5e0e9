namespace FiscalWarehouse.Cli.Bench;

/// <summary>
/// The fixed cost an analyst feels: `fw load` of the smallest shared PDF into a new warehouse (process start, JIT,
/// migrations, parse, load, checkpoint, snapshot), median of several runs, against `fw --help` (process start alone).
/// </summary>
internal static class FixedCostStage
{
    public static IEnumerable<BenchFigure> Run(string pdfDirectory, string scratch, int runs, CancellationToken cancellationToken)
    {
        var pdf = Directory.Exists(pdfDirectory)
            ? Directory.GetFiles(pdfDirectory, "*.pdf").OrderBy(f => new FileInfo(f).Length).ThenBy(f => f, StringComparer.Ordinal).FirstOrDefault()
            : null;
        if (pdf is null)
        {
            yield return new BenchFigure("fixed", "skipped", null, "", Note: $"no PDF in {pdfDirectory}");
            yield break;
        }

        Directory.CreateDirectory(scratch);
        var help = Enumerable.Range(0, runs).Select(_ => FwProcess.Fw(["--help"], cancellationToken)).OrderBy(r => r.WallSeconds).ToList();
        var loads = new List<FwProcess.Result>();
        for (var i = 0; i < runs; i++)
        {
            // From scratch each time: a warehouse a previous bench run left in the same --work folder would answer "unchanged".
            var db = BenchWarehouse.Fresh(Path.Combine(scratch, $"one-{i}.duckdb"));
            loads.Add(FwProcess.Fw(["load", pdf, "--db", db], cancellationToken));
        }

        loads.Sort((a, b) => a.WallSeconds.CompareTo(b.WallSeconds));
        var median = loads[loads.Count / 2];
        yield return new BenchFigure("fixed", "fw load of one small PDF into a new warehouse", Stopwatches.Round(median.WallSeconds, 2), "s wall", "< 0.6 s",
            $"median of {runs}; {Stopwatches.Round(median.CpuSeconds, 2)} CPU-s; {Path.GetFileName(pdf)}; exit {median.ExitCode}; load average {Stopwatches.LoadAverage()}");
        yield return new BenchFigure("fixed", "fw --help (process start, the floor)", Stopwatches.Round(help[help.Count / 2].WallSeconds, 2), "s wall", Note: $"median of {runs}");
    }
}
