using System.Globalization;
using System.Text.RegularExpressions;
using FiscalWarehouse.Model.Reports;
using FiscalWarehouse.Model.Tables;
using M = FiscalWarehouse.Model.Tables.Meanings.Measure;

namespace FiscalWarehouse.Etl.Narrative;

/// <summary>
/// What a number measures, from the words before it in its clause. Changes are signed by their direction word
/// (减少/下降/降低 → negative), so that prior = current − change works (fiscal-reports.md §4, YoY).
/// </summary>
internal static partial class MeasureRules
{
    /// <param name="label">The normalized words between the previous boundary and the number.</param>
    /// <param name="afterTopic">The part of <paramref name="label"/> after the topic phrase (fund names inside the
    /// phrase, 一般公共预算, must not read as 预算).</param>
    /// <returns>The measure and the sign to apply, or null when the words do not say what the number is.</returns>
    public static (string Measure, int Sign)? Classify(string label, string afterTopic, AmountUnit unit, ReportPhase phase, int? year)
    {
        if (unit == AmountUnit.Percent)
        {
            return Percent(label);
        }

        if (unit == AmountUnit.Count)
        {
            return (M.Count, 1);
        }

        if (unit == AmountUnit.Score)
        {
            // A score is a result (自评结果为93.7分, seed 003, line 604); 满分100分 and 预算执行率10分 describe the scale.
            return ScoreResult().IsMatch(label) ? (M.Score, 1) : null;
        }

        if (Direction(label) is { } sign && !label.Contains("占", StringComparison.Ordinal))
        {
            return (M.Change, sign);
        }

        if (label.Contains("结转", StringComparison.Ordinal))
        {
            return (M.Carryover, 1);
        }

        if (IsPriorYear(label, year))
        {
            return (M.PriorYear, 1);
        }

        if (afterTopic.Contains("年初", StringComparison.Ordinal))
        {
            return (M.InitialBudget, 1);
        }

        if (afterTopic.Contains("决算", StringComparison.Ordinal) || afterTopic.Contains("执行数", StringComparison.Ordinal)
            || afterTopic.Contains("实际支出", StringComparison.Ordinal))
        {
            return (M.FinalAccount, 1);
        }

        if (afterTopic.Contains("预算", StringComparison.Ordinal))
        {
            // In a 决算 a 预算 that is not 年初 is the adjusted one (全年预算数; the 三公 表 预算数, fiscal-reports.md §4).
            return (phase == ReportPhase.FinalAccount ? M.AdjustedBudget : M.InitialBudget, 1);
        }

        return (phase == ReportPhase.Budget ? M.InitialBudget : M.FinalAccount, 1);
    }

    private static (string Measure, int Sign)? Percent(string label)
    {
        if (label.Contains("完成", StringComparison.Ordinal) || label.Contains("执行率", StringComparison.Ordinal)
            || label.Contains("决算数占", StringComparison.Ordinal) || label.Contains("决算数为预算", StringComparison.Ordinal))
        {
            return (M.ExecutionRate, 1);
        }

        if (Direction(label) is { } sign)
        {
            return (M.ChangeRate, sign);
        }

        if (label.Contains("占", StringComparison.Ordinal))
        {
            return (M.Share, 1);
        }

        return null;
    }

    private static int? Direction(string label)
    {
        // The words are two characters each, and no two start at one place: the first found is the one the
        // alternation matched leftmost, told by its two characters without a set search of strings.
        var span = label.AsSpan();
        for (var at = span.IndexOfAny(DirectionStarts); at >= 0 && at + 1 < span.Length; at = NextStart(span, at + 1))
        {
            var sign = (span[at], span[at + 1]) switch
            {
                ('增', '加') or ('增', '长') or ('上', '升') or ('增', '幅') or ('提', '高') => 1,
                ('减', '少') or ('下', '降') or ('降', '低') or ('节', '约') or ('降', '幅') => -1,
                _ => 0,
            };
            if (sign != 0)
            {
                return sign;
            }
        }

        return null;
    }

    private static int NextStart(ReadOnlySpan<char> span, int from)
    {
        var at = span[from..].IndexOfAny(DirectionStarts);
        return at < 0 ? -1 : from + at;
    }

    // The first characters of 增加|减少|增长|下降|降低|上升|节约|增幅|降幅|提高.
    private static readonly System.Buffers.SearchValues<char> DirectionStarts = System.Buffers.SearchValues.Create("增减下降上节提");

    private static bool IsPriorYear(string label, int? year)
    {
        if (label.Contains('比', StringComparison.Ordinal) || label.Contains('较', StringComparison.Ordinal))
        {
            return false;
        }

        if (label.Contains("上年", StringComparison.Ordinal) || label.Contains("上一年", StringComparison.Ordinal)
            || label.Contains("去年", StringComparison.Ordinal))
        {
            return true;
        }

        if (year is null)
        {
            return false;
        }

        // (20\d\d)年 found by hand, in order, without a match collection per clause (\d: any Unicode digit, as the regex read it).
        for (var at = label.Length > 4 ? label.IndexOf('年', 4) : -1; at >= 0; at = label.IndexOf('年', at + 1))
        {
            if (label[at - 4] == '2' && label[at - 3] == '0' && FigureMatcher.IsDigit(label[at - 2]) && FigureMatcher.IsDigit(label[at - 1])
                && int.Parse(label.AsSpan(at - 4, 4), CultureInfo.InvariantCulture) < year)
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex("得分|结果|评分|自评")]
    private static partial Regex ScoreResult();

}
