namespace FiscalWarehouse.Warehouse.Loading;

/// <summary>
/// Appends prepared facts straight into fact_cell (migration 0060's column order), with the report version's ids:
/// one appender for every family. Per-table lineage (catalog id, file, a form's project) is report_table's and is not
/// repeated per cell. The checked appender still refuses a value whose type does not match its column, and a row
/// with too few or too many values.
/// </summary>
internal static class FactAppender
{
    public const string Table = "fact_cell";

    public static void Append(CheckedAppender a, long rv, FactRow f) =>
        a.Row().Long(rv * 10_000_000 + f.CellOrdinal).Long(rv).Long(rv * 100_000 + f.TableOrdinal).Text(f.Family)
            .Text(f.SubjectCode).Text(f.SubjectSystem).Text(f.SubjectLevel).Bool(f.CodeMappedByName)
            .Text(f.Family == TableFamilies.BasicEconomic ? f.CostType : null).Text(f.ExpenseType).Text(f.Part).Text(f.Block)
            .Text(f.FundSource).Text(f.Measure)
            .Decimal(f.AmountYuan).Decimal(f.Value).Text(f.ValueKind).Bool(f.IsPercent).Text(f.PrintedText).Text(f.PrintedUnit)
            .Text(f.RowCode).Text(f.RowLabel).Text(f.RowKind).Text(f.RowLineNo).Text(f.ColumnPath).Int(f.SourceLine).Int(f.SourcePage)
            .End();
}
