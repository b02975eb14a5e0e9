using System.Net;
using System.Text;

namespace FiscalWarehouse.Generator.Writing;

/// <summary>
/// Accumulates a document line by line in one of the text layouts of the samples (tab-separated like seeds 000–002,
/// markdown pipe tables like seed 004, HTML rows one per line) and knows the 1-based number of every line it writes.
/// </summary>
internal sealed class DocumentWriter(OutputFormat format)
{
    private readonly List<string> _lines = [];

    public OutputFormat Format { get; } = format;

    /// <summary>The number the next line will get.</summary>
    public int NextLine => _lines.Count + 1;

    public IReadOnlyList<string> Lines => _lines;

    public int Prose(string text)
    {
        _lines.Add(Format == OutputFormat.Html ? $"<p>{WebUtility.HtmlEncode(text)}</p>" : text);
        return _lines.Count;
    }

    public int Heading(string text)
    {
        _lines.Add(Format switch
        {
            OutputFormat.Html => $"<h3>{WebUtility.HtmlEncode(text)}</h3>",
            _ => text,
        });
        return _lines.Count;
    }

    public void Blank() => _lines.Add("");

    /// <summary>A line written exactly as given (HTML document markup).</summary>
    public void Raw(string line) => _lines.Add(line);

    /// <summary>Replaces a written line (planting a garbled line after the fact).</summary>
    public void Replace(int lineNumber, string text) => _lines[lineNumber - 1] = text;

    /// <summary>Prose followed by a blank line, as the samples space their paragraphs.</summary>
    public int Paragraph(string text)
    {
        var line = Prose(text);
        Blank();
        return line;
    }

    public void BeginTable()
    {
        if (Format == OutputFormat.Html)
        {
            _lines.Add("<table>");
        }
    }

    public void EndTable()
    {
        if (Format == OutputFormat.Html)
        {
            _lines.Add("</table>");
        }
    }

    /// <summary>Writes one table row; <paramref name="first"/> marks a markdown table's header row (followed by its rule).</summary>
    public int Row(IReadOnlyList<string> cells, bool first = false, bool bold = false)
    {
        switch (Format)
        {
            case OutputFormat.Tsv:
                _lines.Add(string.Join('\t', cells));
                return _lines.Count;
            case OutputFormat.Markdown:
                _lines.Add("| " + string.Join(" | ", cells.Select(c => c.Replace("|", "\\|", StringComparison.Ordinal))) + " |");
                var line = _lines.Count;
                if (first)
                {
                    _lines.Add("|" + string.Join('|', cells.Select(_ => "------")) + "|");
                }

                return line;
            default:
                var sb = new StringBuilder("<tr>");
                foreach (var c in cells)
                {
                    var text = WebUtility.HtmlEncode(c);
                    sb.Append("<td>").Append(bold && text.Length > 0 ? $"<b>{text}</b>" : text).Append("</td>");
                }

                _lines.Add(sb.Append("</tr>").ToString());
                return _lines.Count;
        }
    }

    public string Text(bool crlf) => string.Join(crlf ? "\r\n" : "\n", _lines) + (crlf ? "\r\n" : "\n");
}
