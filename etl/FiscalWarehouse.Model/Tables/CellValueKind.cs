namespace FiscalWarehouse.Model.Tables;

/// <summary>
/// What a numeric-column cell holds. Blank, dash and zero are kept apart on purpose (fiscal-reports.md §5):
/// blank = not reported (NULL), dash = not applicable (NULL, but printed), 0.00 = a reported zero.
/// </summary>
public enum CellValueKind
{
    /// <summary>Nothing printed.</summary>
    Blank,

    /// <summary>A number (thousands separators removed); may carry a % sign, see <see cref="CellValue.IsPercent"/>.</summary>
    Number,

    /// <summary><c>——</c>, <c>—</c>, <c>-</c>, <c>--</c>: printed as not applicable.</summary>
    Dash,

    /// <summary>Text in a numeric column (a label, <c>∞%</c>, a typo). Kept as printed; validation may flag it.</summary>
    Text,
}
