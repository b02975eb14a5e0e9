using FiscalWarehouse.Etl.Recognition;
using FiscalWarehouse.Model.Documents;
using FiscalWarehouse.Model.Tables;
using FiscalWarehouse.Model.Text;
using M = FiscalWarehouse.Model.Tables.Meanings.Measure;

namespace FiscalWarehouse.Etl.PerformanceForms;

/// <summary>
/// Reads the form-like performance tables (绩效自评表, 部门整体自评表, 绩效目标表) that the general table builder cannot:
/// label-anchored rows, shifted columns, side-by-side 实施期/年度 blocks. Recognition finds the table's lines and its
/// catalog id; this turns them into a <see cref="ReportTable"/> (one per project form).
/// </summary>
public sealed class PerformanceTableReader
{
    public const string TargetCatalogId = "perf_target";

    /// <param name="lines">The lines from the title to the end of the form (exclusive of the next table's title).</param>
    public ReportTable Read(string catalogId, string printedTitle, IReadOnlyList<SourceLine> lines, string fileName)
    {
        ArgumentNullException.ThrowIfNull(lines);
        // A span over the lines: the readers index them on every step, an interface call each through the list.
        var span = Items.Of(lines);
        var table = new FormTableBuilder(fileName);
        string? subject = null;
        string? filer = null;
        var unit = AmountUnit.Unknown;
        (int Weight, int Score)? scores = null;
        for (var i = 0; i < span.Length; i++)
        {
            var line = span[i];
            if (line.IsBlank)
            {
                continue;
            }

            var first = CellKeys.First(line);
            subject ??= NamedValue(line, "项目名称") ?? NamedValue(line, "部门名称");
            filer ??= first.StartsWith("填报单位", StringComparison.Ordinal) ? AfterColon(line.Text) : null;
            if (unit == AmountUnit.Unknown)
            {
                unit = UnitIn(line);
            }

            // The line's kind, looked up once for the four readers' questions.
            var kind = FormLine.Of(line);
            if ((kind & FormLineKind.FundHeader) != 0)
            {
                i = FundBlockReader.Read(span, i, table) - 1;
            }
            else if ((kind & FormLineKind.FundStart) != 0)
            {
                i = TargetFormReader.ReadFunds(span, i, table) - 1;
            }
            else if ((kind & FormLineKind.IndicatorHeader) != 0)
            {
                i = TargetFormReader.ReadIndicators(span, i, table) - 1;
            }
            else if ((kind & FormLineKind.ScoreCells) != 0)
            {
                var (next, weight, score) = ScoredBlockReader.Read(span, i, table);
                i = next - 1;
                scores = weight is { } w && score is { } sc ? (w, sc) : scores;
            }
            else if (IsTotal(first) && scores is { } s)
            {
                Total(line, first, table, s);
            }
        }

        if (unit == AmountUnit.Unknown)
        {
            // The 部门整体自评表 of seed 003 prints no unit; its amounts are the 决算's 万元 (858.9 = 年初 858.90).
            unit = string.Equals(catalogId, TargetCatalogId, StringComparison.Ordinal) ? AmountUnit.Yuan : AmountUnit.TenThousandYuan;
        }

        var source = lines.Count > 0 ? lines[0].RefIn(fileName) : new SourceRef(fileName, 1);
        return new ReportTable(catalogId, Narrative.ProseMarkup.Strip(printedTitle), null, unit, table.Columns, table.Rows, false, source,
            lines.Count > 0 ? lines[^1].Number : source.Line)
        {
            Subject = subject ?? filer,
        };
    }

    /// <summary>总分 99.55 优 (seed 001, line 776) or 总分 70 70.0 (seed 003, line 806): numbers in order, then the grade.</summary>
    /// <param name="first">The key of the line's first printed cell (the row's label).</param>
    private static void Total(SourceLine line, string first, FormTableBuilder table, (int Weight, int Score) columns)
    {
        // The printed cells after the label: its first two numbers and its first grade word.
        string? weight = null, score = null, grade = null;
        var numbers = 0;
        var label = true;
        foreach (var cell in Items.Of(line.Cells))
        {
            var text = BlankText.Trim(cell);
            if (text.Length == 0)
            {
                continue;
            }

            if (label)
            {
                label = false;
                continue;
            }

            if (CellParser.IsNumber(text))
            {
                weight = numbers == 0 ? text : weight;
                score = numbers == 1 ? text : score;
                numbers++;
            }

            grade ??= text is "优" or "良" or "中" or "差" or "优秀" or "良好" or "合格" or "不合格" ? text : null;
        }

        (int Column, CellValue Value)[] cells = numbers >= 2 ? [(columns.Weight, CellParser.Parse(weight)), (columns.Score, CellParser.Parse(score))]
            : numbers == 1 ? [(columns.Score, CellParser.Parse(weight))] : [];
        if (grade is not null)
        {
            cells = [.. cells, (table.Column(["总分", "等级"], FormHeaders.Meaning(FormHeaders.Grade)), CellParser.Parse(grade))];
        }

        table.Row(line, first, 0, RowKind.Total, cells);
    }

    private static bool IsTotal(string first) =>
        first.StartsWith("总分", StringComparison.Ordinal) || first.StartsWith("分值及得分合计", StringComparison.Ordinal)
        || first.StartsWith("总计得分", StringComparison.Ordinal);

    /// <summary>The value printed after a field label (项目名称 … 物资管理经费, seed 000, line 529).</summary>
    private static string? NamedValue(SourceLine line, string field)
    {
        // Both fields end in 名称: only a cell printing 名 is keyed (the key keeps every ideograph as printed).
        var entry = CellKeys.EntryOf(line);
        var cells = line.Cells;
        for (var i = 0; i < cells.Count; i++)
        {
            if (!cells[i].Contains('名', StringComparison.Ordinal) || !string.Equals(entry.KeyAt(i), field, StringComparison.Ordinal))
            {
                continue;
            }

            var value = line.Cells.Skip(i + 1).FirstOrDefault(c => !string.IsNullOrWhiteSpace(c))?.Trim();
            return string.IsNullOrEmpty(value) ? null : value;
        }

        return null;
    }

    private static string? AfterColon(string text)
    {
        var at = text.IndexOfAny([':', '：']);
        var value = at >= 0 ? text[(at + 1)..].Trim() : "";
        return value.Length > 0 ? value : null;
    }

    /// <summary>The form's printed unit: 项目资金(万元) (seed 001, line 723) or 项目资金 (元) (seed 000, line 532).</summary>
    private static AmountUnit UnitIn(SourceLine line)
    {
        // Each of the three words holds 项, 单 or 预: only a cell printing one of them is keyed.
        var entry = CellKeys.EntryOf(line);
        var cells = line.Cells;
        for (var i = 0; i < cells.Count; i++)
        {
            if (!cells[i].AsSpan().ContainsAny('项', '单', '预'))
            {
                continue;
            }

            var key = entry.KeyAt(i);
            if (!key.StartsWith("项目资金", StringComparison.Ordinal) && !key.Contains("单位:", StringComparison.Ordinal)
                && !key.StartsWith("预算执行", StringComparison.Ordinal))
            {
                continue;
            }

            if (key.Contains("(万元)", StringComparison.Ordinal) || key.EndsWith("单位:万元", StringComparison.Ordinal))
            {
                return AmountUnit.TenThousandYuan;
            }

            if (key.Contains("(元)", StringComparison.Ordinal) || key.EndsWith("单位:元", StringComparison.Ordinal))
            {
                return AmountUnit.Yuan;
            }
        }

        return AmountUnit.Unknown;
    }
}
