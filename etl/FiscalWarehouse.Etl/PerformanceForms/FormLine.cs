using FiscalWarehouse.Etl.Recognition;
using FiscalWarehouse.Model.Documents;

namespace FiscalWarehouse.Etl.PerformanceForms;

/// <summary>What a form line starts, decided in one pass over its cell keys and kept with them.</summary>
[Flags]
internal enum FormLineKind
{
    None = 0,

    /// <summary>Short 全年预算 and 执行数 cells: the header of a 资金 block (<see cref="FundBlockReader"/>).</summary>
    FundHeader = 1,

    /// <summary>A 实施期资金总额 cell: the first 项目资金 line of a 绩效目标表 (<see cref="TargetFormReader"/>).</summary>
    FundStart = 2,

    /// <summary>Two 指标值 cells and a 三级指标 cell: the indicator header of a 绩效目标表.</summary>
    IndicatorHeader = 4,

    /// <summary>Separate short 分值 and 得分 cells (a scored block's header unless it is also a 资金 header).</summary>
    ScoreCells = 8,
}

/// <summary>
/// The form readers ask every line whether it starts a block (which reader takes it, and again to find where the
/// previous block ends): the answers come from one classification per line instead of a scan of its keys per question.
/// </summary>
internal static class FormLine
{
    public static FormLineKind Of(SourceLine line)
    {
        var entry = CellKeys.EntryOf(line);
        if (entry.Kind < 0)
        {
            entry.Kind = (int)Classify(entry);
        }

        return (FormLineKind)entry.Kind;
    }

    private static readonly Model.Text.CharBits FirstChars = new("全执实指三得分");

    // One character each kind needs (全年预算, 实施期资金总额, 指标值, 得分): an indicator or amount row prints none of
    // them, and is no kind without a cell being keyed or marked.
    private static readonly Model.Text.CharBits KindChars = new("全实值分");

    private static bool PrintsAny(ReadOnlySpan<string> cells, Model.Text.CharBits chars)
    {
        foreach (var cell in cells)
        {
            if (chars.ContainsAny(cell))
            {
                return true;
            }
        }

        return false;
    }

    private const int Budget = 1, Executed = 2, PeriodTotal = 4, Other = 8;

    /// <summary>Which of the words' first characters the cell prints: 全 (全年预算), 执 (执行数), 实 (实施期资金总额), or another.</summary>
    private static int Marks(string cell)
    {
        var marks = 0;
        foreach (var c in cell)
        {
            if (FirstChars.Contains(c))
            {
                marks |= c switch
                {
                    '全' => Budget,
                    '执' => Executed,
                    '实' => PeriodTotal,
                    _ => Other,
                };
            }
        }

        return marks;
    }

    private static FormLineKind Classify(CellKeys.Entry entry)
    {
        var cells = Items.Of(entry.Cells);
        if (!PrintsAny(cells, KindChars))
        {
            return FormLineKind.None;
        }

        bool budget = false, executed = false, periodTotal = false, level = false, score = false, weight = false;
        var values = 0;
        for (var i = 0; i < cells.Length; i++)
        {
            // Every word but 实施期资金总额 is a short key (at most 12 characters): a long note without 实 is ruled out
            // by counting its key's first 13 characters, not by scanning and keying all of it.
            if (cells[i].Length > 12 && !cells[i].Contains('实', StringComparison.Ordinal) && Model.Text.PrintedKey.IsLongerThan(cells[i], 12))
            {
                continue;
            }

            // Most cells (amounts, indicator texts) hold none of the words' first characters: one bit test per character of
            // the printed cell, which holds them exactly when its key does (the key drops or folds no ideograph), and
            // only such a cell is keyed. The marks also tell which of the searched words can be in the key.
            var marks = Marks(cells[i]);
            if (marks == 0)
            {
                continue;
            }

            var key = entry.KeyAt(i);

            // A header cell is short; a note such as “执行率”是执行数与“全年预算数”相比较 (seed 001, line 753) is not.
            budget |= (marks & Budget) != 0 && key.Length <= 12 && key.Contains("全年预算", StringComparison.Ordinal);
            executed |= (marks & Executed) != 0 && key.Length <= 12 && key.Contains("执行数", StringComparison.Ordinal);
            periodTotal |= (marks & PeriodTotal) != 0 && key.Contains("实施期资金总额", StringComparison.Ordinal);
            values += key == "指标值" ? 1 : 0;
            level |= key == "三级指标";
            score |= key is "得分" or "得分(分)";
            // 分值及得分合计 (seed 003, line 768) is a total, not a header.
            weight |= key.Length <= 8 && key.StartsWith("分值", StringComparison.Ordinal) && !key.Contains("得分", StringComparison.Ordinal);
        }

        return (budget && executed ? FormLineKind.FundHeader : 0)
            | (periodTotal ? FormLineKind.FundStart : 0)
            | (values >= 2 && level ? FormLineKind.IndicatorHeader : 0)
            | (score && weight ? FormLineKind.ScoreCells : 0);
    }
}
