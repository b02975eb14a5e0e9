using FiscalWarehouse.Etl.Recognition;
using FiscalWarehouse.Model.Documents;
using FiscalWarehouse.Model.Tables;
using FiscalWarehouse.Model.Text;
using M = FiscalWarehouse.Model.Tables.Meanings.Measure;

namespace FiscalWarehouse.Etl.PerformanceForms;

/// <summary>
/// The money block of a 绩效自评表 / 部门整体自评表: a header with 年初预算数 (split into 目标申报数 / 预算编制数 on the
/// next line in seed 001), 全年预算数, 全年执行数, 资金结(转)余, 执行率, 分值, 得分, then one row per fund
/// (资金总额, 市县区财政资金, 政府预算资金 …). Rows shift against the header (seed 001, lines 803–804, 1090), so
/// values are read by label and order, and by position only when order cannot decide.
/// </summary>
internal static class FundBlockReader
{
    private static readonly string[] FundWords = ["资金", "预算总额", "自筹", "财政", "其他"];

    public static bool IsHeader(SourceLine line) => (FormLine.Of(line) & FormLineKind.FundHeader) != 0;

    /// <summary>Reads the block whose header is <paramref name="lines"/>[<paramref name="at"/>]; returns the index after it.</summary>
    public static int Read(ReadOnlySpan<SourceLine> lines, int at, FormTableBuilder table)
    {
        var header = lines[at];
        var block = BlockLabel(header);
        var columns = new List<(int Column, int Position, string Measure)>();
        var next = at + 1;
        var sub = next < lines.Length && lines[next].Cells.Any(c => FormHeaders.FundMeasure(c) == M.DeclaredBudget) ? lines[next] : null;
        for (var i = 0; i < header.Cells.Count; i++)
        {
            var text = BlankText.Trim(header.Cells[i]);
            if (text.Length == 0 || FormHeaders.FundMeasure(text) is not { } measure)
            {
                continue;
            }

            if (measure == M.InitialBudget && sub is not null)
            {
                var subHeaders = sub.Cells.Where(c => FormHeaders.FundMeasure(c) is M.DeclaredBudget or M.InitialBudget).ToList();
                for (var s = 0; s < subHeaders.Count; s++)
                {
                    var subMeasure = FormHeaders.FundMeasure(subHeaders[s])!;
                    columns.Add((table.Column([block, text, subHeaders[s].Trim()], FormHeaders.Meaning(subMeasure)), i + s, subMeasure));
                }

                continue;
            }

            columns.Add((table.Column([block, text], FormHeaders.Meaning(measure)), i, measure));
        }

        if (sub is not null)
        {
            next++;
        }

        for (; next < lines.Length; next++)
        {
            var line = lines[next];
            if (line.IsBlank)
            {
                continue;
            }

            if (FundLabelIndex(line) is not { } labelIndex)
            {
                break;
            }

            var label = Label(line.Cells[labelIndex]);
            var kind = label.Contains("总额", StringComparison.Ordinal) ? RowKind.Total : RowKind.Detail;
            table.Row(line, label, kind == RowKind.Total ? 0 : 1, kind, Values(line, labelIndex, header, columns));
        }

        return next;
    }

    private static IEnumerable<(int Column, CellValue Value)> Values(
        SourceLine line, int labelIndex, SourceLine header, List<(int Column, int Position, string Measure)> columns)
    {
        var printed = new List<(int Index, string Text)>();
        for (var i = labelIndex + 1; i < line.Cells.Count; i++)
        {
            var text = BlankText.Trim(line.Cells[i]);
            if (text.Length > 0 && (CellParser.IsNumber(text) || CellParser.IsDash(text)))
            {
                printed.Add((i, text));
            }
        }

        var assigned = new string?[columns.Count];
        var firstPosition = columns.Count > 0 ? columns.Min(c => c.Position) : 0;
        if (printed.Count == columns.Count)
        {
            for (var k = 0; k < printed.Count; k++)
            {
                assigned[k] = printed[k].Text;
            }
        }
        else if (labelIndex < firstPosition && header.Cells.Count > 0 && printed.All(p => columns.Any(c => c.Position == p.Index)))
        {
            foreach (var (index, text) in printed)
            {
                assigned[columns.FindIndex(c => c.Position == index)] = text;
            }
        }
        else
        {
            // Numbers from the left, not-applicable dashes from the right (seed 003, line 713: 858.9 2175.87 — — —).
            var numbers = printed.Where(p => !CellParser.IsDash(p.Text)).ToList();
            var dashes = printed.Where(p => CellParser.IsDash(p.Text)).ToList();
            for (var k = 0; k < numbers.Count && k < columns.Count; k++)
            {
                assigned[k] = numbers[k].Text;
            }

            for (var d = 0; d < dashes.Count; d++)
            {
                var slot = columns.Count - dashes.Count + d;
                if (slot >= 0 && assigned[slot] is null)
                {
                    assigned[slot] = dashes[d].Text;
                }
            }
        }

        for (var k = 0; k < columns.Count; k++)
        {
            yield return (columns[k].Column, CellParser.Parse(assigned[k], columns[k].Measure == M.ExecutionRate));
        }
    }

    /// <summary>The cell naming the fund: the last text cell before the first value, when it names money.</summary>
    private static int? FundLabelIndex(SourceLine line)
    {
        int? label = null;
        for (var i = 0; i < line.Cells.Count; i++)
        {
            var text = BlankText.Trim(line.Cells[i]);
            if (text.Length == 0)
            {
                continue;
            }

            if (CellParser.IsNumber(text) || CellParser.IsDash(text))
            {
                break;
            }

            label = i;
        }

        if (label is not { } index)
        {
            return null;
        }

        var key = TextKey.Of(line.Cells[index]);
        var isFund = FundWords.Any(w => key.Contains(w, StringComparison.Ordinal)) && !key.Contains("资金管理", StringComparison.Ordinal)
            && !key.Contains("目标", StringComparison.Ordinal) && !key.Contains("指标", StringComparison.Ordinal) && key.Length <= 20;
        return isFund ? index : null;
    }

    private static string Label(string text)
    {
        var key = TextKey.Of(text).TrimEnd(':');
        return key.StartsWith("其中:", StringComparison.Ordinal) ? key["其中:".Length..] : key;
    }

    private static string BlockLabel(SourceLine header)
    {
        var first = header.Cells.FirstOrDefault(c => !string.IsNullOrWhiteSpace(c))?.Trim() ?? "项目资金";
        return FormHeaders.FundMeasure(first) is null ? first : "项目资金";
    }
}
