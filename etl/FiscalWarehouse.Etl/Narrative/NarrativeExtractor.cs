using FiscalWarehouse.Model.Documents;
using FiscalWarehouse.Model.Reports;

namespace FiscalWarehouse.Etl.Narrative;

/// <summary>
/// Finds the figures analysts care about in a report's prose (年初预算 / 决算 / 完成率, totals and their change,
/// 三公 parts, 机关运行经费, 政府采购, vehicles, 绩效 counts) and returns them with the sentence as provenance.
/// Printed values are kept as printed (unit typos such as <c>195.17元</c> included, seed 000, line 439): validation
/// compares them with the tables and reports what disagrees.
/// </summary>
public sealed class NarrativeExtractor
{
    /// <param name="tableLines">Line numbers that belong to recognized tables: prose extraction skips them.</param>
    public IReadOnlyList<NarrativeFigure> Extract(SourceDocument document, IReadOnlySet<int> tableLines)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(tableLines);
        var interpreter = new ParagraphInterpreter(DocumentProfile.Of(document), FunctionCodeIndex.Build(document), document.FileName);
        var figures = new List<NarrativeFigure>();
        foreach (var paragraph in ProseReader.Read(document, tableLines))
        {
            interpreter.Read(paragraph, figures);
        }

        return figures;
    }
}
