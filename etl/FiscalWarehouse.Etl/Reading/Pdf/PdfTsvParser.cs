using System.Buffers;
using System.Globalization;

namespace FiscalWarehouse.Etl.Reading.Pdf;

/// <summary>
/// Parses <c>pdftotext -tsv</c> output: level 1 rows give each page's size, level 5 rows give words with their boxes.
/// Columns: level page_num par_num block_num line_num word_num left top width height conf text.
/// </summary>
internal static class PdfTsvParser
{
    // The line breaks of MemoryExtensions.EnumerateLines: a chunk cut after any of them cuts no line.
    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\r\n\f\u0085\u2028\u2029");

    public static IReadOnlyList<PdfPage> Parse(string tsv)
    {
        var pages = new PageCollector();
        pages.Read(tsv);
        return pages.Finish();
    }

    /// <summary>
    /// As <see cref="Parse(string)"/>, from pdftotext's output as it comes: through one pooled buffer instead of the
    /// whole output as a string (a 30-page budget's TSV is megabytes, built by ReadToEnd in growing chunks and copied
    /// once more into its string, all fresh pages to the GC; docs/benchmarks.md, round 12).
    /// </summary>
    public static IReadOnlyList<PdfPage> Parse(TextReader output)
    {
        var pages = new PageCollector();
        var buffer = ArrayPool<char>.Shared.Rent(64 * 1024);
        try
        {
            var filled = 0;
            while (true)
            {
                if (filled == buffer.Length)
                {
                    // One line longer than the buffer: grow it (pdftotext's output is bounded by the PDF's own size).
                    var larger = ArrayPool<char>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, filled).CopyTo(larger);
                    ArrayPool<char>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = output.Read(buffer, filled, buffer.Length - filled);
                if (read == 0)
                {
                    pages.Read(buffer.AsSpan(0, filled));
                    break;
                }

                filled += read;
                var last = buffer.AsSpan(0, filled).LastIndexOfAny(LineBreaks);
                if (last >= 0)
                {
                    pages.Read(buffer.AsSpan(0, last + 1));
                    buffer.AsSpan(last + 1, filled - last - 1).CopyTo(buffer);
                    filled -= last + 1;
                }
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }

        return pages.Finish();
    }

    /// <summary>Pages and their words from whole lines, in as many pieces as they come.</summary>
    private sealed class PageCollector
    {
        private readonly List<PdfPage> _pages = [];
        private List<PdfWord>? _words;
        private int _pageNumber;
        private double _width;
        private double _height;

        public void Read(ReadOnlySpan<char> lines)
        {
            Span<Range> parts = stackalloc Range[13];
            foreach (var raw in lines.EnumerateLines())
            {
                Line(raw, parts);
            }
        }

        public List<PdfPage> Finish()
        {
            if (_words is not null)
            {
                _pages.Add(new PdfPage(_pageNumber, _width, _height, _words));
                _words = null;
            }

            return _pages;
        }

        private void Line(ReadOnlySpan<char> raw, Span<Range> parts)
        {
            if (raw.IsEmpty || raw.StartsWith("level", StringComparison.Ordinal))
            {
                return;
            }

            var count = raw.Split(parts, '\t');
            if (count < 12)
            {
                return;
            }

            var level = raw[parts[0]];
            if (level.SequenceEqual("1"))
            {
                if (_words is not null)
                {
                    _pages.Add(new PdfPage(_pageNumber, _width, _height, _words));
                }

                _pageNumber = int.Parse(raw[parts[1]], CultureInfo.InvariantCulture);
                _width = Number(raw[parts[8]]);
                _height = Number(raw[parts[9]]);
                _words = [];
            }
            else if (level.SequenceEqual("5") && _words is not null)
            {
                // The text is the last column; a word never contains a tab, but keep everything after the 11th tab.
                var text = raw[parts[11].Start..].ToString().Trim();
                if (text.Length == 0)
                {
                    return;
                }

                var left = Number(raw[parts[6]]);
                var top = Number(raw[parts[7]]);
                var wordWidth = Number(raw[parts[8]]);
                var boxHeight = Number(raw[parts[9]]);
                var glyphHeight = GlyphHeight(text, wordWidth, boxHeight);
                var glyphTop = top + (boxHeight - glyphHeight) / 2;
                _words.Add(new PdfWord(left, glyphTop, left + wordWidth, glyphTop + glyphHeight, text));
            }
        }
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
