using FiscalWarehouse.Etl.Recognition;
using FiscalWarehouse.Model.Tables;
using M = FiscalWarehouse.Model.Tables.Meanings.Measure;

namespace FiscalWarehouse.Etl.PerformanceForms;

/// <summary>
/// Header words of performance forms and what they measure (fiscal-reports.md §1.3, §6): 年初预算数 initial_budget,
/// 全年预算数 adjusted_budget, 全年执行数 final_account, 执行率 execution_rate, 分值 weight, 得分 score. Matched on
/// words, not positions, so <c>全年预算数(A)</c> and <c>执行率(B/Ax100%)</c> (seed 003, line 782) read the same.
/// </summary>
internal static class FormHeaders
{
    // Indicator values (≥95%, 达成预期指标, 15) are in their own units: their columns carry no shared measure, so loading
    // never takes them for money; these kinds only steer reading.
    public const string TargetValue = "target_value";
    public const string AdjustedTargetValue = "adjusted_target_value";
    public const string ActualValue = "actual_value";
    public const string Note = "note";
    public const string Grade = "grade";

    private static readonly HashSet<string> SharedMeasures =
    [
        M.InitialBudget, M.AdjustedBudget, M.FinalAccount, M.ExecutionRate, M.Weight, M.Score, M.Carryover,
        M.DeclaredBudget, M.ImplementationPeriodBudget,
    ];

    public static string? FundMeasure(string header)
    {
        var key = TextKey.Of(header);
        return key switch
        {
            _ when key.Contains("目标申报", StringComparison.Ordinal) => M.DeclaredBudget,
            _ when key.Contains("预算编制", StringComparison.Ordinal) => M.InitialBudget,
            _ when key.Contains("年初预算", StringComparison.Ordinal) => M.InitialBudget,
            _ when key.Contains("全年预算", StringComparison.Ordinal) || key.Contains("调整", StringComparison.Ordinal) => M.AdjustedBudget,
            _ when key.Contains("执行率", StringComparison.Ordinal) => M.ExecutionRate,
            _ when key.Contains("执行数", StringComparison.Ordinal) || key.Contains("实际支出", StringComparison.Ordinal) => M.FinalAccount,
            _ when key.Contains("结转", StringComparison.Ordinal) || key.Contains("结余", StringComparison.Ordinal)
                || key.Contains("结(转)余", StringComparison.Ordinal) => M.Carryover,
            _ when key.StartsWith("分值", StringComparison.Ordinal) => M.Weight,
            _ when key.Contains("得分", StringComparison.Ordinal) => M.Score,
            _ => null,
        };
    }

    /// <summary>The measure of a column in a scored block (indicators, 资金管理情况), or null for the name columns.</summary>
    public static string? ScoredMeasure(string header)
    {
        var key = TextKey.Of(header);
        return key switch
        {
            _ when key.Contains("调整后", StringComparison.Ordinal) => AdjustedTargetValue,
            _ when key.Contains("指标值说明", StringComparison.Ordinal) => Note,
            _ when key.Contains("指标值", StringComparison.Ordinal) => TargetValue,
            _ when key.Contains("实际完成", StringComparison.Ordinal) => ActualValue,
            _ when key.StartsWith("分值", StringComparison.Ordinal) => M.Weight,
            _ when key.Contains("得分", StringComparison.Ordinal) => M.Score,
            _ when key.Contains("说明", StringComparison.Ordinal) || key.Contains("原因", StringComparison.Ordinal)
                || key.Contains("问题", StringComparison.Ordinal) || key.Contains("措施", StringComparison.Ordinal) => Note,
            _ => null,
        };
    }

    public static bool IsLevelHeader(string header)
    {
        var key = TextKey.Of(header);
        return key is "一级指标" or "二级指标" or "三级指标";
    }

    public static ColumnMeaning Meaning(string measure) => SharedMeasures.Contains(measure) ? new(Measure: measure) : ColumnMeaning.None;
}
