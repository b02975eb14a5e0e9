using System.Globalization;
using FiscalWarehouse.Etl.Limits;
using FiscalWarehouse.Model.Documents;

namespace FiscalWarehouse.Etl.Reading;

/// <summary>
/// Reads the text conversions reports come in: tab-separated text, markdown (headings, pipe tables), HTML fragments,
/// any line ending, UTF-8 with or without BOM, GB18030/GBK. Tried after the binary readers; refuses binary content.
/// </summary>
public sealed class TextDocumentReader : IDocumentReader
{
    private readonly DocumentLimits _limits;

    public TextDocumentReader()
        : this(DocumentLimits.Default)
    {
    }

    public TextDocumentReader(DocumentLimits limits)
    {
        _limits = limits;
    }

    public bool CanRead(string fileName, ReadOnlySpan<byte> head) => true;

    public SourceDocument Read(string fileName, byte[] bytes, CancellationToken cancellationToken)
    {
        var (text, encoding) = TextDecoder.Decode(fileName, bytes);
        // Sized by the line feeds (a lone \r only makes the list grow): a 100 KB report has thousands of lines.
        var lines = new List<SourceLine>(text.AsSpan().Count('\n') + 1);
        int pipes = 0, html = 0, tabs = 0;
        var number = 0;
        foreach (var raw in SplitLines(text))
        {
            number++;
            if ((number & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            // Checked before splitting: a line of ten million cells must not become ten million strings first.
            if (number > _limits.MaxRowsPerTable)
            {
                throw DocumentLimits.Exceeded(fileName, number, nameof(DocumentLimits.MaxRowsPerTable), _limits.MaxRowsPerTable, "more lines");
            }

            // A line cannot split into more cells than it has characters plus one: only a line that long is counted.
            if (raw.Length >= _limits.MaxCellsPerRow && CellsAtMost(raw) > _limits.MaxCellsPerRow)
            {
                throw DocumentLimits.Exceeded(fileName, number, nameof(DocumentLimits.MaxCellsPerRow), _limits.MaxCellsPerRow,
                    $"up to {CellsAtMost(raw).ToString(CultureInfo.InvariantCulture)} cells in this line");
            }

            var (cells, shape, markup) = LineSplitter.Split(raw);
            switch (shape)
            {
                case LineSplitter.LineShape.Pipe:
                    pipes++;
                    break;
                case LineSplitter.LineShape.Tabbed:
                    tabs++;
                    break;
                case LineSplitter.LineShape.Html:
                    html++;
                    break;
            }

            if (markup && shape != LineSplitter.LineShape.Pipe)
            {
                html++;
            }

            lines.Add(new SourceLine(number, raw, cells));
        }

        var format = pipes > 0 ? SourceFormat.Markdown : tabs == 0 && html > 0 ? SourceFormat.Html : SourceFormat.TabSeparatedText;
        return new SourceDocument(fileName, ContentHash.Of(bytes), format, encoding, bytes.LongLength, lines)
        {
            EndsWithoutLineBreak = text.Length > 0 && text[^1] is not ('\n' or '\r'),
        };
    }

    /// <summary>An upper bound of the cells <see cref="LineSplitter"/> can make of a line: its tabs, pipes or HTML cells, plus one.</summary>
    private static int CellsAtMost(string line)
    {
        var span = line.AsSpan();
        var tabs = span.Count('\t');
        var pipes = span.Count('|');
        // Most lines hold no markup: the substring counts run only when a '<' is there at all.
        var tags = span.Contains('<') ? span.Count("<t") + span.Count("<T") : 0;
        return Math.Max(tabs, Math.Max(pipes, tags)) + 1;
    }

    /// <summary>Splits on \r\n, \n and lone \r, so line numbers match what an editor (and <c>sed -n Np</c>) shows.</summary>
    private static IEnumerable<string> SplitLines(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            // A vectorized search for the next line break instead of a test per character.
            var next = text.AsSpan(i).IndexOfAny('\n', '\r');
            if (next < 0)
            {
                break;
            }

            i += next;
            var c = text[i];
            yield return text[start..i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            start = i + 1;
        }

        if (start < text.Length)
        {
            yield return text[start..];
        }
    }
}
