using System.Globalization;
using System.IO.Compression;
using System.Text;
using FiscalWarehouse.Etl.Reading.Pdf;
using FiscalWarehouse.Etl.Reading.Pdf.Vector;

namespace FiscalWarehouse.Etl.Tests.Pdf;

/// <summary>
/// Borders from the drawing on PDFs written here, byte by byte, to reach what the real files do not: rotated pages,
/// stroked lines, a transformation matrix, a form XObject, compressed and split content streams, white lines that
/// must not count. pdftoppm's rendering of the same file is the reference.
/// </summary>
public sealed class PdfVectorBordersTests
{
    [Theory]
    [InlineData(0, false)]
    [InlineData(90, false)]
    [InlineData(180, true)]
    [InlineData(270, true)]
    public void ReadRulings_RotatedPage_GivesTheRenderedBordersAndTheSameLines(int rotate, bool compress)
    {
        PdfTestFiles.RequirePoppler();
        var ct = TestContext.Current.CancellationToken;
        var path = Path.Combine(Path.GetTempPath(), $"fw-vector-{Guid.NewGuid():N}.pdf");
        var bytes = Build(rotate, compress);
        File.WriteAllBytes(path, bytes);
        try
        {
            var vector = VectorRulings.ReadAll(bytes);
            Assert.NotNull(vector);
            var pages = VectorRulings.DisplayedSizes(PdfTsvParser.Parse(PopplerTool.Run("t.pdf", "pdftotext", ["-tsv", "-enc", "UTF-8", path, "-"], ct)), vector);
            Assert.Equal(rotate is 90 or 270 ? 400 : 600, pages[0].Width);
            var drawn = PdfDocumentReader.ReadRulings("t.pdf", bytes, pages, vector, ct)[1];
            var rendered = PdfDocumentReader.ReadRulings("t.pdf", bytes, pages, null, ct)[1];

            // The grid's borders (the verticals cut where the white line crosses them) and the form XObject's rule.
            Assert.Equal(rendered.Count(r => r.Horizontal), drawn.Count(r => r.Horizontal));
            Assert.Equal(rendered.Count(r => !r.Horizontal), drawn.Count(r => !r.Horizontal));
            foreach (var r in rendered)
            {
                Assert.Contains(drawn, d => d.Horizontal == r.Horizontal && Math.Abs(d.At - r.At) <= 2 && Math.Abs(d.From - r.From) <= 2.5 && Math.Abs(d.To - r.To) <= 2.5);
            }

            var expected = PdfDocumentReader.Compose(pages, new() { [1] = rendered }, ct).Select(l => string.Join('|', l.Cells)).ToList();
            var actual = PdfDocumentReader.Compose(pages, new() { [1] = drawn }, ct).Select(l => string.Join('|', l.Cells)).ToList();
            Assert.Equal(expected, actual);
            if (rotate == 0)
            {
                Assert.Contains(actual, l => l == "A1|B1|C1|D1");
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    // A 600×400 page: a 4×4 grid (x 100..500, y 100..300) of which the horizontal borders are stroked in user space
    // and the vertical ones are thin filled rectangles drawn under a translation; a form XObject adds a rule below
    // the table; a white line crosses the table; every cell holds a two-letter word.
    private static byte[] Build(int rotate, bool compress)
    {
        var content = new StringBuilder("0 0 0 RG 0.6 w\n");
        for (var y = 100; y <= 300; y += 50)
        {
            content.Append(CultureInfo.InvariantCulture, $"100 {y} m 500 {y} l S\n");
        }

        content.Append("q 1 0 0 1 100 100 cm 0 g\n");
        for (var x = 0; x <= 400; x += 100)
        {
            content.Append(CultureInfo.InvariantCulture, $"{x - 0.4} 0 0.8 200 re f\n");
        }

        content.Append("Q\n1 1 1 RG 4 w 80 225 m 520 225 l S\n/X1 Do\nBT /F1 10 Tf\n");
        string[] rows = ["1", "2", "3", "4"];
        for (var r = 0; r < 4; r++)
        {
            for (var c = 0; c < 4; c++)
            {
                content.Append(CultureInfo.InvariantCulture, $"1 0 0 1 {140 + 100 * c} {280 - 50 * r} Tm ({(char)('A' + c)}{rows[r]}) Tj\n");
            }
        }

        content.Append("ET\n");
        var text = content.ToString();
        var half = text.IndexOf("/X1 Do", StringComparison.Ordinal);
        const string form = "0 0 0 rg 100 60 400 0.7 re f";
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 600 400] >>",
            $"<< /Type /Page /Parent 2 0 R /Rotate {rotate} /Resources << /Font << /F1 4 0 R >> /XObject << /X1 7 0 R >> >> /Contents [5 0 R 6 0 R] >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        };
        var streams = new List<string> { text[..half], text[half..], form };
        var pdf = new MemoryStream();
        void Write(string s) => pdf.Write(Encoding.Latin1.GetBytes(s));
        Write("%PDF-1.4\n");
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Position);
            Write($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        for (var i = 0; i < streams.Count; i++)
        {
            offsets.Add(pdf.Position);
            var data = Encoding.Latin1.GetBytes(streams[i]);
            var filter = "";
            if (compress)
            {
                using var packed = new MemoryStream();
                using (var z = new ZLibStream(packed, CompressionLevel.Optimal, leaveOpen: true))
                {
                    z.Write(data);
                }

                data = packed.ToArray();
                filter = " /Filter /FlateDecode";
            }

            var extra = i == 2 ? " /Type /XObject /Subtype /Form /BBox [0 0 600 400]" : "";
            Write(string.Create(CultureInfo.InvariantCulture, $"{objects.Count + i + 1} 0 obj\n<< /Length {data.Length}{filter}{extra} >>\nstream\n"));
            pdf.Write(data);
            Write("\nendstream\nendobj\n");
        }

        var xref = pdf.Position;
        Write(string.Create(CultureInfo.InvariantCulture, $"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n"));
        foreach (var offset in offsets)
        {
            Write(string.Create(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n"));
        }

        Write(string.Create(CultureInfo.InvariantCulture, $"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"));
        return pdf.ToArray();
    }
}
