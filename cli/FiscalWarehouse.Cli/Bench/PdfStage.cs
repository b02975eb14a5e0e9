using System.Diagnostics;
using System.Globalization;
using FiscalWarehouse.Etl.Reading.Pdf;

namespace FiscalWarehouse.Cli.Bench;

/// <summary>
/// Per-PDF parse time (read, recognize, validate) against <c>pdftotext -tsv</c> alone, the external step the PDF reader
/// builds on; wall time (median) and CPU time (this process plus its child processes) per stage. The target is stated
/// for a 30-page PDF, so a 30-page input is also built at bench time from the PDFs present (never committed: the real
/// PDF is not ours to copy): the first PDF, then its pages from the third on again, joined by poppler's pdfunite.
/// </summary>
internal static class PdfStage
{
    private const int TargetPages = 30;

    public static IEnumerable<BenchFigure> Run(string directory, int passes, CancellationToken cancellationToken)
    {
        var pdfs = Directory.Exists(directory) ? Directory.GetFiles(directory, "*.pdf").Order(StringComparer.Ordinal).ToList() : [];
        if (pdfs.Count == 0)
        {
            yield return new BenchFigure("pdf", "skipped", null, "", Note: $"no PDF in {directory}");
            yield break;
        }

        // Enough iterations for the JIT to reach its optimized code, which is what a long `fw load` runs.
        var iterations = Math.Max(5, passes * 4);
        var scratch = Directory.CreateTempSubdirectory("fw-bench-pdf-");
        try
        {
            var inputs = new List<string>(pdfs);
            if (BuildThirtyPages(pdfs[0], scratch.FullName, cancellationToken) is { } thirty)
            {
                inputs.Add(thirty);
            }

            foreach (var pdf in inputs)
            {
                var result = PdfBench.Run(pdf, iterations, cancellationToken);
                var note = string.Create(CultureInfo.InvariantCulture, $"{result.File}, {result.Pages} pages, {iterations} runs, load {Stopwatches.LoadAverage()}");
                foreach (var stage in result.Stages)
                {
                    yield return new BenchFigure("pdf", $"{result.Pages} p: {stage.Stage}", Stopwatches.Round((decimal)stage.WallMs, 1), "ms wall",
                        Note: string.Create(CultureInfo.InvariantCulture, $"{stage.CpuMs:0.0} ms CPU; {note}"));
                }

                yield return new BenchFigure("pdf", $"{result.Pages} p: end to end ÷ pdftotext", Stopwatches.Round((decimal)result.Ratio, 2), "× wall",
                    Note: string.Create(CultureInfo.InvariantCulture, $"{result.CpuRatio:0.00}× in CPU time"));
                yield return new BenchFigure("pdf", $"{result.Pages} p: end to end per 30 pages", Stopwatches.Round((decimal)result.MsPer30Pages, 0), "ms wall",
                    Target: "< 1000 ms per 30-page PDF");
            }
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    /// <summary>A PDF of about 30 pages made from <paramref name="pdf"/>, or null when poppler's page tools are missing.</summary>
    private static string? BuildThirtyPages(string pdf, string scratch, CancellationToken cancellationToken)
    {
        var pages = PageCount(pdf, cancellationToken);
        if (pages is null or >= TargetPages || pages < 3)
        {
            return null;
        }

        var parts = new List<string> { pdf };
        var total = pages.Value;
        var round = 0;
        while (total < TargetPages)
        {
            var first = 3;
            var last = Math.Min(pages.Value, first + TargetPages - total - 1);
            var pattern = Path.Combine(scratch, $"r{round}-%d.pdf");
            if (!Tool("pdfseparate", ["-f", Num(first), "-l", Num(last), pdf, pattern], cancellationToken))
            {
                return null;
            }

            for (var p = first; p <= last; p++)
            {
                parts.Add(Path.Combine(scratch, $"r{round}-{Num(p)}.pdf"));
            }

            total += last - first + 1;
            round++;
        }

        var output = Path.Combine(scratch, $"{Path.GetFileNameWithoutExtension(pdf)}-{TargetPages}-pages.pdf");
        return Tool("pdfunite", [.. parts, output], cancellationToken) ? output : null;
    }

    private static int? PageCount(string pdf, CancellationToken cancellationToken)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdfinfo", [pdf]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var info = process.StandardOutput.ReadToEnd();
            process.WaitForExitAsync(cancellationToken).GetAwaiter().GetResult();
            var line = info.Split('\n').FirstOrDefault(l => l.StartsWith("Pages:", StringComparison.Ordinal));
            return line is null ? null : int.Parse(line["Pages:".Length..].Trim(), CultureInfo.InvariantCulture);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private static bool Tool(string program, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardError = true })!;
            process.StandardError.ReadToEnd();
            process.WaitForExitAsync(cancellationToken).GetAwaiter().GetResult();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);
}
