using FiscalWarehouse.Generator.Accounts;
using FiscalWarehouse.Generator.Catalog;
using FiscalWarehouse.Generator.Subjects;

namespace FiscalWarehouse.Generator.Writing;

/// <summary>预算 tables in the template of seeds 002 (TSV) and 004 (markdown), fiscal-reports.md §1.2. No 上年结转 is generated.</summary>
internal static class BudgetTables
{
    public static TableSpec Summary(YearAccounts a, bool alt)
    {
        var y = a.Year;
        var spec = new TableSpec
        {
            CatalogId = TableIds.BudgetSummary,
            Title = alt ? $"{y}年度部门预算收支总表" : $"{y}年预算收支总表",
            Header = [["收入", "", "支出", "", "", ""], ["项目", $"{y}年", "项目", $"{y}年合计", "当年预算安排", "上年结转安排"]],
            Roles = [ColumnRole.Label(0), ColumnRole.Value(0), ColumnRole.Label(1), ColumnRole.Value(1), ColumnRole.Value(1), ColumnRole.Value(1)],
        };
        string[] income = ["一、一般公共预算", "二、政府性基金预算", "三、国有资本经营预算", "四、财政专户管理资金", "五、单位资金"];
        decimal[] amounts = [a.GeneralTotal, a.FundIncome, a.CapitalIncome, 0m, 0m];
        var classes = FunctionClasses.Budget;
        for (var i = 0; i < classes.Count; i++)
        {
            Cell[] left = i < income.Length ? [income[i], Cell.MoneyOrBlank(amounts[i])] : ["", Cell.Empty];
            var amount = classes[i].Code is { } code ? a.Sum(null, l => l.Total, code) : 0m;
            spec.Add([.. left, $"{FunctionClasses.Ordinal(i + 1)}、{classes[i].Name}", Cell.MoneyOrBlank(amount), Cell.MoneyOrBlank(amount), Cell.Blank]);
        }

        spec.Add("本年收入合计", Cell.Money(a.FiscalTotal), "本年支出合计", Cell.Money(a.FiscalTotal), Cell.Money(a.FiscalTotal), Cell.Blank);
        spec.Add("上年结转", Cell.Blank, "年终结转", Cell.Blank, Cell.Blank, Cell.Blank);
        spec.Add("收入总计", Cell.Money(a.FiscalTotal), "支出总计", Cell.Money(a.FiscalTotal), Cell.Money(a.FiscalTotal), Cell.Blank);
        return spec;
    }

    public static TableSpec Income(YearAccounts a, bool alt)
    {
        var spec = new TableSpec
        {
            CatalogId = TableIds.BudgetIncome,
            Title = alt ? $"{a.Year}年度部门预算收入总表" : $"{a.Year}年预算收入总表",
            Header = [["项目", "", "本年收入", "", "", "", "", "", "上年结转"], ["科目编码", "科目名称", "合计", "一般公共预算", "政府性基金", "国有资本经营预算", "财政专户管理资金", "单位资金", ""]],
            Roles = [ColumnRole.Code(), ColumnRole.Label(), .. Enumerable.Repeat(ColumnRole.Value(), 7)],
            SplittableCodes = true,
        };
        Func<SpendingLine, decimal>[] columns = [l => l.Total, l => l.Fund == Fund.General ? l.Total : 0m, l => l.Fund == Fund.GovernmentFund ? l.Total : 0m, l => l.Fund == Fund.StateCapital ? l.Total : 0m];
        spec.Add(Row("合计", "", CodeTree.Sum(a.Lines, columns)));
        foreach (var (code, name, v) in CodeTree.Rows(a.Lines, columns))
        {
            spec.Add(Row(code, name, v));
        }

        return spec;

        static Cell[] Row(string code, string name, decimal[] v) =>
            [code, name, Cell.Money(v[0]), Cell.MoneyOrBlank(v[1]), Cell.MoneyOrBlank(v[2]), Cell.MoneyOrBlank(v[3]), Cell.Blank, Cell.Blank, Cell.Blank];
    }

    /// <summary>预算支出总表 (all funds) and 一般公共预算支出预算表 share one layout: 合计 / 基本支出 / 项目支出 by code.</summary>
    public static TableSpec Expenditure(YearAccounts a, bool alt, bool generalOnly)
    {
        var y = a.Year;
        var lines = generalOnly ? a.Lines.Where(l => l.Fund == Fund.General).ToList() : a.Lines.ToList();
        var spec = new TableSpec
        {
            CatalogId = generalOnly ? TableIds.BudgetGeneralExpenditure : TableIds.BudgetExpenditure,
            Title = generalOnly
                ? (alt ? $"{y}年一般公共预算支出表（不含上年结转）" : $"{y}年一般公共预算支出预算表（不含上年结转）")
                : (alt ? $"{y}年度部门预算支出总表" : $"{y}年预算支出总表"),
            Header = [["项目", "", $"{y}年预算数", "", ""], ["科目编码", "科目名称", "合计", "基本支出", "项目支出"]],
            Roles = [ColumnRole.Code(), ColumnRole.Label(), ColumnRole.Value(), ColumnRole.Value(), ColumnRole.Value()],
            SplittableCodes = true,
        };
        spec.Add(Row("合计", "", CodeTree.Sum(lines, [l => l.Total, l => l.Basic, l => l.Project])));
        foreach (var (code, name, v) in CodeTree.Rows(lines, l => l.Total, l => l.Basic, l => l.Project))
        {
            spec.Add(Row(code, name, v));
        }

        return spec;

        static Cell[] Row(string code, string name, decimal[] v) => [code, name, Cell.Money(v[0]), Cell.MoneyOrBlank(v[1]), Cell.MoneyOrBlank(v[2])];
    }

    public static TableSpec FiscalSummary(YearAccounts a, bool alt)
    {
        var spec = new TableSpec
        {
            CatalogId = TableIds.BudgetFiscalSummary,
            Title = alt ? $"{a.Year}年度财政拨款收支预算总表" : $"{a.Year}年财政拨款收支总表",
            Header = [["收入", "", "支出", "", "", "", ""], ["项目", "金额", "项目", "金额", "", "", ""], ["", "", "", "小计", "一般公共预算", "政府性基金预算", "国有资本经营预算"]],
            Roles = [ColumnRole.Label(0), ColumnRole.Value(0), ColumnRole.Label(1), ColumnRole.Value(1), ColumnRole.Value(1), ColumnRole.Value(1), ColumnRole.Value(1)],
        };
        string[] income = ["一、一般公共预算", "二、政府性基金预算", "三、国有资本经营预算"];
        decimal[] amounts = [a.GeneralTotal, a.FundIncome, a.CapitalIncome];
        var classes = FunctionClasses.Budget;
        for (var i = 0; i < classes.Count; i++)
        {
            Cell[] left = i < income.Length ? [income[i], Cell.MoneyOrBlank(amounts[i])] : ["", Cell.Empty];
            var code = classes[i].Code;
            decimal By(Fund f) => code is null ? 0m : a.Sum(f, l => l.Total, code);
            var (g, f, c) = (By(Fund.General), By(Fund.GovernmentFund), By(Fund.StateCapital));
            spec.Add([.. left, $"{FunctionClasses.Ordinal(i + 1)}、{classes[i].Name}", Cell.MoneyOrBlank(g + f + c), Cell.MoneyOrBlank(g), Cell.MoneyOrBlank(f), Cell.MoneyOrBlank(c)]);
        }

        Cell[] totals = [Cell.Money(a.FiscalTotal), Cell.MoneyOrBlank(a.GeneralTotal), Cell.MoneyOrBlank(a.FundIncome), Cell.MoneyOrBlank(a.CapitalIncome)];
        spec.Add(["本年收入合计", Cell.Money(a.FiscalTotal), "本年支出合计", .. totals]);
        spec.Add("上年财政拨款结转", Cell.Blank, "年终结转", Cell.Blank, Cell.Blank, Cell.Blank, Cell.Blank);
        spec.Add(["收入总计", Cell.Money(a.FiscalTotal), "支出总计", .. totals]);
        return spec;
    }

    public static TableSpec BasicEconomic(YearAccounts a, bool alt)
    {
        var spec = new TableSpec
        {
            CatalogId = TableIds.BudgetBasicEconomic,
            Title = alt ? $"{a.Year}年一般公共预算基本支出表（不含上年结转）" : $"{a.Year}年一般公共预算安排基本支出分经济科目表（不含上年结转）",
            Header = [["部门预算支出经济科目名称", "政府预算支出经济科目名称", $"{a.Year}年预算数", "", ""], ["", "", "合计", "人员经费", "公用经费"]],
            Roles = [ColumnRole.Label(), ColumnRole.Other(), ColumnRole.Value(), ColumnRole.Value(), ColumnRole.Value()],
        };
        spec.Add("合计", "", Cell.Money(a.GeneralBasic), Cell.MoneyOrBlank(a.Personnel), Cell.MoneyOrBlank(a.Operating));
        foreach (var cls in new[] { "301", "302", "303" })
        {
            var items = a.Economic.Where(e => e.Key.StartsWith(cls, StringComparison.Ordinal)).OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
            if (items.Count == 0)
            {
                continue;
            }

            var personnel = cls != "302";
            var sum = items.Sum(e => e.Value);
            spec.Add(EconomicSubjects.NameOf(cls), "", Cell.Money(sum), personnel ? Cell.Money(sum) : Cell.Blank, personnel ? Cell.Blank : Cell.Money(sum));
            foreach (var (code, amount) in items)
            {
                spec.Add(EconomicSubjects.NameOf(code), EconomicSubjects.GovernmentName(code), Cell.Money(amount), personnel ? Cell.Money(amount) : Cell.Blank, personnel ? Cell.Blank : Cell.Money(amount));
            }
        }

        return spec;
    }

    public static TableSpec GovernmentFundExpenditure(YearAccounts a, bool alt)
    {
        var lines = a.Lines.Where(l => l.Fund == Fund.GovernmentFund).ToList();
        var spec = new TableSpec
        {
            CatalogId = TableIds.BudgetGovernmentFundExpenditure,
            Title = $"{a.Year}年政府性基金预算支出表（不含上年结转）",
            Header = [["科目编码", "科目名称", "合计", "基本支出", "项目支出"]],
            Roles = [ColumnRole.Code(), ColumnRole.Label(), ColumnRole.Value(), ColumnRole.Value(), ColumnRole.Value()],
            SplittableCodes = true,
            KnownEmpty = lines.Count == 0,
            Skeleton = [["合计", "", Cell.Blank, Cell.Blank, Cell.Blank]],
            Note = lines.Count == 0 ? "注：本表无数据" : null,
        };
        spec.Add("合计", "", Cell.Money(lines.Sum(l => l.Total)), Cell.Blank, Cell.Money(lines.Sum(l => l.Project)));
        foreach (var (code, name, v) in CodeTree.Rows(lines, l => l.Total, l => l.Basic, l => l.Project))
        {
            spec.Add(code, name, Cell.Money(v[0]), Cell.MoneyOrBlank(v[1]), Cell.MoneyOrBlank(v[2]));
        }

        return spec;
    }

    public static TableSpec ThreePublicTable(YearAccounts a, bool alt)
    {
        var t = a.ThreePublicBudget;
        var spec = new TableSpec
        {
            CatalogId = TableIds.BudgetThreePublic,
            Title = alt ? $"{a.Year}年一般公共预算“三公”经费支出预算表" : $"{a.Year}年财政拨款安排“三公”经费支出预算表",
            Header = [["项目", $"{a.Year}年预算数", "", "", ""], ["", "合计", "一般公共预算", "政府性基金预算", "国有资本经营预算"]],
            Roles = [ColumnRole.Label(), ColumnRole.Value(), ColumnRole.Value(), ColumnRole.Value(), ColumnRole.Value()],
            KnownEmpty = t.Total == 0m,
            Note = t.Total == 0m ? "注：本表无数据" : null,
        };
        foreach (var (label, amount) in new[]
        {
            ("因公出国（境）费", t.Overseas), ("公务接待费", t.Reception), ("公务用车购置及运行费", t.Vehicle),
            ("①公务用车购置费", t.VehiclePurchase), ("②公务用车运行维护费", t.VehicleOperation), ("合计", t.Total),
        })
        {
            spec.Add(label, Cell.MoneyOrBlank(amount), Cell.MoneyOrBlank(amount), Cell.Blank, Cell.Blank);
        }

        return spec;
    }

    public static TableSpec AgencyRunning(YearAccounts a, bool alt)
    {
        var running = a.AgencyRunningCost;
        var spec = new TableSpec
        {
            CatalogId = TableIds.BudgetAgencyRunning,
            Title = alt ? $"{a.Year}年机关运行经费预算财政拨款情况统计表" : $"{a.Year}年财政拨款安排机关运行经费预算表",
            Header = [["单位名称", $"{a.Year}预算数", "", "", ""], ["", "合计", "一般公共预算", "政府性基金预算", "国有资本经营预算"]],
            Roles = [ColumnRole.Label(), ColumnRole.Value(), ColumnRole.Value(), ColumnRole.Value(), ColumnRole.Value()],
            KnownEmpty = running is null,
            Skeleton = [["部门合计", Cell.Blank, Cell.Blank, Cell.Blank, Cell.Blank]],
            Note = running is null ? "注：本表无数据" : null,
        };
        spec.Add("部门合计", Cell.Money(running), Cell.Money(running), Cell.Blank, Cell.Blank);
        spec.Add(a.Unit.Name, Cell.Money(running), Cell.Money(running), Cell.Blank, Cell.Blank);
        return spec;
    }

    public static TableSpec Projects(YearAccounts a, bool alt)
    {
        var spec = new TableSpec
        {
            CatalogId = TableIds.BudgetProjects,
            Title = alt ? $"{a.Year}年项目支出预算表" : $"{a.Year}年项目支出预算表（本年预算）",
            Header = [["项目名称", "合计", $"{a.Year}年财政拨款", "", "", "财政专户管理资金", "单位资金"], ["", "", "一般公共预算", "政府性基金预算", "国有资本经营预算", "", ""]],
            ColumnNumbers = [["1", "2", "3", "4", "5", "6", "7"]],
            Roles = [ColumnRole.Label(), .. Enumerable.Repeat(ColumnRole.Value(), 6)],
            KnownEmpty = a.Projects.Count == 0,
            Note = a.Projects.Count == 0 ? "注：本表无数据" : null,
        };
        Cell[] Amounts(IEnumerable<Project> ps)
        {
            var list = ps.ToList();
            decimal By(Fund f) => list.Where(p => p.Fund == f).Sum(p => p.Amount);
            return [Cell.Money(list.Sum(p => p.Amount)), Cell.MoneyOrBlank(By(Fund.General)), Cell.MoneyOrBlank(By(Fund.GovernmentFund)), Cell.MoneyOrBlank(By(Fund.StateCapital)), Cell.Blank, Cell.Blank];
        }

        spec.Add([a.Unit.Name, .. Amounts(a.Projects)]);
        foreach (var p in a.Projects)
        {
            spec.Add([p.Name, .. Amounts([p])]);
        }

        return spec;
    }
}
