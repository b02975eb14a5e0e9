namespace FiscalWarehouse.Warehouse.Loading;

/// <summary>
/// One printed cell as its fact table stores it, complete except for the report version id, which the loader only
/// knows at commit: built on the parse workers (<see cref="ReportPreparer"/>) so the loading thread only appends.
/// Holds the union of the six families' columns; <see cref="FactAppender"/> writes the ones its family has.
/// </summary>
internal sealed class FactRow
{
    public required string Family { get; init; }
    public required int CellOrdinal { get; init; }
    public required int TableOrdinal { get; init; }
    public required string CatalogId { get; init; }
    public string? TableSubject { get; init; }

    // The row's classification (printed or mapped by name), as sql/load used to derive it per family.
    public string? SubjectCode { get; init; }
    public string? SubjectSystem { get; init; }
    public string? SubjectLevel { get; init; }
    public bool CodeMappedByName { get; init; }

    public string? Measure { get; init; }
    public string? FundSource { get; init; }
    public string? ExpenseType { get; init; }
    public string? Part { get; init; }
    public string? Block { get; init; }

    public decimal? AmountYuan { get; init; }
    public decimal? Value { get; init; }
    public required string ValueKind { get; init; }
    public bool IsPercent { get; init; }
    public required string PrintedText { get; init; }
    public required string PrintedUnit { get; init; }

    public string? RowCode { get; init; }
    public required string RowLabel { get; init; }
    public required string RowKind { get; init; }
    public string? RowLineNo { get; init; }
    public string? ColumnPath { get; init; }
    public required string SourceFile { get; init; }
    public required int SourceLine { get; init; }
    public int? SourcePage { get; init; }

    public string? FunctionCode => SubjectSystem == SubjectCodes.Function ? SubjectCode : null;

    public string? FunctionLevel => SubjectSystem == SubjectCodes.Function ? SubjectLevel : null;

    public string? RevenueCode => SubjectSystem == SubjectCodes.Revenue ? SubjectCode : null;

    public bool IsEconomic => SubjectSystem is SubjectCodes.DepartmentEconomic or SubjectCodes.GovernmentEconomic;

    /// <summary>
    /// 人员经费 / 公用经费: the column's meaning (人员经费 / 公用经费 columns of 预算 tables), else the row: 人员经费 is
    /// 301 + 303 (fiscal-reports.md §3.1, "06 人员经费合计 = 301 + 303"), every other 部门经济分类 class is 公用经费;
    /// footers by label.
    /// </summary>
    public string? CostType
    {
        get
        {
            if (ExpenseType is "personnel" or "operating")
            {
                return ExpenseType;
            }

            if (RowLabel.Contains("人员经费", StringComparison.Ordinal))
            {
                return "personnel";
            }

            if (RowLabel.Contains("公用经费", StringComparison.Ordinal))
            {
                return "operating";
            }

            if (SubjectSystem != SubjectCodes.DepartmentEconomic)
            {
                return null;
            }

            return SubjectCode is { Length: >= 3 } code && (code.StartsWith("301", StringComparison.Ordinal) || code.StartsWith("303", StringComparison.Ordinal))
                ? "personnel"
                : "operating";
        }
    }
}
