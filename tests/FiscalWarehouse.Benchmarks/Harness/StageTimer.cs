using System.Diagnostics;
using System.Globalization;
using FiscalWarehouse.Etl;
using FiscalWarehouse.Etl.Narrative;
using FiscalWarehouse.Etl.Reading;
using FiscalWarehouse.Etl.Recognition;
using FiscalWarehouse.Etl.Validation;
using FiscalWarehouse.Model.Documents;
using FiscalWarehouse.Model.Reports;

namespace FiscalWarehouse.Benchmarks.Harness;

/// <summary>
/// Parse + validate on one thread: reports per CPU-second of this process (GC included), then the same passes split by
/// stage (read, header, recognize, narrative, validate) with a stopwatch per stage to show where the time goes.
/// </summary>
internal static class StageTimer
{
    public static int Run(int passes, string[] paths)
    {
        var files = InputFiles.Expand(paths).Select(f => (Name: Path.GetFileName(f), Bytes: File.ReadAllBytes(f))).ToList();
        var parser = new ReportParser();
        foreach (var (name, bytes) in files)
        {
            TryParse(parser, name, bytes);
        }

        WarmUp(parser, files, passes);
        Measure(parser, files, passes);

        var count = passes * files.Count;
        var stages = new double[5];
        string[] names = ["read", "header", "recognize", "narrative", "validate"];
        var text = new TextDocumentReader();
        var recognizer = new TableRecognizer();
        var validator = new ReportValidator(RuleSet.Default);
        for (var p = 0; p < passes; p++)
        {
            foreach (var (name, bytes) in files)
            {
                try
                {
                    var t = Stopwatch.GetTimestamp();
                    var document = text.Read(name, bytes, default);
                    stages[0] += Lap(ref t);
                    var header = ReportHeader.Read(document);
                    stages[1] += Lap(ref t);
                    var recognized = recognizer.Recognize(document, header.Phase);
                    stages[2] += Lap(ref t);
                    var narrative = new NarrativeExtractor().Extract(document, recognized.TableLines);
                    stages[3] += Lap(ref t);
                    var report = new Report(document, header.UnitName, header.RegionName, header.Year, header.Kind, header.Phase, recognized.Tables, narrative);
                    validator.Validate(report);
                    stages[4] += Lap(ref t);
                }
                catch (DocumentReadException)
                {
                }
            }
        }

        var total = stages.Sum();
        for (var i = 0; i < stages.Length; i++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {names[i],-10} {stages[i] * 1000 / count,8:F3} ms/report  {stages[i] / total * 100,5:F1}%"));
        }

        return 0;
    }

    // A separate frame so profiles can leave out the warm-up round (tier-0 code, JIT, first-use loading).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void WarmUp(ReportParser parser, List<(string Name, byte[] Bytes)> files, int passes) => Measure(parser, files, passes);

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void Measure(ReportParser parser, List<(string Name, byte[] Bytes)> files, int passes)
    {
        using var self = Process.GetCurrentProcess();
        var gcBefore = GC.CollectionCount(0);
        var pause = GC.GetTotalPauseDuration();
        var allocated = GC.GetTotalAllocatedBytes();
        var cpu = self.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        for (var p = 0; p < passes; p++)
        {
            foreach (var (name, bytes) in files)
            {
                TryParse(parser, name, bytes);
            }
        }

        wall.Stop();
        self.Refresh();
        var cpuSeconds = (self.TotalProcessorTime - cpu).TotalSeconds;
        var count = passes * files.Count;
        var kb = files.Sum(f => f.Bytes.Length) / 1000.0 / files.Count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{count} parses of {files.Count} files (avg {kb:F1} KB): {count / cpuSeconds:F1} reports per CPU-second, {cpuSeconds * 1000 / count:F2} CPU-ms per report; wall {wall.Elapsed.TotalSeconds:F2} s; {(GC.GetTotalAllocatedBytes() - allocated) / count / 1024.0 / 1024.0:F1} MiB allocated per report; {GC.CollectionCount(0) - gcBefore} gen0 GCs ({GC.CollectionCount(1)} gen1, {GC.CollectionCount(2)} gen2 so far), GC pauses {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:F0} ms"));

    }

    private static double Lap(ref long start)
    {
        var now = Stopwatch.GetTimestamp();
        var seconds = (now - start) / (double)Stopwatch.Frequency;
        start = now;
        return seconds;
    }

    private static void TryParse(ReportParser parser, string name, byte[] bytes)
    {
        try
        {
            parser.Parse(name, bytes);
        }
        catch (DocumentReadException)
        {
        }
    }
}
