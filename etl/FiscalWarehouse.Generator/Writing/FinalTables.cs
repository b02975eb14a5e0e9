using FiscalWarehouse.Generator.Accounts;
using FiscalWarehouse.Generator.Catalog;
using FiscalWarehouse.Generator.Subjects;

namespace FiscalWarehouse.Generator.Writing;

/// <summary>决算 公开01–05 in the template of seeds 000/001 (fiscal-reports.md §1.1).</summary>
internal static class FinalTables
{
    public static TableSpec Summary(YearAccounts a, bool alt)
    {
        var spec = new TableSpec
        {
            CatalogId = TableIds.FinalSummary,
            Title = alt ? "部门收入支出决算总表" : "收入支出决算总表",
            Header = [["收入", "", "", "支出", "", ""], ["项目", "行次", "金额", "项目", "行次", "金额"]],
            ColumnNumbers = [["栏次", "", "1", "栏次", "", "2"]],
            Roles = [ColumnRole.Label(0), ColumnRole.LineNo(0), ColumnRole.Value(0), ColumnRole.Label(1), ColumnRole.LineNo(1), ColumnRole.Value(1)],
            Note = "注：本表反映部门本年度的总收支和年末结转结余情况。",
        };
        var service = a.NonFiscalIsServiceRevenue ? a.NonFiscalIncome : 0m;
        var other = a.NonFiscalIsServiceRevenue ? 0m : a.NonFiscalIncome;
        string[] incomeLabels = ["一、一般公共预算财政拨款收入", "二、政府性基金预算财政拨款收入", "三、国有资本经营预算财政拨款收入", "四、上级补助收入", "五、事业收入", "六、经营收入", "七、附属单位上缴收入", "八、其他收入"];
        decimal[] income = [a.GeneralIncome, a.FundIncome, a.CapitalIncome, 0m, service, 0m, 0m, other];
        var classes = FunctionClasses.FinalAccount;
        for (var i = 0; i < classes.Count; i++)
        {
            var left = i < incomeLabels.Length ? new Cell[] { incomeLabels[i], (i + 1).ToString(Inv), Cell.MoneyOrBlank(income[i]) } : ["", (i + 1).ToString(Inv), Cell.Empty];
            var amount = classes[i].Code is { } code ? a.Sum(null, l => l.Total, code) : 0m;
            spec.Add([.. left, $"{FunctionClasses.Ordinal(i + 1)}、{classes[i].Name}", (i + 32).ToString(Inv), Cell.MoneyOrBlank(amount)]);
        }

        spec.Add("本年收入合计", "27", Cell.Money(a.TotalIncome), "本年支出合计", "58", Cell.Money(a.AllTotal));
        spec.Add("使用非财政拨款结余和专用结余", "28", Cell.Blank, "结余分配", "59", Cell.Blank);
        spec.Add("年初结转和结余", "29", Cell.MoneyOrBlank(a.OpeningCarryover), "年末结转和结余", "60", Cell.MoneyOrBlank(a.ClosingCarryover));
        spec.Add("总计", "31", Cell.Money(a.TotalIncome + a.OpeningCarryover), "总计", "62", Cell.Money(a.AllTotal + a.ClosingCarryover));
        return spec;
    }

    public static TableSpec Income(YearAccounts a, bool alt)
    {
        var spec = new TableSpec
        {
            CatalogId = TableIds.FinalIncome,
            Title = alt ? "部门收入决算表" : "收入决算表",
            Header = [["项目", "", "本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"], ["科目代码", "科目名称", "", "", "", "", "", "", ""]],
            ColumnNumbers = [["栏次", "", "1", "2", "3", "4", "5", "6", "7"]],
            Roles = [ColumnRole.Code(), ColumnRole.Label(), .. Enumerable.Repeat(ColumnRole.Value(), 7)],
            Note = "注：本表反映部门本年度取得的各项收入情况。",
            SplittableCodes = true,
        };
        var delta = a.ClosingCarryover - a.OpeningCarryover;
        var lines = a.Lines.Select(l => l.Fund == Fund.General && l.Code == a.CarryoverCode ? l with { Project = l.Project + delta } : l).ToList();
        decimal Fiscal(SpendingLine l) => l.Fund == Fund.NonFiscal ? 0m : l.Total;
        decimal Service(SpendingLine l) => l.Fund == Fund.NonFiscal && a.NonFiscalIsServiceRevenue ? l.Total : 0m;
        decimal Other(SpendingLine l) => l.Fund == Fund.NonFiscal && !a.NonFiscalIsServiceRevenue ? l.Total : 0m;
        var total = CodeTree.Sum(lines, [l => l.Total, Fiscal, Service, Other]);
        spec.Add(Row("合计", "", total));
        foreach (var (code, name, v) in CodeTree.Rows(lines, l => l.Total, Fiscal, Service, Other))
        {
            spec.Add(Row(code, name, v));
        }

        return spec;

        static Cell[] Row(string code, string name, decimal[] v) =>
            [code, name, Cell.Money(v[0]), Cell.MoneyOrBlank(v[1]), Cell.Blank, Cell.MoneyOrBlank(v[2]), Cell.Blank, Cell.Blank, Cell.MoneyOrBlank(v[3])];
    }

    public static TableSpec Expenditure(YearAccounts a, bool alt)
    {
        var spec = new TableSpec
        {
            CatalogId = TableIds.FinalExpenditure,
            Title = alt ? "部门支出决算表" : "支出决算表",
            Header = [["项目", "", "本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"], ["科目代码", "科目名称", "", "", "", "", "", ""]],
            ColumnNumbers = [["栏次", "", "1", "2", "3", "4", "5", "6"]],
            Roles = [ColumnRole.Code(), ColumnRole.Label(), .. Enumerable.Repeat(ColumnRole.Value(), 6)],
            Note = "注：本表反映部门本年度各项支出情况。",
            SplittableCodes = true,
        };
        spec.Add(Row("合计", "", CodeTree.Sum(a.Lines, [l => l.Total, l => l.Basic, l => l.Project])));
        foreach (var (code, name, v) in CodeTree.Rows(a.Lines, l => l.Total, l => l.Basic, l => l.Project))
        {
            spec.Add(Row(code, name, v));
        }

        return spec;

        static Cell[] Row(string code, string name, decimal[] v) =>
            [code, name, Cell.Money(v[0]), Cell.MoneyOrBlank(v[1]), Cell.MoneyOrBlank(v[2]), Cell.Blank, Cell.Blank, Cell.Blank];
    }

    public static TableSpec FiscalSummary(YearAccounts a, bool alt)
    {
        var spec = new TableSpec
        {
            CatalogId = TableIds.FinalFiscalSummary,
            Title = alt ? "财政拨款收支决算总表" : "财政拨款收入支出决算总表",
            Header = [["收入", "", "", "支出", "", "", "", "", ""], ["项目", "行次", "金额", "项目", "行次", "合计", "一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"]],
            ColumnNumbers = [["栏次", "", "1", "栏次", "", "2", "3", "4", "5"]],
            Roles = [ColumnRole.Label(0), ColumnRole.LineNo(0), ColumnRole.Value(0), ColumnRole.Label(1), ColumnRole.LineNo(1), ColumnRole.Value(1), ColumnRole.Value(1), ColumnRole.Value(1), ColumnRole.Value(1)],
            Note = "注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总支出和年末结转结余情况。",
        };
        string[] incomeLabels = ["一、一般公共预算财政拨款", "二、政府性基金预算财政拨款", "三、国有资本经营预算财政拨款"];
        decimal[] income = [a.GeneralIncome, a.FundIncome, a.CapitalIncome];
        var classes = FunctionClasses.FinalAccount;
        for (var i = 0; i < classes.Count; i++)
        {
            var left = i < 3 ? new Cell[] { incomeLabels[i], (i + 1).ToString(Inv), Cell.MoneyOrBlank(income[i]) } : ["", (i + 1).ToString(Inv), Cell.Empty];
            var code = classes[i].Code;
            decimal By(Fund f) => code is null ? 0m : a.Sum(f, l => l.Total, code);
            var g = By(Fund.General);
            var f = By(Fund.GovernmentFund);
            var c = By(Fund.StateCapital);
            spec.Add([.. left, $"{FunctionClasses.Ordinal(i + 1)}、{classes[i].Name}", (i + 33).ToString(Inv), Cell.MoneyOrBlank(g + f + c), Cell.MoneyOrBlank(g), Cell.MoneyOrBlank(f), Cell.MoneyOrBlank(c)]);
        }

        var incomeTotal = a.GeneralIncome + a.FundIncome + a.CapitalIncome;
        spec.Add("本年收入合计", "27", Cell.Money(incomeTotal), "本年支出合计", "59", Cell.Money(a.FiscalTotal), Cell.MoneyOrBlank(a.GeneralTotal), Cell.MoneyOrBlank(a.FundIncome), Cell.MoneyOrBlank(a.CapitalIncome));
        spec.Add("年初财政拨款结转和结余", "28", Cell.MoneyOrBlank(a.OpeningCarryover), "年末财政拨款结转和结余", "60", Cell.MoneyOrBlank(a.ClosingCarryover), Cell.MoneyOrBlank(a.ClosingCarryover), Cell.Blank, Cell.Blank);
        spec.Add("一般公共预算财政拨款", "29", Cell.MoneyOrBlank(a.OpeningCarryover), "", "61", Cell.Empty, Cell.Empty, Cell.Empty, Cell.Empty);
        spec.Add("政府性基金预算财政拨款", "30", Cell.Blank, "", "62", Cell.Empty, Cell.Empty, Cell.Empty, Cell.Empty);
        spec.Add("国有资本经营预算财政拨款", "31", Cell.Blank, "", "63", Cell.Empty, Cell.Empty, Cell.Empty, Cell.Empty);
        spec.Add("总计", "32", Cell.Money(incomeTotal + a.OpeningCarryover), "总计", "64", Cell.Money(a.FiscalTotal + a.ClosingCarryover),
            Cell.Money(a.GeneralTotal + a.ClosingCarryover), Cell.MoneyOrBlank(a.FundIncome), Cell.MoneyOrBlank(a.CapitalIncome));
        return spec;
    }

    public static TableSpec General(YearAccounts a, bool alt)
    {
        var spec = new TableSpec
        {
            CatalogId = TableIds.FinalGeneralExpenditure,
            Title = alt ? "一般公共预算财政拨款支出决算情况表" : "一般公共预算财政拨款支出决算表",
            Header = [["项目", "", "本年支出", "", ""], ["科目代码", "科目名称", "小计", "基本支出", "项目支出"]],
            ColumnNumbers = [["栏次", "", "1", "2", "3"]],
            Roles = [ColumnRole.Code(), ColumnRole.Label(), ColumnRole.Value(), ColumnRole.Value(), ColumnRole.Value()],
            Note = "注：本表反映部门本年度一般公共预算财政拨款支出情况。",
            SplittableCodes = true,
        };
        var general = a.Lines.Where(l => l.Fund == Fund.General).ToList();
        spec.Add(Row("合计", "", CodeTree.Sum(general, [l => l.Total, l => l.Basic, l => l.Project])));
        foreach (var (code, name, v) in CodeTree.Rows(general, l => l.Total, l => l.Basic, l => l.Project))
        {
            spec.Add(Row(code, name, v));
        }

        return spec;

        static Cell[] Row(string code, string name, decimal[] v) => [code, name, Cell.Money(v[0]), Cell.MoneyOrBlank(v[1]), Cell.MoneyOrBlank(v[2])];
    }

    private static IFormatProvider Inv => System.Globalization.CultureInfo.InvariantCulture;
}
