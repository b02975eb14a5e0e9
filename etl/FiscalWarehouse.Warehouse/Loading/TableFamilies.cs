using FiscalWarehouse.Model.Tables;

namespace FiscalWarehouse.Warehouse.Loading;

/// <summary>
/// Sends every cell of a recognized table to exactly one fact table, by meaning: title words, the column's
/// <see cref="ColumnMeaning"/> and the kind of code the rows carry, never a sample's table number.
/// </summary>
public static class TableFamilies
{
    public const string Income = "fact_income";
    public const string Expenditure = "fact_expenditure";
    public const string BasicEconomic = "fact_basic_expenditure_economic";
    public const string ThreePublic = "fact_three_public";
    public const string Performance = "fact_performance";
    public const string TableCell = "fact_table_cell";

    public static IReadOnlyList<string> All { get; } = [Income, Expenditure, BasicEconomic, ThreePublic, Performance, TableCell];

    /// <summary>The table-level family; tables keyed by 功能分类 codes are split per cell by <see cref="ForCell"/>.</summary>
    public static string ForTable(ReportTable table)
    {
        var title = Title(table);
        if (table.Subject is not null || title.Contains("绩效", StringComparison.Ordinal) || table.CatalogId.Contains("perf", StringComparison.OrdinalIgnoreCase))
        {
            return Performance;
        }

        if (title.Contains("三公", StringComparison.Ordinal) || table.Columns.Any(c => c.Meaning.Part is not null))
        {
            return ThreePublic;
        }

        var codes = table.Rows.Select(r => SubjectCodes.Classify(r.Code)).Where(s => s is not null).ToList();
        if (title.Contains("经济", StringComparison.Ordinal)
            || (title.Contains("基本支出", StringComparison.Ordinal) && title.Contains("明细", StringComparison.Ordinal))
            || (codes.Count > 0 && codes.All(s => s!.System is SubjectCodes.DepartmentEconomic or SubjectCodes.GovernmentEconomic)))
        {
            return BasicEconomic;
        }

        // Tables keyed by 功能分类 / 收入分类 codes; 总表 (names with ordinals), project lists and statistics are not.
        return codes.Any(s => s!.System is SubjectCodes.Function or SubjectCodes.Revenue) ? Expenditure : TableCell;
    }

    /// <summary>For code-keyed tables: income columns and revenue rows to fact_income, spending columns to fact_expenditure, carry-over to fact_table_cell.</summary>
    public static string ForCell(ReportTable table, string tableFamily, TableColumn column, string? rowCode)
    {
        if (tableFamily != Expenditure)
        {
            return tableFamily;
        }

        var meaning = column.Meaning;
        if (meaning.Block == Meanings.Block.Income || SubjectCodes.Classify(rowCode)?.System == SubjectCodes.Revenue)
        {
            return Income;
        }

        if (meaning.Block == Meanings.Block.Expenditure || meaning.ExpenseType is not null)
        {
            return Expenditure;
        }

        if (meaning.Measure == Meanings.Measure.Carryover || meaning.FundSource == Meanings.FundSource.PriorYearCarryover && IsTwoSided(table))
        {
            return TableCell;
        }

        var title = Title(table);
        var income = title.Contains("收入", StringComparison.Ordinal);
        var spending = title.Contains("支出", StringComparison.Ordinal);
        return (income, spending) switch
        {
            (true, false) => Income,
            (false, true) => Expenditure,
            _ => TableCell,
        };
    }

    /// <summary>The fund a title names for all its columns (一般公共预算财政拨款支出决算表 → general_budget).</summary>
    public static string? FundSourceOf(ReportTable table)
    {
        var title = Title(table);
        if (title.Contains("一般公共预算", StringComparison.Ordinal))
        {
            return Meanings.FundSource.GeneralBudget;
        }

        if (title.Contains("政府性基金", StringComparison.Ordinal))
        {
            return Meanings.FundSource.GovernmentFund;
        }

        if (title.Contains("国有资本经营", StringComparison.Ordinal))
        {
            return Meanings.FundSource.StateCapital;
        }

        return title.Contains("财政拨款", StringComparison.Ordinal) ? Meanings.FundSource.FiscalAppropriation : null;
    }

    private static bool IsTwoSided(ReportTable table) =>
        Title(table).Contains("收入", StringComparison.Ordinal) && Title(table).Contains("支出", StringComparison.Ordinal);

    private static string Title(ReportTable table) => UnitNames.Normalize(table.PrintedTitle);
}
