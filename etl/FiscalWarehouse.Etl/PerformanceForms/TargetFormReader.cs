using System.Runtime.InteropServices;
using FiscalWarehouse.Etl.Recognition;
using FiscalWarehouse.Model.Documents;
using FiscalWarehouse.Model.Tables;
using FiscalWarehouse.Model.Text;
using M = FiscalWarehouse.Model.Tables.Meanings.Measure;

namespace FiscalWarehouse.Etl.PerformanceForms;

/// <summary>
/// The 项目支出绩效目标表 / 申报表 (预算): the 项目资金 block prints two label/amount pairs per line, 实施期 then 年度
/// (<c>实施期资金总额: 570,000 | 年度资金总额: 190,000</c>, seed 000, line 532), each split into 中央 / 省级 / 市县(区) /
/// 单位自筹 / 其他资金; the indicator block prints 一级/二级/三级/指标值 for 实施期 then 二级/三级/指标值 for 年度.
/// </summary>
internal static class TargetFormReader
{
    private static readonly (string Word, string Label)[] FundLabels =
    [
        ("资金总额", "资金总额"),
        ("中央财政资金", "中央财政资金"),
        ("省级财政资金", "省级财政资金"),
        ("市县(区)财政资金", "市县(区)财政资金"),
        ("市县区财政资金", "市县(区)财政资金"),
        ("单位自筹", "单位自筹"),
        ("其他资金", "其他资金"),
        ("上年结转", "上年结转"),
        ("财政拨款", "财政拨款"),
    ];

    private static readonly CharBits LabelChars = new("资筹转拨");

    /// <summary>Reads the 项目资金 rows from their first line; returns the index after them.</summary>
    public static int ReadFunds(ReadOnlySpan<SourceLine> lines, int at, FormTableBuilder table)
    {
        var block = BlockKey(lines[at]);
        var period = table.Column([block, "实施期资金总额"], FormHeaders.Meaning(M.ImplementationPeriodBudget));
        var annual = table.Column([block, "年度资金总额"], FormHeaders.Meaning(M.InitialBudget));
        var split = int.MaxValue;
        // Scratch lists for every line of the block: the row builder copies the cells out.
        var pairs = new List<FundPair>();
        var cells = new List<(int Column, CellValue Value)>();
        var next = at;
        for (; next < lines.Length; next++)
        {
            var line = lines[next];
            if (line.IsBlank)
            {
                continue;
            }

            Pairs(line, pairs);
            if (pairs.Count == 0)
            {
                break;
            }

            if (next == at)
            {
                // The cell index between the 实施期 and the 年度 label of the block's first line.
                split = pairs.Count >= 2 ? (pairs[0].Index + pairs[1].Index + 1) / 2 : int.MaxValue;
            }

            var label = pairs[0].Label;
            cells.Clear();
            foreach (var (index, _, value) in pairs)
            {
                var column = pairs.Count > 1 ? (index == pairs[0].Index ? period : annual) : (index < split ? period : annual);
                cells.Add((column, CellParser.Parse(value)));
            }

            var kind = label == "资金总额" ? RowKind.Total : RowKind.Detail;
            table.Row(line, label, kind == RowKind.Total ? 0 : 1, kind, CollectionsMarshal.AsSpan(cells));
        }

        return next;
    }

    /// <summary>Reads indicator rows after the header; returns the index after them.</summary>
    public static int ReadIndicators(ReadOnlySpan<SourceLine> lines, int at, FormTableBuilder table)
    {
        var header = lines[at];
        var headerKeys = CellKeys.Of(header);
        var valuePositions = new List<int>(2);
        var levelPositions = new List<int>(3);
        for (var i = 0; i < headerKeys.Count; i++)
        {
            var key = headerKeys[i];
            if (key == "指标值")
            {
                valuePositions.Add(i);
            }

            if (key.EndsWith("级指标", StringComparison.Ordinal) && levelPositions.Count < 3)
            {
                levelPositions.Add(i);
            }
        }

        var names = new List<string>();
        var periodColumn = table.Column(["绩效指标", "实施期", "指标值"], FormHeaders.Meaning(FormHeaders.TargetValue));
        var annualColumn = table.Column(["绩效指标", "年度", "指标值"], FormHeaders.Meaning(FormHeaders.TargetValue));
        var path = new string[3];
        var next = at + 1;
        for (; next < lines.Length; next++)
        {
            var line = lines[next];
            if (line.IsBlank)
            {
                continue;
            }

            var first = CellKeys.First(line);
            if (first.StartsWith("负责人", StringComparison.Ordinal) || first.StartsWith("注", StringComparison.Ordinal)
                || (FormLine.Of(line) & (FormLineKind.IndicatorHeader | FormLineKind.FundStart)) != 0
                || first.StartsWith("项目名称", StringComparison.Ordinal))
            {
                break;
            }

            var cells = Items.Of(line.Cells);
            var last = LastNonEmpty(cells);
            if (last < 0)
            {
                continue;
            }

            // The 年度 指标值 is the row's last cell; a row whose last cell is a level name (成本指标) has no values.
            var shift = last - valuePositions[^1];
            var annualValue = BlankText.Trim(cells[last]);
            if (annualValue.EndsWith("指标", StringComparison.Ordinal) || valuePositions[0] + shift < 1)
            {
                // A row of level names only (效益指标 | 经济效益指标, seed 002, line 481): it still opens a new 一级/二级.
                for (var k = 0; k < levelPositions.Count; k++)
                {
                    var name = BlankText.Trim(At(cells, levelPositions[k]));
                    if (name.Length > 0)
                    {
                        path[k] = name;
                        for (var deeper = k + 1; deeper < path.Length; deeper++)
                        {
                            path[deeper] = "";
                        }
                    }
                }

                continue;
            }

            names.Clear();
            for (var i = 0; i < valuePositions[0] + shift && i < cells.Length; i++)
            {
                var text = BlankText.Trim(cells[i]);
                // At cell 0 a printed text is the line's first: its key is first's.
                if (text.Length > 0 && !(i == 0 && first.StartsWith("绩", StringComparison.Ordinal)))
                {
                    names.Add(text);
                }
            }

            var depth = Math.Min(names.Count, path.Length);
            for (var k = 0; k < depth; k++)
            {
                path[path.Length - depth + k] = names[names.Count - depth + k];
            }

            table.Row(line, IndicatorPath.Label(path), 2, RowKind.Detail,
                [(periodColumn, CellParser.Parse(At(cells, valuePositions[0] + shift))), (annualColumn, CellParser.Parse(annualValue))]);
        }

        return next;
    }

    // A record, not a value tuple: a list of tuples was JIT-compiled in every process (docs/benchmarks.md, round 11).
    private sealed record FundPair(int Index, string Label, string Value);

    /// <summary>Each fund label in the line with the value printed after it (before the next label), or blank.</summary>
    private static void Pairs(SourceLine line, List<FundPair> pairs)
    {
        pairs.Clear();
        var entry = CellKeys.EntryOf(line);
        var cells = Items.Of(line.Cells);
        // Each cell's label once: the search for a label's value looks at the cells after it until the next label. Only
        // a cell that can hold a label is keyed: every label word prints 资, 筹, 转 or 拨, and a label's key is at most 24
        // characters and an inline number (at most 64 and a colon) long.
        var labels = new string?[cells.Length];
        for (var i = 0; i < labels.Length; i++)
        {
            labels[i] = LabelChars.ContainsAny(cells[i]) && !PrintedKey.IsLongerThan(cells[i], 24 + 64) ? LabelOf(entry.KeyAt(i)) : null;
        }

        for (var i = 0; i < cells.Length; i++)
        {
            if (labels[i] is not { } label)
            {
                continue;
            }

            // Some conversions keep label and amount in one cell (实施期资金总额:570,000).
            var key = entry.KeyAt(i);
            var inline = InlineLength(key);
            var value = inline > 0 ? key[^inline..] : "";
            for (var j = i + 1; value.Length == 0 && j < cells.Length && labels[j] is null; j++)
            {
                if (!string.IsNullOrWhiteSpace(cells[j]))
                {
                    value = BlankText.Trim(cells[j]);
                    break;
                }
            }

            pairs.Add(new FundPair(i, label, value));
        }
    }

    /// <summary>The key of the block's 项目资金 cell, or 项目资金.</summary>
    private static string BlockKey(SourceLine first)
    {
        var keys = CellKeys.Of(first);
        for (var i = 0; i < keys.Count; i++)
        {
            if (keys[i].StartsWith("项目资金", StringComparison.Ordinal))
            {
                return keys[i];
            }
        }

        return "项目资金";
    }

    /// <summary>The length of the number after the key's last colon (实施期资金总额:570,000), or 0.</summary>
    /// <param name="key">The cell's <see cref="TextKey.Of"/>.</param>
    private static int InlineLength(string key)
    {
        var colon = key.LastIndexOf(':');
        return colon >= 0 && colon + 1 < key.Length && IsNumber(key.AsSpan(colon + 1)) ? key.Length - colon - 1 : 0;
    }

    /// <summary><see cref="CellParser.IsNumber"/> of a part of a key, without cutting it out as a string.</summary>
    private static bool IsNumber(ReadOnlySpan<char> text)
    {
        var trimmed = BlankText.Trim(text);
        return trimmed.Length > 0 && CellParser.TryNumber(trimmed, out _, out _);
    }

    /// <param name="key">The cell's <see cref="TextKey.Of"/> (cells are keyed once per line).</param>
    private static string? LabelOf(string key)
    {
        var label = key.AsSpan(0, key.Length - InlineLength(key));
        if (label.Length == 0 || label.Length > 24 || IsNumber(label))
        {
            return null;
        }

        foreach (var (word, name) in FundLabels)
        {
            if (label.Contains(word, StringComparison.Ordinal))
            {
                return name;
            }
        }

        return null;
    }

    private static int LastNonEmpty(ReadOnlySpan<string> cells)
    {
        for (var i = cells.Length - 1; i >= 0; i--)
        {
            if (!string.IsNullOrWhiteSpace(cells[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static string At(ReadOnlySpan<string> cells, int index) => index >= 0 && index < cells.Length ? cells[index] : "";
}
