using System.Diagnostics;
using System.Globalization;

namespace FiscalWarehouse.Etl.Reading.Pdf;

/// <summary>Median wall-clock times of one PDF's stages, in milliseconds, and the end-to-end ratio to pdftotext alone.</summary>
public sealed record PdfBenchResult(
    string File, int Pages, int Iterations, double PdftotextMs, double PdftoppmMs, double ReadMs, double ParseMs)
{
    /// <summary>End to end (read, recognize, validate) over <c>pdftotext -tsv</c> alone: the cost of everything we add.</summary>
    public double Ratio => ParseMs / PdftotextMs;

    /// <summary>End to end scaled to a 30-page document, the size the target is stated for.</summary>
    public double MsPer30Pages => ParseMs * 30 / Math.Max(1, Pages);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{File}: {Pages} pages, median of {Iterations}: pdftotext -tsv {PdftotextMs:0.0} ms, pdftoppm 72 dpi all pages {PdftoppmMs:0.0} ms, "
        + $"read {ReadMs:0.0} ms, read+recognize+validate {ParseMs:0.0} ms = {Ratio:0.0}× pdftotext, {MsPer30Pages:0} ms per 30 pages");
}

/// <summary>
/// Measures the PDF path stage by stage (for <c>fw bench</c> and the benchmarks project). Timings are reported, never
/// asserted: machines differ and the tests must not flake.
/// </summary>
public static class PdfBench
{
    public static PdfBenchResult Run(string path, int iterations, CancellationToken cancellationToken)
    {
        var bytes = File.ReadAllBytes(path);
        var name = Path.GetFileName(path);
        var reader = new PdfDocumentReader();
        var parser = new ReportParser();
        var document = reader.Read(name, bytes, cancellationToken);
        parser.Parse(document, cancellationToken);
        var pages = document.Lines.Count == 0 ? 0 : document.Lines.Max(l => l.Page ?? 0);

        var pdftotext = Median(iterations, () => PopplerTool.Run(name, "pdftotext", ["-tsv", "-enc", "UTF-8", path, "-"], cancellationToken));
        var pdftoppm = Median(iterations, () =>
        {
            var dir = Directory.CreateTempSubdirectory("fw-bench-");
            try
            {
                PopplerTool.Run(name, "pdftoppm", ["-gray", "-aa", "no", "-aaVector", "no", "-r", "72", path, Path.Combine(dir.FullName, "p")], cancellationToken);
            }
            finally
            {
                dir.Delete(recursive: true);
            }
        });
        var read = Median(iterations, () => reader.Read(name, bytes, cancellationToken));
        var parse = Median(iterations, () => parser.Parse(name, bytes, cancellationToken));
        return new PdfBenchResult(name, pages, iterations, pdftotext, pdftoppm, read, parse);
    }

    private static double Median(int iterations, Action action)
    {
        var times = new double[Math.Max(1, iterations)];
        for (var i = 0; i < times.Length; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            times[i] = watch.Elapsed.TotalMilliseconds;
        }

        Array.Sort(times);
        return times[times.Length / 2];
    }
}
