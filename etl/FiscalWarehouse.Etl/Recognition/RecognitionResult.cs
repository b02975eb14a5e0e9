using FiscalWarehouse.Model.Findings;
using FiscalWarehouse.Model.Tables;

namespace FiscalWarehouse.Etl.Recognition;

/// <param name="TableLines">Line numbers that belong to tables (titles to last rows): narrative extraction skips them.</param>
public sealed record RecognitionResult(IReadOnlyList<ReportTable> Tables, IReadOnlySet<int> TableLines, IReadOnlyList<Finding> Findings);
