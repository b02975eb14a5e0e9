using System.Diagnostics.Tracing;
using System.Globalization;
using FiscalWarehouse.Etl;
using FiscalWarehouse.Etl.Reading;
using FiscalWarehouse.Etl.Recognition;
using FiscalWarehouse.Model.Documents;

namespace FiscalWarehouse.Benchmarks.Harness;

/// <summary>
/// `allocs PASSES PATH...`: what parse + validate allocates, by type, from the runtime's allocation ticks (one sample per
/// ~100 KB allocated, so the shares are estimates proportional to bytes), after a warm-up like <see cref="StageTimer"/>.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private readonly Dictionary<string, long> _bytesByType = new(StringComparer.Ordinal);
    private bool _recording;

    /// <param name="recognitionOnly">Sample only <c>TableRecognizer.Recognize</c> of documents read beforehand (the stage
    /// that allocates most), instead of the whole parse + validate.</param>
    public static int Run(int passes, string[] paths, bool recognitionOnly = false)
    {
        var files = InputFiles.Expand(paths).Select(f => (Name: Path.GetFileName(f), Bytes: File.ReadAllBytes(f))).ToList();
        var parser = new ReportParser();
        ParseAll(parser, files, passes);
        var recognizer = new TableRecognizer();
        var documents = recognitionOnly
            ? files.Select(f => new TextDocumentReader().Read(f.Name, f.Bytes, default)).Select(d => (Document: d, ReportHeader.Read(d).Phase)).ToList()
            : [];
        using var sampler = new AllocationSampler();
        sampler._recording = true;
        if (recognitionOnly)
        {
            for (var p = 0; p < passes; p++)
            {
                foreach (var (document, phase) in documents)
                {
                    recognizer.Recognize(document, phase);
                }
            }
        }
        else
        {
            ParseAll(parser, files, passes);
        }

        sampler._recording = false;
        var total = sampler._bytesByType.Values.Sum();
        foreach (var (type, bytes) in sampler._bytesByType.OrderByDescending(p => p.Value).Take(40))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{bytes * 100.0 / total,5:F1}%  {bytes / 1024.0 / (passes * files.Count),8:F0} KiB/report  {type}"));
        }

        return 0;
    }

    private static void ParseAll(ReportParser parser, List<(string Name, byte[] Bytes)> files, int passes)
    {
        for (var p = 0; p < passes; p++)
        {
            foreach (var (name, bytes) in files)
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
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            // GC keyword (0x1) at verbose level carries GCAllocationTick.
            EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (!_recording || eventData.EventName is null || !eventData.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || eventData.Payload is null)
        {
            return;
        }

        var names = eventData.PayloadNames!;
        var type = (string?)eventData.Payload[names.IndexOf("TypeName")] ?? "?";
        var amount = Convert.ToInt64(eventData.Payload[names.IndexOf("AllocationAmount64")], CultureInfo.InvariantCulture);
        lock (_bytesByType)
        {
            _bytesByType[type] = _bytesByType.GetValueOrDefault(type) + amount;
        }
    }
}
