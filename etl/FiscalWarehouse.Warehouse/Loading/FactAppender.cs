namespace FiscalWarehouse.Warehouse.Loading;

/// <summary>
/// Appends a prepared report's cells (migration 0061's column orders), with the report version's ids: its distinct row
/// and cell descriptions into cell_row and cell_class, each cell into cell_value with their numbers. The checked
/// appender still refuses a value whose type does not match its column, and a row with too few or too many values.
/// </summary>
internal static class FactAppender
{
    public const string Values = "cell_value";
    public const string Rows = "cell_row";
    public const string Classes = "cell_class";

    public static void Append(CheckedAppender a, long rv, FactRow f) =>
        a.Row().Long(rv * 10_000_000 + f.CellOrdinal).Long(rv).Long(rv * 100_000 + f.TableOrdinal).Int(f.RowNo).Int(f.ClassNo)
            .Decimal(f.AmountYuan).Decimal(f.Value).Text(f.PrintedText).Int(f.SourceLine).Int(f.SourcePage)
            .End();

    public static void Append(CheckedAppender a, long rv, int number, CellRow r) =>
        a.Row().Long(rv).Int(number).Text(r.SubjectCode).Text(r.SubjectSystem).Text(r.SubjectLevel).Bool(r.CodeMappedByName)
            .Text(r.RowCode).Text(r.RowLabel).Text(r.RowKind).Text(r.RowLineNo)
            .End();

    public static void Append(CheckedAppender a, long rv, int number, CellClass c) =>
        a.Row().Long(rv).Int(number).Text(c.Family).Text(c.CostType).Text(c.ExpenseType).Text(c.Part).Text(c.Block)
            .Text(c.FundSource).Text(c.Measure).Text(c.ValueKind).Bool(c.IsPercent).Text(c.PrintedUnit).Text(c.ColumnPath)
            .End();
}
