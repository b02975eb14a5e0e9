namespace FiscalWarehouse.Etl.Narrative;

/// <summary>The normalized words around one number.</summary>
/// <param name="label">From the clause start (or the previous number) to the number.</param>
/// <param name="trailing">From the number to the end of its clause.</param>
/// <param name="sentence">The width-normalized sentence; its first <paramref name="prefixLength"/> characters precede the label.</param>
/// <param name="prefixLength">Where the label starts in <paramref name="sentence"/>.</param>
/// <param name="sentenceStartsWithWhereof">The sentence opens with 其中: a breakdown of what the paragraph said last.</param>
internal sealed class ClauseText(string label, string trailing, string sentence, int prefixLength, bool sentenceStartsWithWhereof)
{
    private string? _sentencePrefix;

    public string Label { get; } = label;

    public string Trailing { get; } = trailing;

    /// <summary>Everything in the sentence before the label, normalized on first use: only clauses that inherit their topic read it.</summary>
    public string SentencePrefix => _sentencePrefix ??= LabelText.Normalize(sentence[..prefixLength]);

    public bool SentenceStartsWithWhereof { get; } = sentenceStartsWithWhereof;
}
