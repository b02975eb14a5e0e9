using FiscalWarehouse.Model.Documents;

namespace FiscalWarehouse.Model.Tables;

/// <summary>
/// A recognized table. <see cref="CatalogId"/> is the id of docs/tables.md, or <c>generic</c> for a table that matched
/// no catalog entry (kept, with a warning). A table printed as "本表无数据" has <see cref="IsKnownEmpty"/> set and no rows:
/// present, but empty, which is different from a table that is missing.
/// </summary>
public sealed record ReportTable(
    string CatalogId,
    string PrintedTitle,
    string? PrintedNumber,
    AmountUnit Unit,
    IReadOnlyList<TableColumn> Columns,
    IReadOnlyList<TableRow> Rows,
    bool IsKnownEmpty,
    SourceRef Source,
    int LastLine)
{
    /// <summary>For tables that hold several separate items (one 绩效自评表 per project), the item's name.</summary>
    public string? Subject { get; init; }

    /// <summary>
    /// The document ends inside this table (a <c>table.truncated</c> finding names the last line): rows, and a total,
    /// after <see cref="LastLine"/> are missing, so its figures are not compared with other tables.
    /// </summary>
    public bool IsTruncated { get; init; }
}
