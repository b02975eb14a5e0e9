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
        var (decoded, encoding) = TextDecoder.DecodeChars(fileName, bytes);
        using (decoded)
        {
            var text = decoded.Span;
            var (lines, format) = ReadLines(fileName, text, cancellationToken);
            return new SourceDocument(fileName, ContentHash.Of(bytes), format, encoding, bytes.LongLength, lines)
            {
                EndsWithoutLineBreak = text.Length > 0 && text[^1] is not ('\n' or '\r'),
            };
        }
    }

    /// <summary>
    /// Cuts the text into lines on \r\n, \n and lone \r, so line numbers match what an editor (and <c>sed -n Np</c>)
    /// shows; each line becomes its one string here (the decoded text is not kept as a string of its own).
    /// </summary>
    private (List<SourceLine> Lines, SourceFormat Format) ReadLines(string fileName, ReadOnlySpan<char> text, CancellationToken cancellationToken)
    {
        // Sized by the line feeds (a lone \r only makes the list grow): a 100 KB report has thousands of lines.
        var lines = new List<SourceLine>(text.Count('\n') + 1);
        int pipes = 0, html = 0, tabs = 0;
        var number = 0;
        var start = 0;
        while (start < text.Length)
        {
            // A vectorized search for the next line break instead of a test per character.
            var next = text[start..].IndexOfAny('\n', '\r');
            var end = next < 0 ? text.Length : start + next;
            var raw = new string(text[start..end]);
            start = next < 0 ? text.Length : end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
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
        return (lines, format);
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
}
