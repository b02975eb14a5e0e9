using FiscalWarehouse.Model.Documents;

namespace FiscalWarehouse.Model.Tables;

/// <summary>One value of a row under one column.</summary>
/// <param name="ColumnIndex">Index into <see cref="ReportTable.Columns"/>.</param>
public sealed record TableCell(int ColumnIndex, CellValue Value, SourceRef Source);
