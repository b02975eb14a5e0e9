using System.Globalization;

namespace FiscalWarehouse.Cli.Bench;

/// <summary>
/// Every shared PDF (samples-pdf and corpus-pdf, budget or not) through one `fw load` into a new warehouse, against
/// `pdftotext -tsv` over the same files, one after another, in the same run: the poppler step the PDF reader builds on
/// is the floor, and the target is to stay within 1.5× of it.
/// </summary>
internal static class PdfLoadStage
{
    /// <param name="rounds">
    /// Rounds of both measures, alternated so a passing disturbance hits both alike. One load of these files varied by a
    /// third between bench runs a minute apart (0.83 and 1.13 s, docs/benchmarks.md round 13): a single round decided
    /// the verdict by luck, the median of several does not.
    /// </param>
    public static IEnumerable<BenchFigure> Run(IReadOnlyList<string> directories, string scratch, int rounds, CancellationToken cancellationToken)
    {
        rounds = Math.Max(1, rounds);
        var pdfs = directories.Where(Directory.Exists).SelectMany(d => Directory.GetFiles(d, "*.pdf")).Order(StringComparer.Ordinal).ToList();
        if (pdfs.Count == 0)
        {
            yield return new BenchFigure("pdf-load", "skipped", null, "", Note: $"no PDF in {string.Join(", ", directories)}");
            yield break;
        }

        Directory.CreateDirectory(scratch);
        var poppler = new List<decimal>(rounds);
        var loads = new List<FwProcess.Result>(rounds);
        string? failure = null;
        for (var round = 0; round < rounds && failure is null; round++)
        {
            (var seconds, failure) = Pdftotext(pdfs, scratch, cancellationToken);
            poppler.Add(seconds);
            loads.Add(FwProcess.Fw(["load", .. pdfs, "--db", BenchWarehouse.Fresh(Path.Combine(scratch, "pdfs.duckdb"))], cancellationToken));
        }

        if (failure is not null)
        {
            yield return new BenchFigure("pdf-load", "skipped", null, "", Note: failure);
            yield break;
        }

        var load = loads.OrderBy(l => l.WallSeconds).ElementAt(loads.Count / 2);
        var popplerMedian = Stopwatches.Median(poppler);
        var loaded = load.Output.Split('\n').Count(l => l.Contains(": loaded", StringComparison.Ordinal));
        var note = string.Create(CultureInfo.InvariantCulture, $"{pdfs.Count} PDFs, {loaded} loaded, exit {load.ExitCode}; load average {Stopwatches.LoadAverage()}");
        yield return new BenchFigure("pdf-load", "pdftotext -tsv over every PDF, one by one (median)", Stopwatches.Round(popplerMedian, 2), "s wall",
            Note: $"{note}; {rounds} rounds: {Spread(poppler)}");
        yield return new BenchFigure("pdf-load", "fw load of every PDF into a new warehouse (median)", Stopwatches.Round(load.WallSeconds, 2), "s wall",
            Note: $"{Stopwatches.Round(load.CpuSeconds, 2)} CPU-s, peak RSS {load.PeakKb / 1024} MiB; {rounds} rounds: {Spread(loads.Select(l => l.WallSeconds))}");
        // The verdict is the median of each round's own ratio: a disturbance that slows a round slows both of its measures.
        var ratios = loads.Zip(poppler, (l, p) => l.WallSeconds / Math.Max(p, 0.001m)).ToList();
        yield return new BenchFigure("pdf-load", "fw load ÷ pdftotext (median of the rounds)", Stopwatches.Round(Stopwatches.Median(ratios), 2), "× wall", "≤ 1.5×",
            Note: $"per round {string.Join(", ", ratios.Select(r => Stopwatches.Round(r, 2).ToString(CultureInfo.InvariantCulture)))}");
    }

    /// <summary>Seconds of pdftotext over every file one by one, or why it could not run.</summary>
    private static (decimal Seconds, string? Failure) Pdftotext(List<string> pdfs, string scratch, CancellationToken cancellationToken)
    {
        var total = 0m;
        foreach (var pdf in pdfs)
        {
            var run = FwProcess.Run("pdftotext", ["-tsv", pdf, Path.Combine(scratch, "out.tsv")], cancellationToken);
            if (run.ExitCode != 0)
            {
                return (total, $"pdftotext failed on {Path.GetFileName(pdf)}: {run.Error.Split('\n')[0]}");
            }

            total += run.WallSeconds;
        }

        return (total, null);
    }

    private static string Spread(IEnumerable<decimal> seconds) =>
        string.Join(" ", seconds.Select(s => Stopwatches.Round(s, 2).ToString(CultureInfo.InvariantCulture)));
}
