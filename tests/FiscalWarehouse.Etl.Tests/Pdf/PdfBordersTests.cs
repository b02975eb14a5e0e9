using FiscalWarehouse.Etl.Reading.Pdf;
using FiscalWarehouse.Etl.Reading.Pdf.Vector;

namespace FiscalWarehouse.Etl.Tests.Pdf;

/// <summary>
/// The table borders come from the PDF's drawing instructions (in process) and, as a fallback, from rendering the page
/// with pdftoppm. Both must give the same lines and cells on real producers' files: WPS 表格 (the shared PDF, borders as
/// thin filled rectangles under white cell backgrounds and clip boxes) and Chromium/Skia (the fixtures), also repacked
/// with object streams or copy-protected (RC4, AES-128, AES-256).
/// </summary>
public sealed class PdfBordersTests
{
    public static TheoryData<string> Files => new()
    {
        "sample-002-tables.pdf", "variations.pdf", "variations-rc4.pdf", "variations-aes.pdf", "variations-objstm.pdf",
        "variations-aes256.pdf", PdfTestFiles.SharedPdfName,
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Read_BordersFromTheDrawing_GiveTheSameLinesAsRenderedBorders(string file)
    {
        PdfTestFiles.RequirePoppler();
        var path = file == PdfTestFiles.SharedPdfName ? PdfTestFiles.SharedPdf : PdfTestFiles.Fixture(file);
        Assert.SkipUnless(File.Exists(path), $"{path} is absent (the shared PDF lives in ../shared/samples-pdf/)");
        var bytes = File.ReadAllBytes(path);
        var ct = TestContext.Current.CancellationToken;
        var pages = PdfTsvParser.Parse(PopplerTool.Run(file, "pdftotext", ["-tsv", "-enc", "UTF-8", path, "-"], ct));

        var vector = VectorRulings.ReadAll(bytes);
        Assert.NotNull(vector);
        Assert.Equal(pages.Count, vector.Count);
        var fromDrawing = PdfDocumentReader.ReadRulings(file, bytes, pages, vector, ct);
        var rendered = PdfDocumentReader.ReadRulings(file, bytes, pages, null, ct);

        Assert.Equal(rendered.Keys.Order(), fromDrawing.Keys.Order());
        // Not vacuous: every page that rendering finds a table grid on has one from the drawing too.
        Assert.Contains(fromDrawing.Values, r => r.Count >= 10);
        Assert.All(rendered.Where(p => p.Value.Count >= 4), p => Assert.True(fromDrawing[p.Key].Count >= 4, $"page {p.Key}: no borders from the drawing"));
        var expected = PdfDocumentReader.Compose(pages, rendered, ct).Select(l => $"p{l.Page}:{l.LineOnPage} {string.Join('|', l.Cells)}").ToList();
        var actual = PdfDocumentReader.Compose(pages, fromDrawing, ct).Select(l => $"p{l.Page}:{l.LineOnPage} {string.Join('|', l.Cells)}").ToList();
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("variations-rc4.pdf", true)]
    [InlineData("variations-aes.pdf", true)]
    [InlineData("variations-objstm.pdf", true)]
    [InlineData("variations-aes256.pdf", true)]
    public void Read_RepackedOrCopyProtectedFile_GivesTheSameLinesAsTheOriginal(string file, bool readsTheDrawing)
    {
        var original = PdfTestFiles.Read(PdfTestFiles.Fixture("variations.pdf"));
        var vector = VectorRulings.ReadAll(File.ReadAllBytes(PdfTestFiles.Fixture(file)));
        var repacked = PdfTestFiles.Read(PdfTestFiles.Fixture(file));

        Assert.Equal(readsTheDrawing, vector is not null);
        if (vector is not null)
        {
            Assert.Contains(vector, p => p.Rulings.Count >= 10);
        }

        Assert.Equal(original.Lines.Select(l => (l.Page, l.LineOnPage, l.Text)), repacked.Lines.Select(l => (l.Page, l.LineOnPage, l.Text)));
    }

    [Fact]
    public void ReadAll_UnparsableFile_ReturnsNullSoPagesAreRendered()
    {
        Assert.Null(VectorRulings.ReadAll("%PDF-1.7\n1 0 obj <</Encrypt 2 0 R>> endobj\n"u8.ToArray()));
        Assert.Null(VectorRulings.ReadAll("%PDF-1.7\n1 0 obj <</Filter /Standard /V 5 /R 6>> endobj\ntrailer <</Root 2 0 R /Encrypt 1 0 R>>"u8.ToArray()));
        Assert.Null(VectorRulings.ReadAll("%PDF-1.4\ngarbage without objects"u8.ToArray()));
    }
}
