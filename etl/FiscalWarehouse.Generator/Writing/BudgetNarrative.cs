using FiscalWarehouse.Generator.Accounts;
using static FiscalWarehouse.Generator.Writing.Phrases;

namespace FiscalWarehouse.Generator.Writing;

/// <summary>第三部分 of a 预算, worded like seeds 002 and 004 (lines 386–454 / 476–536).</summary>
internal static class BudgetNarrative
{
    public static void Write(DocumentWriter w, YearAccounts a, YearAccounts prior, string kindWord)
    {
        var y = a.Year;
        w.Paragraph($"第三部分 {y}年度{kindWord}预算情况说明");
        w.Paragraph($"一、{kindWord}预算收支数据变动情况及原因");
        w.Paragraph($"{y}年度预算收入总计{Wan(a.FiscalTotal)}，其中：本年收入{Wan(a.FiscalTotal)}，上年结转0万元，比上年{Change(a.FiscalTotal, prior.FiscalTotal)}。");
        w.Paragraph("二、支出预算情况说明");
        var basic = a.Sum(null, l => l.Basic);
        var project = a.Sum(null, l => l.Project);
        w.Paragraph($"{y}年度支出预算{Wan(a.FiscalTotal)}，其中：基本支出{Wan(basic)}，占{Pct(Money.Percent(basic, a.FiscalTotal) ?? 0m)}；项目支出{Wan(project)}，占{Pct(Money.Percent(project, a.FiscalTotal) ?? 0m)}。");
        w.Paragraph("三、一般公共预算支出情况说明");
        w.Paragraph($"{y}年度一般公共预算当年拨款{Wan(a.GeneralTotal)}，比上年{Change(a.GeneralTotal, prior.GeneralTotal)}。");
        w.Paragraph("四、一般公共预算基本支出情况说明");
        w.Paragraph($"{y}年度一般公共预算基本支出{Wan(a.GeneralBasic)}，其中：人员经费{Wan(a.Personnel)}，公用经费{Wan(a.Operating)}。");
        w.Paragraph("五、“三公”经费增减变动原因说明");
        var t = a.ThreePublicBudget;
        w.Paragraph(t.Total == 0m
            ? $"本{kindWord}无“三公”经费预算。"
            : $"{y}年财政拨款安排的“三公”经费预算{Wan(t.Total)}，比{y - 1}年预算数{Change(t.Total, prior.ThreePublicBudget.Total)}。其中：因公出国（境）费{Wan(t.Overseas)}；公务接待费{Wan(t.Reception)}；公务用车运行维护费{Wan(t.VehicleOperation)}；公务用车购置费{Wan(t.VehiclePurchase)}。");
        w.Paragraph("六、机关运行经费增减变动原因说明");
        w.Paragraph(a.AgencyRunningCost is { } running
            ? $"{y}年机关运行经费财政拨款预算{Wan(running)}，比上年{Change(running, prior.AgencyRunningCost ?? 0m)}。"
            : $"本单位为事业单位，{y}年财政安排机关运行经费预算数0万元。");
        w.Paragraph("七、政府采购情况");
        w.Paragraph($"{y}年政府采购预算总额{Wan(a.ProcurementTotal)}。其中：政府采购货物预算{Wan(a.ProcurementGoods)}、政府采购工程预算0万元、政府采购服务预算{Wan(a.ProcurementServices)}。");
        w.Paragraph("八、绩效管理情况");
        w.Paragraph($"{y}年实行绩效目标管理的项目{a.Projects.Count}个，涉及金额{Wan(a.Projects.Sum(p => p.Amount))}。");
    }
}
