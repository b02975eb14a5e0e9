using FiscalWarehouse.Model.Documents;

namespace FiscalWarehouse.Etl.Narrative;

/// <summary>
/// One logical paragraph of prose: consecutive lines joined where a line breaks mid-sentence (the text conversions wrap
/// sentences, e.g. seed 003, lines 512–514), with markup removed. Keeps, for every character, the line it came from, so
/// a figure cites the line its number is printed on.
/// </summary>
internal sealed class ProseParagraph
{
    private readonly List<int> _segmentStarts = [];
    private readonly List<SourceLine> _segmentLines = [];

    // Most paragraphs are one line: its text is the paragraph's, and a builder is made only when a second line joins.
    private string? _single;
    private System.Text.StringBuilder? _text;

    private string? _cached;

    /// <summary>The joined text; kept until the next append, as sentences and figures read it many times.</summary>
    public string Text => _cached ??= _text is not null ? _text.ToString() : _single ?? "";

    public int Length => _text?.Length ?? _single?.Length ?? 0;

    public int LineCount => _segmentLines.Count;

    public SourceLine FirstLine => _segmentLines[0];

    public void Append(SourceLine line, string strippedText)
    {
        _cached = null;
        _segmentStarts.Add(Length);
        if (_segmentLines.Count == 0)
        {
            _single = strippedText;
        }
        else
        {
            _text ??= new System.Text.StringBuilder(_single);
            _single = null;
            _text.Append(strippedText);
        }

        _segmentLines.Add(line);
    }

    public SourceRef RefAt(int offset, string file)
    {
        var index = _segmentStarts.BinarySearch(offset);
        if (index < 0)
        {
            index = Math.Max(0, ~index - 1);
        }

        return _segmentLines[index].RefIn(file);
    }
}
