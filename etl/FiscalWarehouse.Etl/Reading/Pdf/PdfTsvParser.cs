using System.Globalization;

namespace FiscalWarehouse.Etl.Reading.Pdf;

/// <summary>
/// Parses <c>pdftotext -tsv</c> output: level 1 rows give each page's size, level 5 rows give words with their boxes.
/// Columns: level page_num par_num block_num line_num word_num left top width height conf text.
/// </summary>
internal static class PdfTsvParser
{
    public static IReadOnlyList<PdfPage> Parse(string tsv)
    {
        var pages = new List<PdfPage>();
        List<PdfWord>? words = null;
        int pageNumber = 0;
        double width = 0, height = 0;
        Span<Range> parts = stackalloc Range[13];
        foreach (var raw in tsv.AsSpan().EnumerateLines())
        {
            if (raw.IsEmpty || raw.StartsWith("level", StringComparison.Ordinal))
            {
                continue;
            }

            var count = raw.Split(parts, '\t');
            if (count < 12)
            {
                continue;
            }

            var level = raw[parts[0]];
            if (level.SequenceEqual("1"))
            {
                if (words is not null)
                {
                    pages.Add(new PdfPage(pageNumber, width, height, words));
                }

                pageNumber = int.Parse(raw[parts[1]], CultureInfo.InvariantCulture);
                width = Number(raw[parts[8]]);
                height = Number(raw[parts[9]]);
                words = [];
            }
            else if (level.SequenceEqual("5") && words is not null)
            {
                // The text is the last column; a word never contains a tab, but keep everything after the 11th tab.
                var text = raw[parts[11].Start..].ToString().Trim();
                if (text.Length == 0)
                {
                    continue;
                }

                var left = Number(raw[parts[6]]);
                var top = Number(raw[parts[7]]);
                var wordWidth = Number(raw[parts[8]]);
                var boxHeight = Number(raw[parts[9]]);
                var glyphHeight = GlyphHeight(text, wordWidth, boxHeight);
                var glyphTop = top + (boxHeight - glyphHeight) / 2;
                words.Add(new PdfWord(left, glyphTop, left + wordWidth, glyphTop + glyphHeight, text));
            }
        }

        if (words is not null)
        {
            pages.Add(new PdfPage(pageNumber, width, height, words));
        }

        return pages;
    }

    // pdftotext sizes a word's box from the font's declared ascent and descent. Some producers (Chromium with
    // Noto CJK) declare a descent that makes the box twice the glyph height, so boxes of neighbouring rows overlap.
    // The font size follows from the width (CJK glyphs are one em wide, Latin digits about half); when the box is
    // much taller than that, shrink it around its centre (where the glyphs are) to the glyph height.
    internal static double GlyphHeight(string text, double width, double height)
    {
        var ems = 0.0;
        foreach (var c in text)
        {
            ems += c switch
            {
                >= '\u2E80' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFFEF' => 1.0,
                '.' or ',' or ':' or ';' or '\'' or '|' or 'i' or 'l' => 0.3,
                < '\u0080' => 0.55,
                _ => 0.8,
            };
        }

        var fontSize = width / Math.Max(ems, 0.5);
        return height > 1.5 * fontSize ? 1.15 * fontSize : height;
    }

    private static double Number(ReadOnlySpan<char> s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
}
