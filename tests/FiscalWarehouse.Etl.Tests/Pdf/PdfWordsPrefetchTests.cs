using System.Security.Cryptography;
using System.Text;
using FiscalWarehouse.Etl.Reading.Pdf;

namespace FiscalWarehouse.Etl.Tests.Pdf;

/// <summary>
/// pdftotext started ahead (what `fw load` does for its first PDFs) gives the reader exactly the words it would have
/// extracted itself, is taken once, and skips what is not a readable PDF.
/// </summary>
public sealed class PdfWordsPrefetchTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("fw-prefetch-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Read_AfterPrefetch_GivesTheLinesOfAReadWithout()
    {
        PdfTestFiles.RequirePoppler();
        var ct = TestContext.Current.CancellationToken;
        var path = UniqueCopy("sample-002-tables.pdf");
        var bytes = File.ReadAllBytes(path);

        PdfWordsPrefetch.Start([path], long.MaxValue, window: 1, ct);
        Assert.True(PdfWordsPrefetch.IsPending(Sha256(bytes)));
        var prefetched = new PdfDocumentReader().Read("sample-002-tables.pdf", bytes, ct);
        Assert.False(PdfWordsPrefetch.IsPending(Sha256(bytes)), "the reader took the prefetched words");
        var direct = new PdfDocumentReader().Read("sample-002-tables.pdf", bytes, ct);

        Assert.Equal(direct.Lines.Select(l => $"{l.Page}:{l.LineOnPage}:{l.Text}"), prefetched.Lines.Select(l => $"{l.Page}:{l.LineOnPage}:{l.Text}"));
        // seed 002, line 250: 一般公共预算支出表 合计, 基本支出 547.65, printed on page 6 of the PDF.
        Assert.Contains(prefetched.Lines, l => l.Page == 6 && l.Cells.Contains("547.65"));
    }

    [Fact]
    public async Task Start_SkipsMissingAndNonPdfFiles_AndStartsTheNextPdf()
    {
        PdfTestFiles.RequirePoppler();
        var ct = TestContext.Current.CancellationToken;
        var text = Path.Combine(_folder, "report.txt");
        File.WriteAllText(text, "2023年部门预算\n");
        var misnamed = Path.Combine(_folder, "misnamed.pdf");
        File.WriteAllText(misnamed, "2023年部门预算\n");
        var pdf = UniqueCopy("variations.pdf");

        PdfWordsPrefetch.Start([Path.Combine(_folder, "missing.pdf"), text, misnamed, pdf], long.MaxValue, window: 1, ct);

        var words = PdfWordsPrefetch.Take(Sha256(File.ReadAllBytes(pdf)));
        Assert.NotNull(words);
        var pages = await words.WaitAsync(ct);
        var direct = PdfTsvParser.Parse(PopplerTool.Run("variations.pdf", "pdftotext", ["-tsv", "-enc", "UTF-8", pdf, "-"], ct));
        Assert.NotEmpty(pages);
        Assert.Equal(direct.SelectMany(p => p.Words.Select(w => (p.Number, w))), pages.SelectMany(p => p.Words.Select(w => (p.Number, w))));
    }

    [Fact]
    public void Start_LeavesAFileOverTheLimitToTheReader()
    {
        PdfTestFiles.RequirePoppler();
        var pdf = UniqueCopy("variations.pdf");

        PdfWordsPrefetch.Start([pdf], maxBytes: 1024, window: 1, TestContext.Current.CancellationToken);

        Assert.False(PdfWordsPrefetch.IsPending(Sha256(File.ReadAllBytes(pdf))));
    }

    // Bytes no other test reads (a comment after the end of the file), so no parallel test takes this prefetch.
    private string UniqueCopy(string fixture)
    {
        var path = Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".pdf");
        File.WriteAllBytes(path, [.. File.ReadAllBytes(PdfTestFiles.Fixture(fixture)), .. Encoding.ASCII.GetBytes($"\n%{Guid.NewGuid():N}\n")]);
        return path;
    }

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
