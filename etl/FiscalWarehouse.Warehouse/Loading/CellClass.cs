namespace FiscalWarehouse.Warehouse.Loading;

/// <summary>
/// What a cell is, apart from its row and its number (cell_class): its family, cost type, the column's meaning
/// (expense type, 三公 part, block, fund, measure) and path, its value kind and its unit. A report has a few dozen
/// distinct ones for hundreds of cells, so each is stored once per report version (migration 0061).
/// </summary>
internal sealed record CellClass(
    string Family,
    string? CostType,
    string? ExpenseType,
    string? Part,
    string? Block,
    string? FundSource,
    string? Measure,
    string ValueKind,
    bool IsPercent,
    string PrintedUnit,
    string? ColumnPath)
{
    /// <summary>
    /// 人员经费 / 公用经费 of a cell of a basic-expenditure-by-经济分类 table (null in any other family): the column's
    /// meaning (人员经费 / 公用经费 columns of 预算 tables), else the row: 人员经费 is 301 + 303 (fiscal-reports.md §3.1,
    /// "06 人员经费合计 = 301 + 303"), every other 部门经济分类 class is 公用经费; footers by label.
    /// </summary>
    public static string? CostTypeOf(string family, string? expenseType, CellRow row)
    {
        if (family != TableFamilies.BasicEconomic)
        {
            return null;
        }

        if (expenseType is "personnel" or "operating")
        {
            return expenseType;
        }

        if (row.RowLabel.Contains("人员经费", StringComparison.Ordinal))
        {
            return "personnel";
        }

        if (row.RowLabel.Contains("公用经费", StringComparison.Ordinal))
        {
            return "operating";
        }

        if (row.SubjectSystem != SubjectCodes.DepartmentEconomic)
        {
            return null;
        }

        return row.SubjectCode is { Length: >= 3 } code && (code.StartsWith("301", StringComparison.Ordinal) || code.StartsWith("303", StringComparison.Ordinal))
            ? "personnel"
            : "operating";
    }
}
