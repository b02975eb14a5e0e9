using FiscalWarehouse.Generator.Accounts;
using FiscalWarehouse.Generator.Subjects;
using static FiscalWarehouse.Generator.Writing.Phrases;

namespace FiscalWarehouse.Generator.Writing;

/// <summary>第三部分 情况说明 of a 决算, worded like seed 000 (lines 390–505); returns the line of each checked sentence.</summary>
internal static class FinalNarrative
{
    public static Dictionary<string, int> Write(DocumentWriter w, YearAccounts a, YearAccounts budget, YearAccounts prior, NarrativeOverrides o)
    {
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var y = a.Year;
        w.Paragraph("第三部分 情况说明");
        w.Paragraph("一、收入支出决算总体情况说明");
        var total = a.TotalIncome + a.OpeningCarryover;
        var priorTotal = prior.TotalIncome + prior.OpeningCarryover;
        w.Paragraph($"{y}年度收入总计{Wan(total)}，支出总计{Wan(a.AllTotal + a.ClosingCarryover)}。与上年相比，收入总计{Change(total, priorTotal)}。");
        // One item per line with its share, as seed 000 prints them (lines 398–413).
        w.Paragraph("二、收入决算情况说明");
        var service = a.NonFiscalIsServiceRevenue ? a.NonFiscalIncome : 0m;
        var other = a.NonFiscalIsServiceRevenue ? 0m : a.NonFiscalIncome;
        Shares(w, $"{y}年度收入合计{Wan(a.TotalIncome)}，其中：", a.TotalIncome,
            [("财政拨款收入", a.GeneralIncome + a.FundIncome + a.CapitalIncome), ("上级补助收入", 0m), ("事业收入", service), ("经营收入", 0m), ("附属单位上缴收入", 0m), ("其他收入", other)]);
        w.Paragraph("三、支出决算情况说明");
        var basic = a.Sum(null, l => l.Basic);
        var project = a.Sum(null, l => l.Project);
        Shares(w, $"{y}年度支出合计{Wan(a.AllTotal)}，其中：", a.AllTotal,
            [("基本支出", basic), ("项目支出", project), ("上缴上级支出", 0m), ("经营支出", 0m), ("对附属单位补助支出", 0m)]);
        w.Paragraph("四、一般公共预算财政拨款支出决算情况说明");
        var initial = budget.GeneralTotal;
        var final = a.GeneralTotal;
        var rate = o.ExecutionRate ?? Money.Percent(final, initial);
        var rateText = rate is { } r ? $"，完成年初预算的{Pct(r)}" : "";
        lines["execution_rate"] = w.Paragraph($"{y}年度一般公共预算财政拨款支出年初预算{Wan(initial)}，支出决算{Wan(final)}{rateText}。");
        var parts = new List<string>();
        foreach (var cls in a.Lines.Where(l => l.Fund == Fund.General).Select(l => l.Code[..3]).Distinct().Order(StringComparer.Ordinal))
        {
            var b = budget.Sum(Fund.General, l => l.Total, cls);
            var f = a.Sum(Fund.General, l => l.Total, cls);
            var pct = Money.Percent(f, b);
            parts.Add($"{FunctionNames.ByCode[cls]}(类)年初预算{Wan(b)}，支出决算{Wan(f)}{(pct is { } p ? $"，完成年初预算的{Pct(p)}" : "")}");
        }

        lines["execution_rate_by_class"] = w.Paragraph("其中：" + string.Join("；", parts) + "。");
        w.Paragraph("五、一般公共预算财政拨款基本支出决算情况说明");
        lines["basic"] = w.Paragraph($"{y}年度一般公共预算财政拨款基本支出{Wan(a.GeneralBasic)}，其中：人员经费{Wan(a.Personnel)}，公用经费{Wan(a.Operating)}。");
        w.Paragraph("六、财政拨款“三公”经费支出决算情况说明");
        var tb = a.ThreePublicBudget;
        var ta = a.ThreePublicActual;
        var actual = o.ThreePublicActual ?? ta.Total;
        var tRate = Money.Percent(actual, tb.Total);
        lines["three_public"] = w.Paragraph(tb.Total == 0m && actual == 0m
            ? $"{y}年度本部门无“三公”经费支出。"
            : $"{y}年度“三公”经费财政拨款支出全年预算{Wan(tb.Total)}，支出决算{Wan(actual)}{(tRate is { } t ? $"，完成全年预算的{Pct(t)}" : "")}。其中：因公出国（境）费支出{Wan(ta.Overseas)}，公务用车购置费支出{Wan(ta.VehiclePurchase)}，公务用车运行维护费支出{Wan(ta.VehicleOperation)}，公务接待费支出{Wan(ta.Reception)}。");
        w.Paragraph("七、其他重要事项情况说明");
        w.Paragraph("（一）机关运行经费支出情况说明");
        w.Paragraph(a.AgencyRunningCost is { } running ? $"{y}年度机关运行经费支出{Wan(running)}，比上年{Change(running, prior.AgencyRunningCost ?? 0m)}。" : "本部门无机关运行经费。");
        w.Paragraph("（二）政府采购情况说明");
        w.Paragraph($"{y}年度政府采购支出总额{Wan(a.ProcurementTotal)}，其中：政府采购货物支出{Wan(a.ProcurementGoods)}、政府采购工程支出{Wan(a.ProcurementWorks)}、政府采购服务支出{Wan(a.ProcurementServices)}。");
        w.Paragraph("（三）国有资产占用情况说明");
        w.Paragraph($"截至{y}年12月31日，本部门（单位）共有车辆{a.Vehicles}辆。");
        return lines;
    }

    private static void Shares(DocumentWriter w, string head, decimal total, IReadOnlyList<(string Label, decimal Amount)> items)
    {
        w.Prose(head);
        for (var i = 0; i < items.Count; i++)
        {
            var (label, amount) = items[i];
            var end = i == items.Count - 1 ? "。" : "；";
            w.Prose(amount == 0m ? $"{label}0万元，占比0%{end}" : $"{label}{Wan(amount)}，占比{Pct(Money.Percent(amount, total) ?? 0m)}{end}");
        }

        w.Blank();
    }
}
