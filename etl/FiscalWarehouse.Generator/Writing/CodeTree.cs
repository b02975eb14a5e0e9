using FiscalWarehouse.Generator.Accounts;
using FiscalWarehouse.Generator.Subjects;

namespace FiscalWarehouse.Generator.Writing;

/// <summary>
/// Rolls 项 amounts up to 款 and 类 in code order (类 = Σ款 = Σ项 by construction): the row list of the by-code tables.
/// </summary>
internal static class CodeTree
{
    /// <summary>For each code (类, 款, 项 in print order) the sums of the selected columns over the lines under it.</summary>
    public static List<(string Code, string Name, decimal[] Values)> Rows(IEnumerable<SpendingLine> lines, params Func<SpendingLine, decimal>[] columns)
    {
        var byItem = lines.GroupBy(l => l.Code).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var rows = new List<(string, string, decimal[])>();
        foreach (var cls in byItem.GroupBy(g => g.Key[..3]))
        {
            rows.Add((cls.Key, FunctionNames.ByCode[cls.Key], Sum(cls.SelectMany(g => g), columns)));
            foreach (var section in cls.GroupBy(g => g.Key[..5]))
            {
                rows.Add((section.Key, FunctionNames.ByCode[section.Key], Sum(section.SelectMany(g => g), columns)));
                foreach (var item in section)
                {
                    rows.Add((item.Key, FunctionNames.ByCode[item.Key], Sum(item, columns)));
                }
            }
        }

        return rows;
    }

    public static decimal[] Sum(IEnumerable<SpendingLine> lines, Func<SpendingLine, decimal>[] columns)
    {
        var list = lines.ToList();
        return [.. columns.Select(c => list.Sum(c))];
    }
}
