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

    public static bool IsFundStart(SourceLine line) => (FormLine.Of(line) & FormLineKind.FundStart) != 0;

    public static bool IsIndicatorHeader(SourceLine line) => (FormLine.Of(line) & FormLineKind.IndicatorHeader) != 0;

    /// <summary>Reads the 项目资金 rows from their first line; returns the index after them.</summary>
    public static int ReadFunds(ReadOnlySpan<SourceLine> lines, int at, FormTableBuilder table)
    {
        var block = TextKey.Of(lines[at].Cells.FirstOrDefault(c => TextKey.Of(c).StartsWith("项目资金", StringComparison.Ordinal)) ?? "项目资金");
        var period = table.Column([block, "实施期资金总额"], FormHeaders.Meaning(M.ImplementationPeriodBudget));
        var annual = table.Column([block, "年度资金总额"], FormHeaders.Meaning(M.InitialBudget));
        var split = Split(lines[at]);
        var next = at;
        for (; next < lines.Length; next++)
        {
            var line = lines[next];
            if (line.IsBlank)
            {
                continue;
            }

            var pairs = Pairs(line);
            if (pairs.Count == 0)
            {
                break;
            }

            var label = pairs[0].Label;
            var cells = new List<(int Column, CellValue Value)>();
            foreach (var (index, _, value) in pairs)
            {
                var column = pairs.Count > 1 ? (index == pairs[0].Index ? period : annual) : (index < split ? period : annual);
                cells.Add((column, CellParser.Parse(value)));
            }

            var kind = label == "资金总额" ? RowKind.Total : RowKind.Detail;
            table.Row(line, label, kind == RowKind.Total ? 0 : 1, kind, cells);
        }

        return next;
    }

    /// <summary>Reads indicator rows after the header; returns the index after them.</summary>
    public static int ReadIndicators(ReadOnlySpan<SourceLine> lines, int at, FormTableBuilder table)
    {
        var header = lines[at];
        var valuePositions = header.Cells.Select((c, i) => (Key: TextKey.Of(c), i)).Where(x => x.Key == "指标值").Select(x => x.i).ToList();
        var levelPositions = header.Cells.Select((c, i) => (Key: TextKey.Of(c), i)).Where(x => x.Key.EndsWith("级指标", StringComparison.Ordinal))
            .Select(x => x.i).Take(3).ToList();
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
                || IsIndicatorHeader(line) || IsFundStart(line) || first.StartsWith("项目名称", StringComparison.Ordinal))
            {
                break;
            }

            var last = LastNonEmpty(line.Cells);
            if (last < 0)
            {
                continue;
            }

            // The 年度 指标值 is the row's last cell; a row whose last cell is a level name (成本指标) has no values.
            var shift = last - valuePositions[^1];
            var annualValue = BlankText.Trim(line.Cells[last]);
            if (annualValue.EndsWith("指标", StringComparison.Ordinal) || valuePositions[0] + shift < 1)
            {
                // A row of level names only (效益指标 | 经济效益指标, seed 002, line 481): it still opens a new 一级/二级.
                for (var k = 0; k < levelPositions.Count; k++)
                {
                    var name = BlankText.Trim(At(line.Cells, levelPositions[k]));
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

            var names = new List<string>();
            for (var i = 0; i < valuePositions[0] + shift && i < line.Cells.Count; i++)
            {
                var text = BlankText.Trim(line.Cells[i]);
                if (text.Length > 0 && !(i == 0 && TextKey.Of(text).StartsWith("绩", StringComparison.Ordinal)))
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
                [(periodColumn, CellParser.Parse(At(line.Cells, valuePositions[0] + shift))), (annualColumn, CellParser.Parse(annualValue))]);
        }

        return next;
    }

    // A record, not a value tuple: a list of tuples was JIT-compiled in every process (docs/benchmarks.md, round 11).
    private sealed record FundPair(int Index, string Label, string Value);

    /// <summary>Each fund label in the line with the value printed after it (before the next label), or blank.</summary>
    private static List<FundPair> Pairs(SourceLine line)
    {
        var pairs = new List<FundPair>();
        var keys = CellKeys.Of(line);
        // Each cell's label once: the search for a label's value looks at the cells after it until the next label.
        var labels = new string?[keys.Count];
        for (var i = 0; i < labels.Length; i++)
        {
            labels[i] = LabelOf(keys[i]);
        }

        for (var i = 0; i < line.Cells.Count; i++)
        {
            if (labels[i] is not { } label)
            {
                continue;
            }

            // Some conversions keep label and amount in one cell (实施期资金总额:570,000).
            var value = InlineValue(keys[i]);
            for (var j = i + 1; value.Length == 0 && j < line.Cells.Count && labels[j] is null; j++)
            {
                if (!string.IsNullOrWhiteSpace(line.Cells[j]))
                {
                    value = BlankText.Trim(line.Cells[j]);
                    break;
                }
            }

            pairs.Add(new FundPair(i, label, value));
        }

        return pairs;
    }

    /// <param name="key">The cell's <see cref="TextKey.Of"/>.</param>
    private static string InlineValue(string key)
    {
        var colon = key.LastIndexOf(':');
        return colon >= 0 && colon + 1 < key.Length && CellParser.IsNumber(key[(colon + 1)..]) ? key[(colon + 1)..] : "";
    }

    /// <param name="key">The cell's <see cref="TextKey.Of"/> (cells are keyed once per line).</param>
    private static string? LabelOf(string key)
    {
        if (InlineValue(key) is { Length: > 0 } inline)
        {
            key = key[..^inline.Length];
        }

        if (key.Length == 0 || key.Length > 24 || CellParser.IsNumber(key))
        {
            return null;
        }

        foreach (var (word, label) in FundLabels)
        {
            if (key.Contains(word, StringComparison.Ordinal))
            {
                return label;
            }
        }

        return null;
    }

    /// <summary>The cell index between the 实施期 and the 年度 label of the block's first line.</summary>
    private static int Split(SourceLine first)
    {
        var labels = CellKeys.Of(first).Select((k, i) => (Label: LabelOf(k), i)).Where(x => x.Label is not null).Select(x => x.i).ToList();
        return labels.Count >= 2 ? (labels[0] + labels[1] + 1) / 2 : int.MaxValue;
    }

    private static int LastNonEmpty(IReadOnlyList<string> cells)
    {
        for (var i = cells.Count - 1; i >= 0; i--)
        {
            if (!string.IsNullOrWhiteSpace(cells[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static string At(IReadOnlyList<string> cells, int index) => index >= 0 && index < cells.Count ? cells[index] : "";
}
