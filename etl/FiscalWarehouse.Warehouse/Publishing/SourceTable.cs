namespace FiscalWarehouse.Warehouse.Publishing;

/// <summary>
/// A table or view to publish. Tables with a report_version_id column (facts, findings, report tables) are copied
/// incrementally, one report version at a time; the rest (dimensions, dim_report whose is_current flags change, marts
/// that aggregate across reports) are small and replaced whole inside the same transaction. The fact families are views
/// over fact_cell since migration 0060, still one row per cell of one report version: copied incrementally too.
/// </summary>
public sealed record SourceTable(string Name, bool IsView, IReadOnlyList<SourceColumn> Columns)
{
    public const string ReportVersionColumn = "report_version_id";

    public bool IsIncremental => (!IsView || Name.StartsWith("fact_", StringComparison.Ordinal)) && Name != "dim_report" && Columns.Any(c => c.Name == ReportVersionColumn);
}
