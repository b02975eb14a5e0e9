using System.Globalization;
using FiscalWarehouse.Generator.Accounts;
using FiscalWarehouse.Generator.Catalog;
using FiscalWarehouse.Generator.Subjects;

namespace FiscalWarehouse.Generator.Writing;

/// <summary>决算 公开06–10 in the template of seed 000 (lines 252–388).</summary>
internal static class FinalDetailTables
{
    public static TableSpec BasicEconomic(YearAccounts a, bool alt, int groups)
    {
        IReadOnlyList<(string Code, string Name)>[] columns = groups == 3
            ? [EconomicSubjects.Group1, EconomicSubjects.Group2, [.. EconomicSubjects.Group3, .. EconomicSubjects.Group4]]
            : [EconomicSubjects.Group1, EconomicSubjects.Group2, EconomicSubjects.Group3, EconomicSubjects.Group4];
        var top = new List<string>();
        var sub = new List<string>();
        var roles = new List<ColumnRole>();
        for (var g = 0; g < columns.Length; g++)
        {
            top.AddRange([g == 0 ? "人员经费" : g == 1 ? "公用经费" : "", "", ""]);
            sub.AddRange(["科目代码", "科目名称", "决算数"]);
            roles.AddRange([ColumnRole.Code(g), ColumnRole.Label(g), ColumnRole.Value(g)]);
        }

        var spec = new TableSpec
        {
            CatalogId = TableIds.FinalGeneralBasicEconomic,
            Title = alt ? "一般公共预算财政拨款基本支出决算表" : "一般公共预算财政拨款基本支出决算明细表",
            Header = [[.. top], [.. sub]],
            Roles = roles,
            Note = "注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。",
        };
        var height = columns.Max(c => c.Count);
        for (var r = 0; r < height; r++)
        {
            var row = new List<Cell>();
            foreach (var group in columns)
            {
                if (r >= group.Count)
                {
                    row.AddRange([Cell.Empty, Cell.Empty, Cell.Empty]);
                    continue;
                }

                var (code, name) = group[r];
                var amount = a.Economic.Where(e => e.Key.StartsWith(code, StringComparison.Ordinal)).Sum(e => e.Value);
                row.AddRange([code, name, EconomicSubjects.IsDash(code) ? Cell.Dash : Cell.MoneyOrBlank(amount)]);
            }

            spec.Add([.. row]);
        }

        var footer = new Cell[columns.Length * 3];
        Array.Fill(footer, Cell.Empty);
        footer[0] = "人员经费合计";
        footer[2] = Cell.Money(a.Personnel);
        footer[3] = "公用经费合计";
        footer[^1] = Cell.Money(a.Operating);
        spec.Add(footer);
        spec.Footers[spec.Rows.Count - 1] = [("人员经费合计", 2), ("公用经费合计", footer.Length - 1)];
        return spec;
    }

    public static TableSpec GovernmentFund(YearAccounts a, bool alt)
    {
        var lines = a.Lines.Where(l => l.Fund == Fund.GovernmentFund).ToList();
        var empty = lines.Count == 0;
        var spec = new TableSpec
        {
            CatalogId = TableIds.FinalGovernmentFund,
            Title = alt ? "政府性基金预算财政拨款收支决算表" : "政府性基金预算财政拨款收入支出决算表",
            Header = [["项目", "", "年初结转和结余", "本年收入", "本年支出", "", "", "年末结转和结余"], ["科目代码", "科目名称", "", "", "小计", "基本支出", "项目支出", ""]],
            ColumnNumbers = [["栏次", "", "1", "2", "3", "4", "5", "6"]],
            Roles = [ColumnRole.Code(), ColumnRole.Label(), .. Enumerable.Repeat(ColumnRole.Value(), 6)],
            Note = "注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。",
            SplittableCodes = true,
            KnownEmpty = empty,
            Skeleton = [["合计", "", Cell.Blank, Cell.Blank, Cell.Blank, Cell.Blank, Cell.Blank, Cell.Blank]],
        };
        spec.Add(Row("合计", "", CodeTree.Sum(lines, [l => l.Total, l => l.Basic, l => l.Project])));
        foreach (var (code, name, v) in CodeTree.Rows(lines, l => l.Total, l => l.Basic, l => l.Project))
        {
            spec.Add(Row(code, name, v));
        }

        return spec;

        static Cell[] Row(string code, string name, decimal[] v) =>
            [code, name, Cell.Blank, Cell.Money(v[0]), Cell.Money(v[0]), Cell.MoneyOrBlank(v[1]), Cell.MoneyOrBlank(v[2]), Cell.Blank];
    }

    public static TableSpec StateCapital(YearAccounts a, bool alt)
    {
        var lines = a.Lines.Where(l => l.Fund == Fund.StateCapital).ToList();
        var spec = new TableSpec
        {
            CatalogId = TableIds.FinalStateCapital,
            Title = alt ? "国有资本经营预算财政拨款支出决算情况表" : "国有资本经营预算财政拨款支出决算表",
            Header = [["项目", "", "本年支出", "", ""], ["科目代码", "科目名称", "合计", "基本支出", "项目支出"]],
            ColumnNumbers = [["栏次", "", "1", "2", "3"]],
            Roles = [ColumnRole.Code(), ColumnRole.Label(), ColumnRole.Value(), ColumnRole.Value(), ColumnRole.Value()],
            Note = "注：本表反映部门本年度国有资本经营预算财政拨款支出情况。",
            SplittableCodes = true,
            KnownEmpty = lines.Count == 0,
            Skeleton = [["合计", "", Cell.Blank, Cell.Blank, Cell.Blank]],
        };
        spec.Add(Row("合计", "", CodeTree.Sum(lines, [l => l.Total, l => l.Basic, l => l.Project])));
        foreach (var (code, name, v) in CodeTree.Rows(lines, l => l.Total, l => l.Basic, l => l.Project))
        {
            spec.Add(Row(code, name, v));
        }

        return spec;

        static Cell[] Row(string code, string name, decimal[] v) => [code, name, Cell.Money(v[0]), Cell.MoneyOrBlank(v[1]), Cell.MoneyOrBlank(v[2])];
    }

    public static TableSpec ThreePublicTable(YearAccounts a, bool alt)
    {
        string[] parts = ["合计", "因公出国（境）费", "公务用车购置及运行维护费", "", "", "公务接待费"];
        string[] vehicle = ["", "", "小计", "公务用车购置费", "公务用车运行维护费", ""];
        var spec = new TableSpec
        {
            CatalogId = TableIds.FinalThreePublic,
            Title = alt ? "一般公共预算财政拨款“三公”经费支出决算表" : "财政拨款“三公”经费支出决算表",
            Header = [["预算数", "", "", "", "", "", "决算数", "", "", "", "", ""], [.. parts, .. parts], [.. vehicle, .. vehicle]],
            ColumnNumbers = [[.. Enumerable.Range(1, 12).Select(i => i.ToString(CultureInfo.InvariantCulture))]],
            Roles = [.. Enumerable.Repeat(ColumnRole.Value(), 12)],
            Note = "注：本表反映部门本年度“三公”经费支出预决算情况。其中，预算数为“三公”经费全年预算数，反映按规定程序调整后的预算数；决算数是包括当年财政拨款和以前年度结转资金安排的实际支出。",
            KnownEmpty = a.ThreePublicBudget.Total == 0m && a.ThreePublicActual.Total == 0m,
        };
        spec.Add([.. Values(a.ThreePublicBudget), .. Values(a.ThreePublicActual)]);
        return spec;

        static Cell[] Values(ThreePublic t) =>
            [Cell.Money(t.Total), Cell.Money(t.Overseas), Cell.Money(t.Vehicle), Cell.Money(t.VehiclePurchase), Cell.Money(t.VehicleOperation), Cell.Money(t.Reception)];
    }

    public static TableSpec Statistics(YearAccounts a, bool alt)
    {
        var spec = new TableSpec
        {
            CatalogId = TableIds.FinalStatistics,
            Title = alt ? "部门决算相关信息统计表" : "部门决算公开相关信息统计表",
            Header = [["项目", "行次", "统计数"]],
            Roles = [ColumnRole.Label(), ColumnRole.LineNo(), ColumnRole.Value()],
            Note = "注：本表反映部门本年度政府采购、机关运行经费和国有资产占用情况。",
        };
        spec.Add("一、政府采购情况", "", Cell.Blank);
        spec.Add("合计", "1", Cell.Money(a.ProcurementTotal));
        spec.Add("货物", "2", Cell.MoneyOrBlank(a.ProcurementGoods));
        spec.Add("工程", "3", Cell.MoneyOrBlank(a.ProcurementWorks));
        spec.Add("服务", "4", Cell.MoneyOrBlank(a.ProcurementServices));
        spec.Add("二、机关运行经费", "", Cell.Blank);
        spec.Add("(一) 行政单位", "5", a.AgencyRunningCost is { } running ? Cell.Money(running) : Cell.Blank);
        spec.Add("(二) 参照公务员法管理事业单位", "6", Cell.Blank);
        spec.Add("三、国有资产占用情况", "", Cell.Blank);
        spec.Add("(一) 车辆数合计(辆)", "7", Cell.Count(a.Vehicles));
        string[] kinds = ["副部(省)级及以上领导用车", "主要负责人用车", "机要通信用车", "应急保障用车", "执法执勤用车", "特种专业技术用车", "离退休干部服务用车", "其他用车"];
        for (var i = 0; i < kinds.Length; i++)
        {
            spec.Add($"{i + 1}. {kinds[i]}", (i + 8).ToString(CultureInfo.InvariantCulture), i == 1 || i == 7 ? Cell.Count(i == 1 ? Math.Min(1, a.Vehicles) : Math.Max(0, a.Vehicles - 1)) : Cell.Blank);
        }

        spec.Add("(二) 单价100万元(含)以上设备(不含车辆)", "17", Cell.Count(0));
        return spec;
    }
}
