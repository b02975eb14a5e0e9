using System.Globalization;
using System.Text;
using CsCheck;
using FiscalWarehouse.Etl.Reading.Pdf;

namespace FiscalWarehouse.Etl.Tests.Pdf;

/// <summary>
/// pdftotext's TSV parsed as it comes (through one buffer, in whatever pieces the pipe gives) must give exactly the
/// pages and words of the same output parsed whole.
/// </summary>
public sealed class PdfTsvParserTests
{
    private const string Header = "level\tpage_num\tpar_num\tblock_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext";

    [Fact]
    public void Parse_Words_GivesPagesWithTheirBoxes()
    {
        var tsv = Header + "\n"
            + "1\t1\t0\t0\t0\t0\t0\t0\t595.3\t841.9\t-1\t###PAGE###\n"
            + "5\t1\t0\t0\t0\t0\t100\t200\t24\t12\t100\t单位\n"
            + "1\t2\t0\t0\t0\t0\t0\t0\t841.9\t595.3\t-1\t###PAGE###\n"
            + "5\t2\t0\t0\t0\t0\t10.5\t20.25\t30\t10\t100\t198.55\n";

        var pages = PdfTsvParser.Parse(new StringReader(tsv));

        Assert.Equal([1, 2], pages.Select(p => p.Number));
        Assert.Equal(841.9, pages[0].Height);
        var word = Assert.Single(pages[1].Words);
        Assert.Equal(("198.55", 10.5, 40.5), (word.Text, word.Left, word.Right));
    }

    [Fact]
    public void Parse_AnyOutputInAnyPieces_SameAsParsedWhole()
    {
        Gen.Select(Lines(), Gen.Int[1, 97].Array[1, 40])
            .Sample((tsv, pieces) =>
            {
                var whole = PdfTsvParser.Parse(tsv);
                var streamed = PdfTsvParser.Parse(new PiecewiseReader(tsv, pieces));
                return Flatten(whole).SequenceEqual(Flatten(streamed));
            }, iter: 400);
    }

    [Fact]
    public void Parse_ALineLongerThanTheBuffer_IsReadWhole()
    {
        var text = new string('字', 200_000);
        var tsv = Header + "\n1\t1\t0\t0\t0\t0\t0\t0\t600\t800\t-1\t###PAGE###\n5\t1\t0\t0\t0\t0\t1\t2\t3\t4\t100\t" + text + "\n";

        var pages = PdfTsvParser.Parse(new PiecewiseReader(tsv, [4096]));

        Assert.Equal(text, Assert.Single(Assert.Single(pages).Words).Text);
    }

    private static Gen<string> Lines()
    {
        var word = Gen.Select(Gen.Int[0, 600], Gen.Int[0, 800], Pick("单位", "198.55", "合计", " ", "a\u2028b", "x\fy", ""))
            .Select((x, y, t) => string.Create(CultureInfo.InvariantCulture, $"5\t1\t0\t0\t0\t0\t{x}\t{y}.5\t20\t10\t100\t{t}"));
        var page = Gen.Int[1, 9].Select(n => string.Create(CultureInfo.InvariantCulture, $"1\t{n}\t0\t0\t0\t0\t0\t0\t600\t800\t-1\t###PAGE###"));
        var line = Gen.Int[0, 9].SelectMany(k => k switch { < 7 => word, 7 => page, 8 => Gen.Const(""), _ => Gen.Const("5\tshort") });
        var newline = Pick("\n", "\r\n", "\r");
        return Gen.Select(line, newline).Select((l, n) => l + n).Array[0, 60].Select(ls => Header + "\n" + string.Concat(ls));
    }

    private static Gen<string> Pick(params string[] choices) => Gen.Int[0, choices.Length - 1].Select(i => choices[i]);

    private static IEnumerable<string> Flatten(IReadOnlyList<PdfPage> pages) =>
        pages.SelectMany(p => p.Words.Select(w => string.Create(CultureInfo.InvariantCulture, $"{p.Number} {p.Width} {p.Height} {w}")).Prepend($"page {p.Number}"));

    /// <summary>Gives the text in reads of the given sizes, in turn: a pipe's pieces fall anywhere.</summary>
    private sealed class PiecewiseReader(string text, int[] pieces) : TextReader
    {
        private int _at;
        private int _piece;

        public override int Read(char[] buffer, int index, int count)
        {
            var size = Math.Min(Math.Min(count, pieces[_piece++ % pieces.Length]), text.Length - _at);
            text.CopyTo(_at, buffer, index, size);
            _at += size;
            return size;
        }
    }
}
