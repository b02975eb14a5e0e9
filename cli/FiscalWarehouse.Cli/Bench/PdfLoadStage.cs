using System.Globalization;

namespace FiscalWarehouse.Cli.Bench;

/// <summary>
/// Every shared PDF (samples-pdf and corpus-pdf, budget or not) through one `fw load` into a new warehouse, against
/// `pdftotext -tsv` over the same files, one after another, in the same run: the poppler step the PDF reader builds on
/// is the floor, and the target is to stay within 1.5× of it.
/// </summary>
internal static class PdfLoadStage
{
    public static IEnumerable<BenchFigure> Run(IReadOnlyList<string> directories, string scratch, CancellationToken cancellationToken)
    {
        var pdfs = directories.Where(Directory.Exists).SelectMany(d => Directory.GetFiles(d, "*.pdf")).Order(StringComparer.Ordinal).ToList();
        if (pdfs.Count == 0)
        {
            yield return new BenchFigure("pdf-load", "skipped", null, "", Note: $"no PDF in {string.Join(", ", directories)}");
            yield break;
        }

        Directory.CreateDirectory(scratch);
        var poppler = 0m;
        foreach (var pdf in pdfs)
        {
            var run = FwProcess.Run("pdftotext", ["-tsv", pdf, Path.Combine(scratch, "out.tsv")], cancellationToken);
            if (run.ExitCode != 0)
            {
                yield return new BenchFigure("pdf-load", "skipped", null, "", Note: $"pdftotext failed on {Path.GetFileName(pdf)}: {run.Error.Split('\n')[0]}");
                yield break;
            }

            poppler += run.WallSeconds;
        }

        var load = FwProcess.Fw(["load", .. pdfs, "--db", Path.Combine(scratch, "pdfs.duckdb")], cancellationToken);
        var loaded = load.Output.Split('\n').Count(l => l.Contains(": loaded", StringComparison.Ordinal));
        var note = string.Create(CultureInfo.InvariantCulture, $"{pdfs.Count} PDFs, {loaded} loaded, exit {load.ExitCode}; load average {Stopwatches.LoadAverage()}");
        yield return new BenchFigure("pdf-load", "pdftotext -tsv over every PDF, one by one", Stopwatches.Round(poppler, 2), "s wall", Note: note);
        yield return new BenchFigure("pdf-load", "fw load of every PDF into a new warehouse", Stopwatches.Round(load.WallSeconds, 2), "s wall",
            Note: $"{Stopwatches.Round(load.CpuSeconds, 2)} CPU-s, peak RSS {load.PeakKb / 1024} MiB");
        yield return new BenchFigure("pdf-load", "fw load ÷ pdftotext", Stopwatches.Round(load.WallSeconds / Math.Max(poppler, 0.001m), 2), "× wall", "≤ 1.5×");
    }
}
