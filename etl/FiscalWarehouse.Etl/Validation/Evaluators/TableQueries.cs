using FiscalWarehouse.Etl.Recognition;
using FiscalWarehouse.Model.Tables;
using FiscalWarehouse.Model.Text;

namespace FiscalWarehouse.Etl.Validation.Evaluators;

/// <summary>Finding rows and columns by meaning and label, never by position.</summary>
internal static class TableQueries
{
    public static string Key(string text) => PrintedKey.Of(text);

    public static string Leaf(TableColumn column) => column.HeaderPath.Count > 0 ? Key(column.HeaderPath[^1]) : "";

    public static bool IsTotalLeaf(string leaf) =>
        leaf is "合计" or "小计" or "本年收入合计" or "本年支出合计" or "总计" or "支出合计" or "收入合计" || leaf.EndsWith("年合计", StringComparison.Ordinal);

    /// <summary>Columns that hold amounts (not text columns such as 政府预算支出经济科目名称).</summary>
    /// <summary>Columns holding a number in some row, or no text in any row (a row's first cell of a column counts, as in <see cref="RuleContext.Cell"/>).</summary>
    /// <remarks>A dozen rules ask this for every table: <see cref="RuleContext.NumericColumns"/> keeps the answer for one validation.</remarks>
    public static IReadOnlyList<int> NumericColumns(ReportTable table)
    {
        // One pass over the cells instead of a scan of every row per column: rules ask this for every table.
        var count = table.Columns.Count;
        var text = new bool[count];
        var number = new bool[count];
        var seen = new bool[count];
        var rows = Items.Of(table.Rows);
        for (var r = 0; r < rows.Length; r++)
        {
            Array.Clear(seen);
            var cells = Items.Of(rows[r].Cells);
            for (var k = 0; k < cells.Length; k++)
            {
                var cell = cells[k];
                var c = cell.ColumnIndex;
                if (c < 0 || c >= count || seen[c])
                {
                    continue;
                }

                seen[c] = true;
                text[c] |= cell.Value.Kind == CellValueKind.Text;
                number[c] |= cell.Value.Kind == CellValueKind.Number;
            }
        }

        var columns = new List<int>(count);
        for (var c = 0; c < count; c++)
        {
            if (!text[c] || number[c])
            {
                columns.Add(c);
            }
        }

        return columns;
    }

    public static TableRow? TotalRow(ReportTable table) =>
        table.Rows.FirstOrDefault(r => r.Kind == RowKind.Total && r.Code is null && Key(r.Label) is "合计" or "总计" or "部门合计" or "单位合计")
        ?? table.Rows.FirstOrDefault(r => r.Kind == RowKind.Total && r.Code is null);

    public static TableRow? RowByLabel(ReportTable table, Func<string, bool> predicate) =>
        table.Rows.FirstOrDefault(r => predicate(Key(r.Label)));

    public static TableRow? RowByCode(ReportTable table, string code)
    {
        // A loop, not FirstOrDefault with a lambda capturing the code: rules ask this once per row of another table.
        foreach (var row in Items.Of(table.Rows))
        {
            if (string.Equals(row.Code, code, StringComparison.Ordinal))
            {
                return row;
            }
        }

        return null;
    }

    public static int Column(ReportTable table, Func<TableColumn, bool> predicate)
    {
        for (var i = 0; i < table.Columns.Count; i++)
        {
            if (predicate(table.Columns[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The first column that totals its table (合计 / 本年收入合计 / ExpenseType total), outside any 上年结转 block.</summary>
    public static int TotalColumn(ReportTable table) =>
        Column(table, c => (IsTotalLeaf(Leaf(c)) || c.Meaning.ExpenseType == Meanings.ExpenseType.Total)
            && !c.HeaderPath.Any(p => Key(p).Contains("上年结转", StringComparison.Ordinal)));

    /// <summary>The first numeric value a row prints (footer rows and one-column tables).</summary>
    public static (decimal? Value, int Column) FirstNumber(TableRow row)
    {
        foreach (var cell in Items.Of(row.Cells))
        {
            if (RuleContext.Number(cell.Value) is { } n)
            {
                return (n, cell.ColumnIndex);
            }
        }

        return (null, -1);
    }

    public static bool StartsWithOrdinal(string key) =>
        key.Length > 1 && "一二三四五六七八九十".Contains(key[0], StringComparison.Ordinal) && key.Contains('、', StringComparison.Ordinal);
}
