namespace FiscalWarehouse.Etl.Narrative;

/// <summary>The normalized words around one number.</summary>
/// <param name="label">From the clause start (or the previous number) to the number.</param>
/// <param name="sentence">The width-normalized sentence; its first <paramref name="prefixLength"/> characters precede the label.</param>
/// <param name="prefixLength">Where the label starts in <paramref name="sentence"/>.</param>
/// <param name="numberEnd">Where the number (with its unit) ends in <paramref name="sentence"/>.</param>
/// <param name="sentenceStartsWithWhereof">The sentence opens with 其中: a breakdown of what the paragraph said last.</param>
internal sealed class ClauseText(string label, string sentence, int prefixLength, int numberEnd, bool sentenceStartsWithWhereof)
{
    private static readonly System.Buffers.SearchValues<char> ClauseEnds = System.Buffers.SearchValues.Create("，,：:；;。");

    private string? _sentencePrefix;

    private string? _trailing;

    public string Label { get; } = label;

    /// <summary>From the number to the end of its clause, normalized on first use: only counts read it.</summary>
    public string Trailing => _trailing ??= LabelText.Normalize(TrailingClause());

    /// <summary>Everything in the sentence before the label, normalized on first use: only clauses that inherit their topic read it.</summary>
    public string SentencePrefix => _sentencePrefix ??= LabelText.Normalize(sentence[..prefixLength]);

    public bool SentenceStartsWithWhereof { get; } = sentenceStartsWithWhereof;

    private string TrailingClause()
    {
        var end = sentence.AsSpan(numberEnd).IndexOfAny(ClauseEnds);
        return end < 0 ? sentence[numberEnd..] : sentence.Substring(numberEnd, end);
    }
}
