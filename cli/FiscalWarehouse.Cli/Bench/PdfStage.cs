using System.Diagnostics;
using FiscalWarehouse.Etl;

namespace FiscalWarehouse.Cli.Bench;

/// <summary>Per-PDF parse time against `pdftotext -tsv` alone (the external step the PDF reader builds on).</summary>
internal static class PdfStage
{
    public static IEnumerable<BenchFigure> Run(string directory, int passes, CancellationToken cancellationToken)
    {
        var pdfs = Directory.Exists(directory) ? Directory.GetFiles(directory, "*.pdf") : [];
        if (pdfs.Length == 0)
        {
            yield return new BenchFigure("pdf", "skipped", null, "", Note: $"no PDF in {directory}");
            yield break;
        }

        var parser = new ReportParser();
        parser.Parse(pdfs[0], cancellationToken);
        var parse = Stopwatches.Seconds(() =>
        {
            for (var p = 0; p < passes; p++)
            {
                foreach (var pdf in pdfs)
                {
                    parser.Parse(pdf, cancellationToken);
                }
            }
        });
        var tool = Stopwatches.Seconds(() =>
        {
            for (var p = 0; p < passes; p++)
            {
                foreach (var pdf in pdfs)
                {
                    using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-tsv", pdf, "-"]) { RedirectStandardOutput = true })!;
                    process.StandardOutput.ReadToEnd();
                    process.WaitForExit();
                }
            }
        });
        var n = pdfs.Length * passes;
        yield return new BenchFigure("pdf", "parse a PDF (pdftotext -tsv + layout + recognition + validation)", Stopwatches.Round(parse * 1000m / n, 0), "ms/PDF", Note: $"{pdfs.Length} PDF × {passes}");
        yield return new BenchFigure("pdf", "pdftotext -tsv alone", Stopwatches.Round(tool * 1000m / n, 0), "ms/PDF");
        yield return new BenchFigure("pdf", "parse ÷ pdftotext", Stopwatches.Round(parse / Math.Max(tool, 0.000001m), 2), "×");
    }
}
