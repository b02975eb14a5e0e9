using System.Diagnostics;
using System.Globalization;
using System.Text;
using FiscalWarehouse.Etl;
using FiscalWarehouse.Etl.Reading.Pdf;
using FiscalWarehouse.Etl.Reading.Pdf.Vector;

namespace FiscalWarehouse.Cli.Bench;

/// <summary>One stage's cost per PDF: median wall time and mean CPU time (this process plus its child processes).</summary>
public readonly record struct StageCost(string Stage, double WallMs, double CpuMs);

/// <summary>A PDF's stage costs and the end-to-end ratio to <c>pdftotext -tsv</c> alone.</summary>
public sealed record PdfBenchResult(string File, int Pages, int Iterations, IReadOnlyList<StageCost> Stages)
{
    public StageCost Pdftotext => Stages.First(s => s.Stage == PdfBench.PdftotextStage);

    public StageCost EndToEnd => Stages.First(s => s.Stage == PdfBench.EndToEndStage);

    /// <summary>End to end (read, recognize, validate) over <c>pdftotext -tsv</c> alone, wall time: the cost of everything we add.</summary>
    public double Ratio => EndToEnd.WallMs / Pdftotext.WallMs;

    public double CpuRatio => EndToEnd.CpuMs / Math.Max(0.001, Pdftotext.CpuMs);

    /// <summary>End to end scaled to a 30-page document, the size the target is stated for.</summary>
    public double MsPer30Pages => EndToEnd.WallMs * 30 / Math.Max(1, Pages);

    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{File}: {Pages} pages, {Iterations} iterations (wall median / CPU mean incl. children)\n");
        foreach (var s in Stages)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {s.Stage,-34} {s.WallMs,8:0.0} ms wall {s.CpuMs,8:0.0} ms CPU\n");
        }

        text.Append(CultureInfo.InvariantCulture,
            $"  end to end = {Ratio:0.00}× pdftotext wall, {CpuRatio:0.00}× CPU; {MsPer30Pages:0} ms per 30 pages");
        return text.ToString();
    }
}

/// <summary>
/// Measures the PDF path stage by stage (for <c>fw bench</c> and the benchmarks project). Timings are reported, never
/// asserted: machines differ and the tests must not flake.
/// </summary>
public static class PdfBench
{
    public const string PdftotextStage = "pdftotext -tsv alone";
    public const string EndToEndStage = "end to end (read+recognize+validate)";

    public static PdfBenchResult Run(string path, int iterations, CancellationToken cancellationToken)
    {
        var bytes = File.ReadAllBytes(path);
        var name = Path.GetFileName(path);
        var reader = new PdfDocumentReader();
        var parser = new ReportParser();
        var document = reader.Read(name, bytes, cancellationToken);
        parser.Parse(document, cancellationToken);
        var pages = document.Lines.Count == 0 ? 0 : document.Lines.Max(l => l.Page ?? 0);
        var tsv = PopplerTool.Run(name, "pdftotext", ["-tsv", "-enc", "UTF-8", path, "-"], cancellationToken);
        var parsed = PdfTsvParser.Parse(tsv);
        var vector = VectorRulings.ReadAll(bytes);
        var rulings = PdfDocumentReader.ReadRulings(name, bytes, parsed, vector, cancellationToken);

        var stages = new List<StageCost>
        {
            Measure(PdftotextStage, iterations, () => PopplerTool.Run(name, "pdftotext", ["-tsv", "-enc", "UTF-8", path, "-"], cancellationToken)),
            Measure("tsv → words", iterations, () => PdfTsvParser.Parse(tsv)),
            Measure("borders from the drawing (all pages)", iterations, () => VectorRulings.ReadAll(bytes)),
            Measure("borders rendered (pdftoppm 72 dpi)", iterations, () => PdfDocumentReader.ReadRulings(name, bytes, parsed, null, cancellationToken)),
            Measure("composition (grids, lines)", iterations, () => PdfDocumentReader.Compose(parsed, rulings, cancellationToken)),
            Measure("read (all of the above)", iterations, () => reader.Read(name, bytes, cancellationToken)),
            Measure("recognize+validate", iterations, () => parser.Parse(document, cancellationToken)),
            Measure(EndToEndStage, iterations, () => parser.Parse(name, bytes, cancellationToken)),
        };
        return new PdfBenchResult(name, pages, iterations, stages);
    }

    private static StageCost Measure(string stage, int iterations, Action action)
    {
        var times = new double[Math.Max(1, iterations)];
        var cpu = CpuMs();
        for (var i = 0; i < times.Length; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            times[i] = watch.Elapsed.TotalMilliseconds;
        }

        var cpuPer = (CpuMs() - cpu) / times.Length;
        Array.Sort(times);
        return new StageCost(stage, times[times.Length / 2], cpuPer);
    }

    // utime + stime + cutime + cstime from /proc/self/stat: the children's share counts once they have been waited
    // for, which PopplerTool does. Clock ticks are 100 per second on Linux; elsewhere the process's own time only.
    private static double CpuMs()
    {
        try
        {
            var stat = File.ReadAllText("/proc/self/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            long total = 0;
            for (var f = 11; f <= 14; f++)
            {
                total += long.Parse(fields[f], CultureInfo.InvariantCulture);
            }

            return total * 10.0;
        }
        catch (IOException)
        {
            using var self = Process.GetCurrentProcess();
            return self.TotalProcessorTime.TotalMilliseconds;
        }
    }
}
