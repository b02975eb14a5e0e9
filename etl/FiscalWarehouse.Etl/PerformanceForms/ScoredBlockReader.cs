using System.Runtime.InteropServices;
using FiscalWarehouse.Etl.Recognition;
using FiscalWarehouse.Model.Documents;
using FiscalWarehouse.Model.Tables;
using FiscalWarehouse.Model.Text;
using M = FiscalWarehouse.Model.Tables.Meanings.Measure;

namespace FiscalWarehouse.Etl.PerformanceForms;

/// <summary>
/// A scored block of a self-evaluation form: indicator rows (一级/二级/三级指标, 年初指标值, 调整后指标值, 实际完成值,
/// 分值, 得分) or the 资金管理情况 rows of seed 003 (情况说明, 分值(20), 得分). Cells drift left and right of the header
/// (seed 003, lines 744–750; seed 001, line 737), so each row is anchored on its last two numbers — 分值 and 得分 — and
/// the other columns are read at the header's positions moved by the same shift. Empty 一级/二级 cells repeat the row above.
/// </summary>
internal static class ScoredBlockReader
{
    /// <returns>The index after the block and its 分值 / 得分 columns (a 总分 row below it uses them).</returns>
    public static (int Next, int? Weight, int? Score) Read(ReadOnlySpan<SourceLine> lines, int at, FormTableBuilder table)
    {
        var header = lines[at];
        var block = Block(header);
        var columns = new List<(int Column, int Position, string Measure)>();
        var levelPositions = new List<int>();
        var scoreAt = -1;
        var weightAt = -1;
        var firstValue = int.MaxValue;
        for (var i = 0; i < header.Cells.Count; i++)
        {
            var text = BlankText.Trim(header.Cells[i]);
            if (FormHeaders.IsLevelHeader(text))
            {
                levelPositions.Add(i);
                continue;
            }

            if (text.Length == 0 || FormHeaders.ScoredMeasure(text) is not { } measure
                || (measure == M.Weight && levelPositions.Count == 1 && i < header.Cells.Count - 3 && weightAt < 0 && IsLevelWeight(header, i)))
            {
                continue;
            }

            columns.Add((table.Column([block, text], FormHeaders.Meaning(measure)), i, measure));
            firstValue = Math.Min(firstValue, i);
            if (measure == M.Score && scoreAt < 0)
            {
                scoreAt = i;
            }
            else if (measure == M.Weight)
            {
                weightAt = i;
            }
        }

        var path = new string[3];
        var blockKey = TextKey.Of(block);
        // Scratch lists for every row of the block: the row builder copies the values out.
        var levelNames = new List<string>(4);
        var values = new List<(int Column, CellValue Value)>(columns.Count);
        var next = at + 1;
        for (; next < lines.Length; next++)
        {
            var line = lines[next];
            if (line.IsBlank)
            {
                continue;
            }

            var first = CellKeys.First(line);
            if (IsEnd(line, first))
            {
                break;
            }

            ReadRow(line, first, table, block, blockKey, columns, scoreAt, weightAt, firstValue, path, levelNames, values);
        }

        var weight = columns.FindLast(c => c.Measure == M.Weight);
        var score = columns.FindLast(c => c.Measure == M.Score);
        return (next, weight.Measure is null ? null : weight.Column, score.Measure is null ? null : score.Column);
    }

    /// <param name="first">The key of the row's first printed cell (the row's cell 0 when that one is printed).</param>
    /// <param name="blockKey">The key of <paramref name="block"/>, computed once per block: every row's first cell is compared with it.</param>
    private static void ReadRow(SourceLine line, string first, FormTableBuilder table, string block, string blockKey,
        List<(int Column, int Position, string Measure)> columns, int scoreAt, int weightAt, int firstValue, string[] path,
        List<string> levelNames, List<(int Column, CellValue Value)> values)
    {
        var cells = Items.Of(line.Cells);
        var anchor = Anchor(cells);
        var shift = anchor is { } a ? a.Score - scoreAt : 0;
        var valuesFrom = firstValue + shift;
        // The first number before the values is the level's weight; the texts are the level names, in order. Loops,
        // not LINQ over a list of pairs: this runs for every row of every scored block.
        string? levelWeight = null;
        levelNames.Clear();
        for (var i = 0; i < Math.Min(valuesFrom, cells.Length); i++)
        {
            var text = BlankText.Trim(cells[i]);
            if (text.Length == 0 || (i == 0 && string.Equals(first, blockKey, StringComparison.Ordinal)))
            {
                continue;
            }

            if (!CellParser.IsNumber(text))
            {
                levelNames.Add(text);
            }
            else
            {
                levelWeight ??= text;
            }
        }

        if (levelNames.Count == 0 && anchor is null)
        {
            return;
        }

        // The deepest name is the last; names above it that the row leaves empty repeat the previous row's.
        var depth = Math.Min(levelNames.Count, path.Length);
        for (var k = 0; k < depth; k++)
        {
            path[path.Length - depth + k] = levelNames[levelNames.Count - depth + k];
        }

        if (levelWeight is not null && depth == path.Length && weightAt >= 0)
        {
            var weightColumn = columns.First(c => c.Measure == M.Weight).Column;
            table.Row(line, path[0], 0, RowKind.Total, [(weightColumn, CellParser.Parse(levelWeight))]);
        }

        var label = IndicatorPath.Label(path);
        // Explanations left empty are not values; amounts and indicator values keep their blanks.
        values.Clear();
        foreach (var (column, position, measure) in columns)
        {
            var value = CellParser.Parse(At(cells, position + shift), measure == M.ExecutionRate);
            if (measure != FormHeaders.Note || value.Kind != CellValueKind.Blank)
            {
                values.Add((column, value));
            }
        }

        table.Row(line, label.Length > 0 ? label : block, 2, RowKind.Detail, CollectionsMarshal.AsSpan(values));
    }

    /// <summary>The last two numbers of the row, 分值 then 得分, with only text (an explanation) or nothing after them.</summary>
    private static (int Weight, int Score)? Anchor(ReadOnlySpan<string> cells)
    {
        int? score = null;
        for (var i = cells.Length - 1; i >= 0; i--)
        {
            var text = BlankText.Trim(cells[i]);
            if (text.Length == 0)
            {
                continue;
            }

            if (!CellParser.IsNumber(text))
            {
                if (score is not null)
                {
                    return null;
                }

                continue;
            }

            if (score is null)
            {
                score = i;
                continue;
            }

            return (i, score.Value);
        }

        return null;
    }

    /// <param name="first">The key of the line's first printed cell.</param>
    private static bool IsEnd(SourceLine line, string first)
    {
        return first.StartsWith("总分", StringComparison.Ordinal) || first.StartsWith("分值及得分", StringComparison.Ordinal)
            || first.StartsWith("项目绩效分析", StringComparison.Ordinal) || first.StartsWith("注", StringComparison.Ordinal)
            || first.StartsWith("备注", StringComparison.Ordinal) || first.StartsWith("年度总体目标", StringComparison.Ordinal)
            || first.StartsWith("年度主要任务", StringComparison.Ordinal) || first.StartsWith("---", StringComparison.Ordinal)
            || (FormLine.Of(line) & (FormLineKind.ScoreCells | FormLineKind.FundHeader)) != 0
            || (first.Length > 30 && PrintedCount(Items.Of(line.Cells)) == 1);
    }

    private static int PrintedCount(ReadOnlySpan<string> cells)
    {
        var count = 0;
        foreach (var cell in cells)
        {
            count += string.IsNullOrWhiteSpace(cell) ? 0 : 1;
        }

        return count;
    }

    /// <summary>A 分值 right after 一级指标 (seed 003, line 730) is the 一级 weight, not the indicator's.</summary>
    private static bool IsLevelWeight(SourceLine header, int index) =>
        header.Cells.Skip(index + 1).Any(c => TextKey.Of(c) == "二级指标");

    public static string Block(SourceLine header)
    {
        var first = header.Cells.FirstOrDefault(c => !string.IsNullOrWhiteSpace(c))?.Trim() ?? "绩效指标";
        return FormHeaders.IsLevelHeader(first) ? "绩效指标" : first;
    }

    private static string At(ReadOnlySpan<string> cells, int index) => index >= 0 && index < cells.Length ? cells[index] : "";
}
