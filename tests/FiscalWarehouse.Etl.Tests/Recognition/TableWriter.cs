using FiscalWarehouse.Model.Reports;
using FiscalWarehouse.Model.Tables;

namespace FiscalWarehouse.Etl.Tests.Recognition;

/// <summary>Writes recognized tables back as a TSV report (title, unit line, header rows from the paths, rows) for round trips.</summary>
internal static class TableWriter
{
    public static string Write(Report report)
    {
        var lines = new List<string> { report.UnitName, "", $"{report.Year}年度{report.Kind.Label()}{report.Phase.Label()}公开", "" };
        foreach (var table in report.Tables.Where(t => !t.IsKnownEmpty && t.Rows.Count > 0 && !t.CatalogId.StartsWith("perf_", StringComparison.Ordinal)))
        {
            lines.AddRange([table.PrintedTitle, "", table.Unit == AmountUnit.Yuan ? "单位：元" : "单位：万元", ""]);
            lines.AddRange(Body(table));
            lines.AddRange(["", "注：本表由往返测试写出。", ""]);
        }

        return string.Join('\n', lines);
    }

    private static IEnumerable<string> Body(ReportTable table)
    {
        var hasCode = table.Rows.Any(r => r.Code is not null);
        var hasLineNo = table.Rows.Any(r => r.LineNo is not null);
        var keys = new List<string>();
        if (hasCode)
        {
            keys.Add("科目编码");
        }

        keys.Add(hasCode ? "科目名称" : "项目");
        if (hasLineNo)
        {
            keys.Add("行次");
        }

        var depth = table.Columns.Max(c => c.HeaderPath.Count);
        for (var level = 0; level < depth; level++)
        {
            var cells = keys.Select(k => level == 0 ? k : "").ToList();
            for (var c = 0; c < table.Columns.Count; c++)
            {
                var path = table.Columns[c].HeaderPath;
                var part = level < path.Count ? path[level] : "";
                var merged = c > 0 && part.Length > 0 && level < table.Columns[c - 1].HeaderPath.Count
                    && table.Columns[c - 1].HeaderPath.Take(level + 1).SequenceEqual(path.Take(level + 1), StringComparer.Ordinal);
                cells.Add(merged ? "" : part);
            }

            yield return string.Join('\t', cells);
        }

        foreach (var row in table.Rows)
        {
            var cells = new List<string>();
            if (hasCode)
            {
                cells.Add(row.Code ?? "");
            }

            cells.Add(row.Label);
            if (hasLineNo)
            {
                cells.Add(row.LineNo ?? "");
            }

            for (var c = 0; c < table.Columns.Count; c++)
            {
                cells.Add(row.Cells.FirstOrDefault(x => x.ColumnIndex == c)?.Value.Printed ?? "");
            }

            yield return string.Join('\t', cells);
        }
    }
}
