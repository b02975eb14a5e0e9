namespace FiscalWarehouse.Etl.Narrative;

/// <summary>The normalized words around one number.</summary>
/// <param name="Label">From the clause start (or the previous number) to the number.</param>
/// <param name="Trailing">From the number to the end of its clause.</param>
/// <param name="SentencePrefix">Everything in the sentence before the label.</param>
/// <param name="SentenceStartsWithWhereof">The sentence opens with 其中: a breakdown of what the paragraph said last.</param>
internal sealed record ClauseText(string Label, string Trailing, string SentencePrefix, bool SentenceStartsWithWhereof);
