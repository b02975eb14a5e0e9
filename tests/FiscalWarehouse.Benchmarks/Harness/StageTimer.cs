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

        // Each stage alone over all files and passes, timed by process CPU time (not inflated by waiting for a core).
        var count = passes * files.Count;
        var text = new TextDocumentReader();
        var recognizer = new TableRecognizer();
        var validator = new ReportValidator(RuleSet.Default);
        var documents = new List<(SourceDocument Document, ReportHeader Header, RecognitionResult Recognized, Report Report)>();
        foreach (var (name, bytes) in files)
        {
            try
            {
                var document = text.Read(name, bytes, default);
                var header = ReportHeader.Read(document);
                var recognized = recognizer.Recognize(document, header.Phase);
                var narrative = new NarrativeExtractor().Extract(document, recognized.TableLines);
                documents.Add((document, header, recognized,
                    new Report(document, header.UnitName, header.RegionName, header.Year, header.Kind, header.Phase, recognized.Tables, narrative)));
            }
            catch (DocumentReadException)
            {
            }
        }

        var stages = new (string Name, (double Ms, long Bytes) Cpu)[]
        {
            ("read", CpuMs(passes, () => { foreach (var (name, bytes) in files) { try { text.Read(name, bytes, default); } catch (DocumentReadException) { } } })),
            ("  decode", CpuMs(passes, () => { foreach (var (name, bytes) in files) { try { TextDecoder.Decode(name, bytes); } catch (DocumentReadException) { } } })),
            ("  split", CpuMs(passes, () => { foreach (var d in documents) { foreach (var l in d.Document.Lines) { LineSplitter.Split(l.Text); } } })),
            ("header", CpuMs(passes, () => { foreach (var d in documents) { ReportHeader.Read(d.Document); } })),
            ("recognize", CpuMs(passes, () => { foreach (var d in documents) { recognizer.Recognize(d.Document, d.Header.Phase); } })),
            ("  segment", CpuMs(passes, () => { foreach (var d in documents) { DocumentSegmenter.Split(d.Document.Lines); } })),
            ("narrative", CpuMs(passes, () => { foreach (var d in documents) { new NarrativeExtractor().Extract(d.Document, d.Recognized.TableLines); } })),
            ("  prose", CpuMs(passes, () => { foreach (var d in documents) { ProseReader.Read(d.Document, d.Recognized.TableLines); } })),
            ("  codes", CpuMs(passes, () => { foreach (var d in documents) { FunctionCodeIndex.Build(d.Document); } })),
            ("validate", CpuMs(passes, () => { foreach (var d in documents) { validator.Validate(d.Report); } })),
        };
        var total = stages.Where(s => !s.Name.StartsWith(' ')).Sum(s => s.Cpu.Ms);
        foreach (var (name, (cpuMs, allocated)) in stages)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {name,-10} {cpuMs / count,8:F3} CPU-ms/report  {cpuMs / total * 100,5:F1}%  {allocated / count / 1024.0,8:F0} KiB allocated/report"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  parse(document) {CpuMs(passes, () => { foreach (var d in documents) { parser.Parse(d.Document); } }).Ms / count:F3} CPU-ms/report"));
        // Contention only ever adds CPU time (cache and SMT sharing, JIT and GC threads): the best of five rounds is the estimate.
        for (var round = 0; round < 5; round++)
        {
            Measure(parser, files, passes);
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

    private static (double Ms, long Bytes) CpuMs(int passes, Action pass)
    {
        using var self = Process.GetCurrentProcess();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var cpu = self.TotalProcessorTime;
        for (var p = 0; p < passes; p++)
        {
            pass();
        }

        self.Refresh();
        return ((self.TotalProcessorTime - cpu).TotalMilliseconds, GC.GetAllocatedBytesForCurrentThread() - allocated);
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
