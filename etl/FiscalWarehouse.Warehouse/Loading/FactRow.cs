namespace FiscalWarehouse.Warehouse.Loading;

/// <summary>
/// One printed cell as cell_value stores it, complete except for the report version id, which the loader only knows
/// at commit: built on the parse workers (<see cref="ReportPreparer"/>) so the loading thread only appends. Its row's
/// and its own description are numbers into the report's <see cref="CellRow"/> and <see cref="CellClass"/> lists;
/// the view fact_cell joins them back (migration 0061).
/// </summary>
internal sealed record FactRow(
    int CellOrdinal,
    int TableOrdinal,
    int RowNo,
    int ClassNo,
    decimal? AmountYuan,
    decimal? Value,
    string PrintedText,
    int SourceLine,
    int? SourcePage);
