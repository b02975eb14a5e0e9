namespace FiscalWarehouse.Model.Tables;

/// <summary>
/// What a column's header path means, worked out by recognition from header words (never from position), so that
/// validation, fact extraction and marts can ask "the 决算 basic-expenditure column of 一般公共预算" by meaning.
/// Each property is one of the constants in <see cref="Meanings"/>, or null when the header does not say.
/// </summary>
public sealed record ColumnMeaning(
    string? Measure = null,
    string? FundSource = null,
    string? ExpenseType = null,
    string? Part = null,
    string? Block = null)
{
    public static readonly ColumnMeaning None = new();
}
