using System.Globalization;
using System.Text;
using FiscalWarehouse.Etl.Reading.Pdf;
using FiscalWarehouse.Etl.Reading.Pdf.Vector;
using Microsoft.Extensions.Logging;

namespace FiscalWarehouse.Etl.Tests.Pdf;

/// <summary>
/// The PDF drawing reader (Reading/Pdf/Vector) on its own, without poppler: object syntax, encrypted and compressed
/// variants of one committed fixture, and exact borders from a page written here byte by byte.
/// </summary>
public sealed class PdfDrawingReaderTests
{
    [Fact]
    public void ReadObject_DictionaryWithArrayRefsStringsAndNames_IsParsed()
    {
        var syntax = new PdfSyntax(Encoding.Latin1.GetBytes("<< /Type /Page /Kids [3 0 R 4 0 R] /N -1.5 /S (a\\(b\\)c) /H <4142> /F true /Z null /A#20B 7 >>"), 0);

        var dict = Assert.IsType<Dictionary<string, object>>(syntax.ReadObject());

        Assert.Equal(new PdfName("Page"), dict["Type"]);
        Assert.Equal([new PdfRef(3, 0), new PdfRef(4, 0)], Assert.IsType<List<object>>(dict["Kids"]));
        Assert.Equal(-1.5, dict["N"]);
        Assert.Equal("a(b)c", Encoding.Latin1.GetString(Assert.IsType<byte[]>(dict["S"])));
        Assert.Equal("AB", Encoding.Latin1.GetString(Assert.IsType<byte[]>(dict["H"])));
        Assert.Equal(true, dict["F"]);
        Assert.Same(PdfNull.Instance, dict["Z"]);
        Assert.Equal(7.0, dict["A B"]);
    }

    [Theory]
    [InlineData("<< /A [1 2")]
    [InlineData("<< 1 2 >>")]
    [InlineData("")]
    public void ReadObject_Damaged_ThrowsItsOwnSyntaxError(string text)
    {
        var syntax = new PdfSyntax(Encoding.Latin1.GetBytes(text), 0);

        Assert.Throws<PdfSyntaxException>(() => syntax.ReadObject());
    }

    [Fact]
    public void ReadObject_NestedDeeperThanAnyRealFile_IsRefusedNotAStackOverflow()
    {
        var syntax = new PdfSyntax(Encoding.Latin1.GetBytes(new string('[', 100_000)), 0);

        Assert.Throws<PdfSyntaxException>(() => syntax.ReadObject());
    }

    [Theory]
    [InlineData("variations-rc4.pdf")]
    [InlineData("variations-aes.pdf")]
    [InlineData("variations-aes256.pdf")]
    [InlineData("variations-objstm.pdf")]
    public void ReadAll_EncryptedOrObjectStreamVariant_GivesThePlainFilesBorders(string variant)
    {
        var plain = VectorRulings.ReadAll(File.ReadAllBytes(PdfTestFiles.Fixture("variations.pdf")));
        var other = VectorRulings.ReadAll(File.ReadAllBytes(PdfTestFiles.Fixture(variant)));

        Assert.NotNull(plain);
        Assert.NotNull(other);
        Assert.Equal(plain.Count, other.Count);
        Assert.Contains(plain, p => p.Rulings.Count >= 10);
        for (var i = 0; i < plain.Count; i++)
        {
            // The variants were rewritten by another program, which prints the page box with other decimals.
            Assert.Equal(plain[i].Rotate, other[i].Rotate);
            Assert.Equal(plain[i].Width, other[i].Width, 0.01);
            Assert.Equal(plain[i].Height, other[i].Height, 0.01);
            Assert.Equal(plain[i].Rulings.Count, other[i].Rulings.Count);
            foreach (var (p, o) in plain[i].Rulings.Zip(other[i].Rulings))
            {
                Assert.Equal(p.Horizontal, o.Horizontal);
                Assert.True(Math.Abs(p.At - o.At) < 0.05 && Math.Abs(p.From - o.From) < 0.05 && Math.Abs(p.To - o.To) < 0.05, $"page {i + 1}: {p} vs {o}");
            }
        }
    }

    [Fact]
    public void ReadAll_HandWrittenGrid_GivesItsExactBorders()
    {
        // A 200×100 page: a 2×2 grid from x 20..180, y 20..80, stroked; a 4-point tick is too short to be a border.
        var bytes = OnePage("0 G 1 w 20 20 m 180 20 l 20 50 m 180 50 l 20 80 m 180 80 l 20 20 m 20 80 l 100 20 m 100 80 l 180 20 m 180 80 l S 5 5 m 9 5 l S");

        var page = Assert.Single(VectorRulings.ReadAll(bytes)!);

        Assert.Equal((200.0, 100.0, 0, false), (page.Width, page.Height, page.Rotate, page.DrewImage));
        // y measured from the top, as pdftotext places words: y 20/50/80 in PDF space are 80/50/20 on the page.
        Assert.Equal([20.0, 50.0, 80.0], page.Rulings.Where(r => r.Horizontal).Select(r => Math.Round(r.At)).Order());
        Assert.Equal([20.0, 100.0, 180.0], page.Rulings.Where(r => !r.Horizontal).Select(r => Math.Round(r.At)).Order());
        Assert.All(page.Rulings.Where(r => r.Horizontal), r => Assert.Equal((20.0, 180.0), (Math.Round(r.From), Math.Round(r.To))));
        Assert.All(page.Rulings.Where(r => !r.Horizontal), r => Assert.Equal((20.0, 80.0), (Math.Round(r.From), Math.Round(r.To))));
    }

    [Fact]
    public void ReadAll_NotAPdf_IsNullAndTheFallbackIsLoggedWithTheFile()
    {
        var log = new RecordingLogger();

        Assert.Null(VectorRulings.ReadAll(Encoding.UTF8.GetBytes("一般公共预算财政拨款支出决算表"), "budget.pdf", log));

        var (level, message) = Assert.Single(log.Entries);
        Assert.Equal(LogLevel.Warning, level);
        Assert.StartsWith("budget.pdf: the PDF drawing reader could not read the file", message, StringComparison.Ordinal);
        Assert.EndsWith("table borders are rendered with pdftoppm instead", message, StringComparison.Ordinal);
    }

    private sealed class RecordingLogger : ILogger
    {
        public List<(LogLevel Level, string Message)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((logLevel, formatter(state, exception)));
    }

    /// <summary>A one-page PDF with <paramref name="content"/> as its only content stream, with a correct xref.</summary>
    internal static byte[] OnePage(string content)
    {
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 4 0 R >>",
            string.Create(CultureInfo.InvariantCulture, $"<< /Length {content.Length} >>\nstream\n{content}\nendstream"),
        };
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }
}
