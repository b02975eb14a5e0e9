using System.Diagnostics;
using System.Text;
using CsCheck;
using FiscalWarehouse.Etl.Limits;
using FiscalWarehouse.Etl.Tests.Pdf;
using FiscalWarehouse.Etl.Tests.Samples;
using FiscalWarehouse.Etl.Tests.Xlsx;
using FiscalWarehouse.Model.Documents;

namespace FiscalWarehouse.Etl.Tests;

/// <summary>
/// Issue 21 item 7: CsCheck mutations (cut, splice, flip, repeat a slice, insert hostile bytes) of every reader's real
/// inputs — the text samples, a workbook, and the shared PDFs when present — never crash, hang or blow memory: each
/// case parses or is rejected naming the file, within the time budget, allocating under a bound. A few hundred cases
/// here; fw bench can run more.
/// </summary>
public sealed class ReaderFuzzTests
{
    private const long AllocationBound = 512L * 1024 * 1024;
    private static readonly DocumentLimits Limits = new() { DocumentSeconds = 20 };

    private static readonly byte[][] Inserts =
    [
        "\t\t\t\t"u8.ToArray(), "<td>"u8.ToArray(), "<table><tr><td>1"u8.ToArray(), "|---|---|"u8.ToArray(), [0, 0, 0],
        [0xFF, 0xFE], "\r\n\r\n"u8.ToArray(), "合计\t1,234.56\t"u8.ToArray(), "<!DOCTYPE x>"u8.ToArray(), "%PDF-1.7\n"u8.ToArray(),
    ];

    [Fact]
    public void TextAndWorkbookMutations_NeverCrashHangOrBlowMemory() =>
        Run([.. SampleReports.All.Select(n => (n, SampleReports.Bytes(n))), ("sheet.xlsx", Workbook())], iterations: 300);

    [Fact]
    public void PdfMutations_NeverCrashHangOrBlowMemory()
    {
        PdfTestFiles.RequirePoppler();
        var folder = Path.GetDirectoryName(PdfTestFiles.SharedPdf)!;
        if (!Directory.Exists(folder))
        {
            Assert.Skip($"{folder} is absent (real PDFs are not committed; see ../shared/README.md)");
        }

        Run([.. Directory.GetFiles(folder, "*.pdf").Order(StringComparer.Ordinal).Select(p => (Path.GetFileName(p), File.ReadAllBytes(p)))], iterations: 40);
    }

    private static void Run(IReadOnlyList<(string Name, byte[] Bytes)> inputs, int iterations)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var parser = new ReportParser(limits: Limits);
        var gen = Gen.Select(Gen.Int[0, inputs.Count - 1], Gen.Int[0, 5], Gen.Double[0, 1], Gen.Double[0, 1], Gen.Int[0, Inserts.Length - 1]);
        gen.Sample((input, kind, at, length, insert) =>
        {
            var (name, source) = inputs[input];
            var bytes = Mutate(source, kind, at, length, Inserts[insert]);
            var before = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            try
            {
                var parsed = parser.Parse(name, bytes, TestContext.Current.CancellationToken);
                Assert.All(parsed.Findings, f => Assert.Equal(name, f.Source.File));
            }
            catch (DocumentReadException e)
            {
                Assert.Equal(name, e.File);
                Assert.True(e.Line is >= 1, e.Message);
            }

            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(Limits.DocumentSeconds + 5), $"{name} mutation {kind}: {watch.Elapsed.TotalSeconds:0.0} s");
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.True(allocated < AllocationBound, $"{name} mutation {kind}: {allocated / 1048576} MiB");
        }, iter: iterations, threads: 1);
    }

    /// <summary>0 cut, 1 flip a byte run, 2 insert hostile bytes, 3 repeat a slice, 4 delete a slice, 5 insert many times.</summary>
    private static byte[] Mutate(byte[] source, int kind, double at, double length, byte[] insert)
    {
        var position = (int)(at * source.Length);
        var span = Math.Max(1, (int)(length * Math.Min(4096, source.Length - position)));
        var list = new List<byte>(source);
        switch (kind)
        {
            case 0:
                return source[..position];
            case 1:
                for (var i = position; i < Math.Min(source.Length, position + span); i++)
                {
                    list[i] = (byte)~list[i];
                }

                return [.. list];
            case 2:
                list.InsertRange(position, insert);
                return [.. list];
            case 3:
                var slice = source.Skip(position).Take(span).ToArray();
                for (var i = 0; i < 50; i++)
                {
                    list.InsertRange(position, slice);
                }

                return [.. list];
            case 4:
                list.RemoveRange(position, Math.Min(span, source.Length - position));
                return [.. list];
            default:
                for (var i = 0; i < 200; i++)
                {
                    list.InsertRange(position, insert);
                }

                return [.. list];
        }
    }

    private static byte[] Workbook() => XlsxWorkbookWriter.Write(new XlsxWorkbookWriter.SheetSpec("收支总表",
        [["收支总表"], ["单位：万元"], ["项目", "金额"], ["一、一般公共预算拨款收入", "1,234.56"], ["收入总计", "1,234.56"]], ["A1:B1"]));
}
