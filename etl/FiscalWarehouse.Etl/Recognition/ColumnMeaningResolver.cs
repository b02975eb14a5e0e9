using FiscalWarehouse.Model.Reports;
using FiscalWarehouse.Model.Tables;
using static FiscalWarehouse.Model.Tables.Meanings;

namespace FiscalWarehouse.Etl.Recognition;

/// <summary>
/// A column's meaning from its header words, with the catalog entry's defaults (fund source, measure) for what the header
/// leaves unsaid. The vocabulary and the word → meaning table are documented in docs/tables.md.
/// </summary>
internal static class ColumnMeaningResolver
{
    public static ColumnMeaning Resolve(IReadOnlyList<string> path, CatalogEntry? entry, ReportPhase phase, string? block)
    {
        var keys = path.Select(TextKey.Of).ToList();
        var all = string.Concat(keys);
        var leaf = keys.Count > 0 ? keys[^1] : "";
        return new ColumnMeaning(
            MeasureOf(all, entry, phase),
            FundOf(all, leaf, entry),
            ExpenseOf(all),
            PartOf(keys, entry),
            block ?? BlockOf(keys));
    }

    /// <summary>合计/小计 columns next to 基本/项目 (or 人员/公用) columns are their total.</summary>
    public static IReadOnlyList<ColumnMeaning> WithTotals(IReadOnlyList<ColumnMeaning> meanings, IReadOnlyList<IReadOnlyList<string>> paths)
    {
        var hasSplit = meanings.Any(m => m.ExpenseType is ExpenseType.Basic or ExpenseType.Project or ExpenseType.Personnel or ExpenseType.Operating);
        if (!hasSplit)
        {
            return meanings;
        }

        var result = new List<ColumnMeaning>(meanings.Count);
        for (var i = 0; i < meanings.Count; i++)
        {
            var leaf = paths[i].Count > 0 ? TextKey.Of(paths[i][^1]) : "";
            var isTotal = meanings[i].ExpenseType is null && meanings[i].Part is null
                && (leaf is "合计" or "小计" or "本年支出合计" or "支出合计" || leaf.EndsWith("年合计", StringComparison.Ordinal));
            result.Add(isTotal ? meanings[i] with { ExpenseType = ExpenseType.Total } : meanings[i]);
        }

        return result;
    }

    private static string? MeasureOf(string all, CatalogEntry? entry, ReportPhase phase)
    {
        if (all.Contains("执行率", StringComparison.Ordinal))
        {
            return Measure.ExecutionRate;
        }

        if (all.Contains("得分", StringComparison.Ordinal))
        {
            return Measure.Score;
        }

        if (all.Contains("分值", StringComparison.Ordinal))
        {
            return Measure.Weight;
        }

        if (all.Contains("结转和结余", StringComparison.Ordinal) || all.Contains("结转与结余", StringComparison.Ordinal))
        {
            return Measure.Carryover;
        }

        if (all.Contains("年初预算", StringComparison.Ordinal))
        {
            return Measure.InitialBudget;
        }

        if (all.Contains("全年预算", StringComparison.Ordinal) || all.Contains("调整预算", StringComparison.Ordinal) || all.Contains("调整后预算", StringComparison.Ordinal))
        {
            return Measure.AdjustedBudget;
        }

        if (all.Contains("执行数", StringComparison.Ordinal) || all.Contains("决算", StringComparison.Ordinal))
        {
            return Measure.FinalAccount;
        }

        if (all.Contains("预算数", StringComparison.Ordinal))
        {
            // In a 决算 the 三公 table's 预算数 is the adjusted full-year budget (its own note says so; fiscal-reports.md §4).
            return phase == ReportPhase.FinalAccount ? Measure.AdjustedBudget : Measure.InitialBudget;
        }

        return entry?.Measure ?? (phase == ReportPhase.Budget ? Measure.InitialBudget : phase == ReportPhase.FinalAccount ? Measure.FinalAccount : null);
    }

    // Built once, not per call: every column of every table is resolved through it.
    private static readonly (string Word, string Fund)[] FundWords =
    [
        ("一般公共预算", FundSource.GeneralBudget),
        ("政府性基金", FundSource.GovernmentFund),
        ("国有资本经营", FundSource.StateCapital),
        ("财政专户", FundSource.SpecialAccount),
        ("单位资金", FundSource.UnitOwnFunds),
        ("上级补助", FundSource.HigherSubsidy),
        ("事业收入", FundSource.ServiceRevenue),
        ("经营收入", FundSource.BusinessRevenue),
        ("附属单位上缴", FundSource.AffiliateRemittance),
        ("其他收入", FundSource.OtherRevenue),
        ("上年结转", FundSource.PriorYearCarryover),
        ("年初结转", FundSource.PriorYearCarryover),
        ("当年预算安排", FundSource.CurrentYear),
        ("财政拨款", FundSource.FiscalAppropriation),
    ];

    private static string? FundOf(string all, string leaf, CatalogEntry? entry)
    {
        foreach (var (word, fund) in FundWords)
        {
            if (all.Contains(word, StringComparison.Ordinal))
            {
                return fund;
            }
        }

        // A 合计 beside fund-source columns is their total, unless the whole table is one fund (财政拨款, 上年结转).
        if (leaf is "本年收入合计" or "收入合计" || (leaf is "合计" or "小计" && entry?.FundSource is null or FundSource.Total))
        {
            return FundSource.Total;
        }

        return entry?.FundSource;
    }

    // Built once, not per call: every column of every table is resolved through it.
    private static readonly (string Word, string Type)[] ExpenseWords =
    [
        ("基本支出", ExpenseType.Basic),
        ("项目支出", ExpenseType.Project),
        ("人员经费", ExpenseType.Personnel),
        ("公用经费", ExpenseType.Operating),
        ("上缴上级", ExpenseType.RemitToHigher),
        ("经营支出", ExpenseType.Business),
        ("对附属单位补助", ExpenseType.AffiliateSubsidy),
    ];

    private static string? ExpenseOf(string all)
    {
        foreach (var (word, type) in ExpenseWords)
        {
            if (all.Contains(word, StringComparison.Ordinal))
            {
                return type;
            }
        }

        return null;
    }

    private static string? PartOf(List<string> keys, CatalogEntry? entry)
    {
        var threePublic = entry?.Id.Contains("three_public", StringComparison.Ordinal) == true;
        for (var i = keys.Count - 1; i >= 0; i--)
        {
            var key = keys[i];
            if (ThreePublicParts.Of(key, threePublic) is { } part)
            {
                return part;
            }

            // Only the 决算 三公 table has parts as columns; the 预算 one is transposed (parts are rows, columns are funds).
            if (entry?.Id == "final_three_public" && i == keys.Count - 1 && key is "合计" && !IsFundWord(keys))
            {
                return ThreePublicPart.Total;
            }
        }

        return null;
    }

    private static bool IsFundWord(List<string> keys) => keys.Any(k => k.Contains("一般公共预算", StringComparison.Ordinal) || k.Contains("政府性基金", StringComparison.Ordinal));

    private static string? BlockOf(List<string> keys)
    {
        // A group header over other headers (国有资本经营预算收入 / …) names its side; a leaf (本年支出合计) does not.
        if (keys.Count > 1 && keys[0].EndsWith("收入", StringComparison.Ordinal))
        {
            return Block.Income;
        }

        if (keys.Count > 1 && keys[0].EndsWith("支出", StringComparison.Ordinal) && keys[0] != "本年支出")
        {
            return Block.Expenditure;
        }

        foreach (var key in keys)
        {
            if (key is "本年收入" or "收入")
            {
                return Block.Income;
            }

            if (key is "本年支出" or "支出")
            {
                return Block.Expenditure;
            }
        }

        return null;
    }
}
