using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using FiscalWarehouse.Etl;
using FiscalWarehouse.Etl.Reading.Pdf;

namespace FiscalWarehouse.Benchmarks;

/// <summary>
/// The PDF path against its floor: <c>pdftotext -tsv</c> alone (baseline), the reader (words + borders → lines) and
/// the whole parse (read, recognize, validate). Runs on the shared 21-page PDF when ../shared holds it, else on the
/// committed 12-page fixture. <c>dotnet run -c Release --project tests/FiscalWarehouse.Benchmarks -- --filter *Pdf*</c>
/// </summary>
[MemoryDiagnoser]
public class PdfReadBenchmarks
{
    private string _path = "";
    private byte[] _bytes = [];
    private readonly PdfDocumentReader _reader = new();
    private readonly ReportParser _parser = new();

    [GlobalSetup]
    public void Setup()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "FiscalWarehouse.sln")))
        {
            root = root.Parent;
        }

        var repo = root?.FullName ?? throw new InvalidOperationException("run from inside the repository");
        var shared = Path.GetFullPath(Path.Combine(repo, "..", "shared", "samples-pdf", "shanghai-putuo-justice-2026-unit-budget.pdf"));
        _path = File.Exists(shared) ? shared : Path.Combine(repo, "tests", "FiscalWarehouse.Etl.Tests", "Pdf", "Fixtures", "sample-002-tables.pdf");
        _bytes = File.ReadAllBytes(_path);
    }

    [Benchmark(Baseline = true)]
    public int PdftotextAlone()
    {
        var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { "-tsv", "-enc", "UTF-8", _path, "-" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var length = process.StandardOutput.ReadToEnd().Length;
        process.WaitForExit();
        return length;
    }

    [Benchmark]
    public int Read() => _reader.Read("bench.pdf", _bytes, CancellationToken.None).Lines.Count;

    [Benchmark]
    public int ReadRecognizeValidate() => _parser.Parse("bench.pdf", _bytes, CancellationToken.None).Report.Tables.Count;
}
