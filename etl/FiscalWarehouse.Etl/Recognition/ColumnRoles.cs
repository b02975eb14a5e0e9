using FiscalWarehouse.Model.Tables;

namespace FiscalWarehouse.Etl.Recognition;

/// <summary>
/// Assigns each column a role from its header words (科目代码/编码 → code, 名称/项目 → name, 行次 → line number,
/// 类/款/项 → split code parts) and, when the header says nothing, from what its data cells hold.
/// </summary>
internal static class ColumnRoles
{
    public static void Assign(HeaderLayout layout)
    {
        for (var c = 0; c < layout.Width; c++)
        {
            layout.Roles.Add(FromHeader(layout.Paths[c]) ?? FromData(layout, c));
        }

        // A second name column in the same group (部门/政府预算支出经济科目名称) is text, not the row label.
        var seenName = false;
        for (var c = 0; c < layout.Width; c++)
        {
            switch (layout.Roles[c])
            {
                case ColumnRole.Name when seenName:
                    layout.Roles[c] = ColumnRole.ExtraName;
                    break;
                case ColumnRole.Name:
                    seenName = true;
                    break;
                case ColumnRole.Value:
                    seenName = false;
                    break;
            }
        }
    }

    private static ColumnRole? FromHeader(List<string> path)
    {
        if (path.Count == 0)
        {
            return null;
        }

        var leaf = TextKey.Of(path[^1]);
        if (leaf.Contains("行次", StringComparison.Ordinal))
        {
            return ColumnRole.LineNo;
        }

        if (leaf is "类" or "款" or "项" || ((leaf.Contains("代码", StringComparison.Ordinal) || leaf.Contains("编码", StringComparison.Ordinal)) && !leaf.Contains("名称", StringComparison.Ordinal)))
        {
            return ColumnRole.Code;
        }

        if (leaf.Contains("名称", StringComparison.Ordinal) || leaf is "项目" or "科目" or "单位" or "项目(科目)" or "支出项目" or "收入项目")
        {
            return ColumnRole.Name;
        }

        return null;
    }

    private static ColumnRole FromData(HeaderLayout layout, int column)
    {
        int text = 0, numbers = 0, codes = 0;
        foreach (var line in layout.DataLines)
        {
            var cell = HeaderLayout.Cell(line, column);
            if (cell.Length == 0)
            {
                continue;
            }

            if (RowKinds.IsCode(cell))
            {
                codes++;
            }

            var kind = CellParser.KindOf(cell);
            if (kind == CellValueKind.Text)
            {
                text++;
            }
            else
            {
                numbers++;
            }
        }

        if (text > numbers)
        {
            return ColumnRole.Name;
        }

        // The scan of the next column only for a column of codes: every value column used to read its neighbour too.
        return codes > 0 && codes >= numbers * 0.8 && layout.Paths[column].Count == 0 && NextIsText(layout, column) ? ColumnRole.Code : ColumnRole.Value;
    }

    private static bool NextIsText(HeaderLayout layout, int column) =>
        column + 1 < layout.Width && layout.DataLines.Count(l => CellParser.KindOf(HeaderLayout.Cell(l, column + 1)) == CellValueKind.Text) > layout.DataLines.Count / 2;
}
