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
                words.Add(new PdfWord(left, top, left + Number(raw[parts[8]]), top + Number(raw[parts[9]]), text));
            }
        }

        if (words is not null)
        {
            pages.Add(new PdfPage(pageNumber, width, height, words));
        }

        return pages;
    }

    private static double Number(ReadOnlySpan<char> s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
}
