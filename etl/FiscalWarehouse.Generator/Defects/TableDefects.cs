using FiscalWarehouse.Generator.Randomness;
using FiscalWarehouse.Generator.Writing;

namespace FiscalWarehouse.Generator.Defects;

/// <summary>Plants defects into table specs before they are printed; the line is known once the table is rendered.</summary>
internal static class TableDefects
{
    /// <summary>A pending table defect: which row, which column, and the printed (wrong) and expected values in 万元.</summary>
    internal sealed record Pending(string Kind, string Check, TableSpec Table, int Row, string RowLabel, decimal Expected, decimal Printed, int? RelatedRow = null);

    /// <summary>Adds δ to the 合计 row's second amount column (基本支出) of a by-code table.</summary>
    public static Pending? WrongTotal(TableSpec spec, SeededRandom random)
    {
        if (spec.Rows.Count < 2 || spec.KnownEmpty)
        {
            return null;
        }

        var column = spec.Roles.Select((r, i) => (r, i)).Where(x => x.r.Kind == ColumnKind.Value).Skip(1).First().i;
        var cell = spec.Rows[0][column];
        var expected = cell.Amount ?? 0m;
        var printed = expected + Math.Abs(Delta(random));
        spec.Rows[0][column] = Cell.Money(printed);
        return new Pending(DefectKind.WrongTotal, "column_total", spec, 0, "合计", expected, printed);
    }

    /// <summary>Adds δ to a 项 row's 小计 and 基本/项目 cell alike (the row still adds up; its 款 does not).</summary>
    public static Pending? ItemSum(TableSpec spec, SeededRandom random)
    {
        var items = Enumerable.Range(0, spec.Rows.Count).Where(r => spec.Rows[r][0].Text is { Length: 7 } code && code.All(char.IsAsciiDigit)).ToList();
        if (items.Count == 0 || spec.KnownEmpty)
        {
            return null;
        }

        var row = random.Pick(items);
        var code = spec.Rows[row][0].Text!;
        var section = Enumerable.Range(0, row).Last(r => spec.Rows[r][0].Text == code[..5]);
        var part = spec.Rows[row][3].Amount is > 0m ? 3 : 4;
        var delta = Math.Abs(Delta(random));
        var expected = spec.Rows[section][2].Amount ?? 0m;
        spec.Rows[row][2] = Cell.Money((spec.Rows[row][2].Amount ?? 0m) + delta);
        spec.Rows[row][part] = Cell.Money((spec.Rows[row][part].Amount ?? 0m) + delta);
        return new Pending(DefectKind.ItemSum, "code_hierarchy_sum", spec, section, spec.Rows[section][1].Text ?? "", expected, expected + delta, row);
    }

    /// <summary>Adds δ to the 决算数 合计 of the 三公 table (column 6) and returns the new printed total.</summary>
    public static Pending? ThreePublicParts(TableSpec spec, SeededRandom random)
    {
        if (spec.KnownEmpty || spec.Rows.Count == 0 || spec.Rows[0][6].Amount is not > 0m)
        {
            return null;
        }

        var expected = spec.Rows[0][6].Amount!.Value;
        var printed = expected + Math.Abs(Delta(random));
        spec.Rows[0][6] = Cell.Money(printed);
        return new Pending(DefectKind.ThreePublicParts, "three_public_parts", spec, 0, "合计", expected, printed);
    }

    /// <summary>0.50–20.00 万元, either sign, never so small it hides in rounding tolerance.</summary>
    public static decimal Delta(SeededRandom random)
    {
        var d = random.NextLong(50, 2000) / 100m;
        return random.Chance(0.5m) ? d : -d;
    }
}
