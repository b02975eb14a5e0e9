using FiscalWarehouse.Model.Documents;
using FiscalWarehouse.Model.Tables;

namespace FiscalWarehouse.Model.Reports;

/// <summary>
/// A figure stated in the report's prose, with the sentence as provenance
/// (e.g. "年初预算198.55万元，支出决算218.23万元，完成年初预算的109.91%").
/// </summary>
/// <param name="Topic">What the figure is about: a key from <see cref="NarrativeTopics"/>.</param>
/// <param name="Measure">A <see cref="Meanings.Measure"/> constant (initial_budget, final_account, execution_rate, change, change_rate…).</param>
/// <param name="Subject">The 功能分类 code or name path, project or item the figure refers to, when the sentence names one.</param>
/// <param name="Value">The number as printed, without separators; null when printed as something that is not a number (∞%).</param>
public sealed record NarrativeFigure(
    string Topic,
    string Measure,
    string? Subject,
    decimal? Value,
    AmountUnit Unit,
    string PrintedText,
    string Sentence,
    SourceRef Source)
{
    /// <summary>The 功能分类 code the subject resolves to, when the sentence gives one or its name path maps to one.</summary>
    public string? SubjectCode { get; init; }
}
