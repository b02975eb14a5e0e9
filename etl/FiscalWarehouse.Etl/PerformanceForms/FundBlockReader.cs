using System.Runtime.InteropServices;
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

    /// <summary>Reads the block whose header is <paramref name="lines"/>[<paramref name="at"/>]; returns the index after it.</summary>
    public static int Read(ReadOnlySpan<SourceLine> lines, int at, FormTableBuilder table)
    {
        var header = lines[at];
        var block = BlockLabel(header);
        var columns = new List<(int Column, int Position, string Measure)>();
        var next = at + 1;
        var sub = next < lines.Length && HasDeclaredBudget(lines[next]) ? lines[next] : null;
        for (var i = 0; i < header.Cells.Count; i++)
        {
            var text = BlankText.Trim(header.Cells[i]);
            if (text.Length == 0 || FormHeaders.FundMeasure(text) is not { } measure)
            {
                continue;
            }

            if (measure == M.InitialBudget && sub is not null)
            {
                var subHeaders = BudgetSubHeaders(sub);
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

        var firstPosition = int.MaxValue;
        foreach (var column in columns)
        {
            firstPosition = Math.Min(firstPosition, column.Position);
        }

        firstPosition = columns.Count > 0 ? firstPosition : 0;
        // Scratch lists for every row of the block: the row builder copies the values out.
        var printed = new List<(int Index, string Text)>();
        var values = new List<(int Column, CellValue Value)>(columns.Count);
        for (; next < lines.Length; next++)
        {
            var line = lines[next];
            if (line.IsBlank)
            {
                continue;
            }

            if (FundLabelIndex(line, out var key) is not { } labelIndex)
            {
                break;
            }

            var label = Label(key);
            var kind = label.Contains("总额", StringComparison.Ordinal) ? RowKind.Total : RowKind.Detail;
            Values(line, labelIndex, header, columns, firstPosition, printed, values);
            table.Row(line, label, kind == RowKind.Total ? 0 : 1, kind, CollectionsMarshal.AsSpan(values));
        }

        return next;
    }

    /// <param name="firstPosition">The leftmost column position (0 without columns).</param>
    private static void Values(SourceLine line, int labelIndex, SourceLine header, List<(int Column, int Position, string Measure)> columns,
        int firstPosition, List<(int Index, string Text)> printed, List<(int Column, CellValue Value)> values)
    {
        var cells = Items.Of(line.Cells);
        printed.Clear();
        for (var i = labelIndex + 1; i < cells.Length; i++)
        {
            var text = BlankText.Trim(cells[i]);
            if (text.Length > 0 && (CellParser.IsNumber(text) || CellParser.IsDash(text)))
            {
                printed.Add((i, text));
            }
        }

        var assigned = new string?[columns.Count];
        if (printed.Count == columns.Count)
        {
            for (var k = 0; k < printed.Count; k++)
            {
                assigned[k] = printed[k].Text;
            }
        }
        else if (labelIndex < firstPosition && header.Cells.Count > 0 && AllAtColumns(printed, columns))
        {
            foreach (var (index, text) in printed)
            {
                assigned[PositionIndex(columns, index)] = text;
            }
        }
        else
        {
            // Numbers from the left, not-applicable dashes from the right (seed 003, line 713: 858.9 2175.87 — — —).
            var numbers = 0;
            var dashes = 0;
            foreach (var (_, text) in printed)
            {
                if (CellParser.IsDash(text))
                {
                    dashes++;
                }
                else if (numbers < columns.Count)
                {
                    assigned[numbers++] = text;
                }
            }

            var d = 0;
            foreach (var (_, text) in printed)
            {
                if (!CellParser.IsDash(text))
                {
                    continue;
                }

                var slot = columns.Count - dashes + d++;
                if (slot >= 0 && assigned[slot] is null)
                {
                    assigned[slot] = text;
                }
            }
        }

        values.Clear();
        for (var k = 0; k < columns.Count; k++)
        {
            values.Add((columns[k].Column, CellParser.Parse(assigned[k], columns[k].Measure == M.ExecutionRate)));
        }
    }

    /// <summary>Whether every printed value stands at a column's position.</summary>
    private static bool AllAtColumns(List<(int Index, string Text)> printed, List<(int Column, int Position, string Measure)> columns)
    {
        foreach (var (index, _) in printed)
        {
            if (PositionIndex(columns, index) < 0)
            {
                return false;
            }
        }

        return true;
    }

    private static int PositionIndex(List<(int Column, int Position, string Measure)> columns, int position)
    {
        for (var k = 0; k < columns.Count; k++)
        {
            if (columns[k].Position == position)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>The cell naming the fund: the last text cell before the first value, when it names money.</summary>
    /// <param name="key">The label cell's key (a row's label is that key).</param>
    private static int? FundLabelIndex(SourceLine line, out string key)
    {
        key = "";
        var cells = Items.Of(line.Cells);
        int? label = null;
        for (var i = 0; i < cells.Length; i++)
        {
            var text = BlankText.Trim(cells[i]);
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

        key = TextKey.Of(cells[index]);
        var isFund = NamesFund(key) && !key.Contains("资金管理", StringComparison.Ordinal)
            && !key.Contains("目标", StringComparison.Ordinal) && !key.Contains("指标", StringComparison.Ordinal) && key.Length <= 20;
        return isFund ? index : null;
    }

    /// <summary>A 目标申报数 cell: the line splits 年初预算数 (seed 001). Only a cell printing 目 can be one (目标申报 is kept in the key as printed).</summary>
    private static bool HasDeclaredBudget(SourceLine line)
    {
        foreach (var cell in Items.Of(line.Cells))
        {
            if (cell.Contains('目', StringComparison.Ordinal) && FormHeaders.FundMeasure(cell) == M.DeclaredBudget)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The 目标申报数 and 预算编制数 cells of the sub-header line. Their words (目标申报, 预算编制, 年初预算) each print 目 or 预,
    /// so only such a cell is measured (a measure keys the cell and searches a dozen words in it).
    /// </summary>
    private static List<string> BudgetSubHeaders(SourceLine sub)
    {
        var headers = new List<string>();
        foreach (var cell in Items.Of(sub.Cells))
        {
            if (cell.AsSpan().IndexOfAny('目', '预') >= 0 && FormHeaders.FundMeasure(cell) is M.DeclaredBudget or M.InitialBudget)
            {
                headers.Add(cell);
            }
        }

        return headers;
    }

    private static bool NamesFund(string key)
    {
        foreach (var word in FundWords)
        {
            if (key.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <param name="cellKey">The label cell's <see cref="TextKey.Of"/>.</param>
    private static string Label(string cellKey)
    {
        var key = cellKey.TrimEnd(':');
        return key.StartsWith("其中:", StringComparison.Ordinal) ? key["其中:".Length..] : key;
    }

    private static string BlockLabel(SourceLine header)
    {
        var first = header.Cells.FirstOrDefault(c => !string.IsNullOrWhiteSpace(c))?.Trim() ?? "项目资金";
        return FormHeaders.FundMeasure(first) is null ? first : "项目资金";
    }
}
