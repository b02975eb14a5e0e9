using FiscalWarehouse.Generator.Randomness;
using FiscalWarehouse.Generator.Subjects;

namespace FiscalWarehouse.Generator.Accounts;

/// <summary>Draws a unit's budgets and outturns year by year (amounts in 万元, plausible for a county unit).</summary>
internal static class HistoryBuilder
{
    private const string VehicleProject = "公务用车购置经费";

    public static UnitHistory Build(UnitIdentity unit, int firstYear, int lastYear, SeededRandom random)
    {
        var perPerson = Money.Between(random, 9m, 16m);
        var staff = unit.Staff;
        var hasCars = random.Chance(0.55m);
        var hasOverseas = random.Chance(0.05m);
        var retirees = random.Chance(0.5m);
        var fundProject = random.Chance(0.08m);
        var capitalProject = random.Chance(0.05m);
        var nonFiscal = random.Chance(0.15m);
        var noProjects = random.Chance(0.1m);
        var serviceRevenue = !unit.Profile.Administrative && random.Chance(0.5m);
        var threePublic = new ThreePublic(
            hasOverseas ? Money.Between(random, 1m, 6m) : 0m,
            hasCars || random.Chance(0.5m) ? Money.Between(random, 0.2m, 3m) : 0m,
            0m,
            hasCars ? Money.Between(random, 1.5m, 12m) : 0m);
        var budgets = new Dictionary<int, YearAccounts>();
        var finals = new Dictionary<int, YearAccounts>();
        var carry = 0m;
        for (var year = firstYear - 1; year <= lastYear; year++)
        {
            var y = random.Fork(year.ToString(System.Globalization.CultureInfo.InvariantCulture));
            staff = Math.Max(3, staff + y.Next(-1, 2));
            perPerson = Money.Scale(perPerson, 1m + y.Next(0, 5) / 100m);
            threePublic = Drift(threePublic, y, hasCars && y.Chance(0.15m));
            var budget = Budget(unit, year, staff, perPerson, retirees, threePublic, noProjects, fundProject, capitalProject, y);
            budgets[year] = budget;
            var final = Final(unit, budget, nonFiscal, serviceRevenue, hasCars, carry, y);
            finals[year] = final;
            carry = final.ClosingCarryover;
        }

        return new UnitHistory { Unit = unit, Budgets = budgets, Finals = finals };
    }

    private static ThreePublic Drift(ThreePublic last, SeededRandom random, bool buysCar)
    {
        decimal Move(decimal v) => v == 0m ? 0m : Money.Scale(v, 1m + random.Next(-10, 8) / 100m);
        return new ThreePublic(Move(last.Overseas), Move(last.Reception), buysCar ? Money.Between(random, 12m, 28m) : 0m, Move(last.VehicleOperation));
    }

    private static YearAccounts Budget(UnitIdentity unit, int year, int staff, decimal perPerson, bool retirees, ThreePublic threePublic,
        bool noProjects, bool fundProject, bool capitalProject, SeededRandom random)
    {
        var economic = new SortedDictionary<string, decimal>(StringComparer.Ordinal);
        var wages = Money.Scale(perPerson, staff);
        Assign(economic, random, wages, EconomicSubjects.PersonnelItems);
        var family = retirees ? Money.Between(random, 2m, 8m * staff) : Money.Between(random, 0m, 0.6m * staff);
        Assign(economic, random, family, retirees ? EconomicSubjects.FamilyItems : [("30309", 1)]);
        var operating = Money.Scale(Money.Between(random, 0.8m, 2.2m), staff);
        Assign(economic, random, operating, EconomicSubjects.OperatingItems);
        economic["30212"] = threePublic.Overseas;
        economic["30217"] = threePublic.Reception;
        economic["30231"] = threePublic.VehicleOperation;
        var projects = new List<Project>();
        if (!noProjects)
        {
            var names = unit.Profile.ProjectNames.ToList();
            random.Shuffle(names);
            foreach (var name in names.Take(random.Next(1, names.Count + 1)))
            {
                var amount = random.Chance(0.2m) ? Money.Between(random, 50m, 600m) : Money.Between(random, 2m, 60m);
                projects.Add(new Project(name, unit.Profile.ProjectCode, Fund.General, amount));
            }
        }

        if (threePublic.VehiclePurchase > 0m)
        {
            projects.Add(new Project(VehicleProject, unit.Profile.ProjectCode, Fund.General, threePublic.VehiclePurchase));
        }

        if (fundProject)
        {
            projects.Add(new Project("农村基础设施建设项目", "2120804", Fund.GovernmentFund, Money.Between(random, 50m, 500m)));
        }

        if (capitalProject)
        {
            projects.Add(new Project($"{year}年国有企业退休人员社会化管理补助资金", "2230105", Fund.StateCapital, Money.Between(random, 10m, 80m)));
        }

        return new YearAccounts
        {
            Unit = unit,
            Year = year,
            Lines = Lines(unit, economic, projects, []),
            Projects = projects,
            Economic = economic.Where(e => e.Value != 0m).ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal),
            ThreePublicBudget = threePublic,
            ThreePublicActual = ThreePublic.Zero,
            ProcurementGoods = Money.Between(random, 0m, 0.02m * staff),
            ProcurementServices = random.Chance(0.4m) ? Money.Between(random, 0m, 0.5m * staff) : 0m,
            Vehicles = threePublic.VehicleOperation > 0m ? random.Next(1, 4) : 0,
        };
    }

    private static YearAccounts Final(UnitIdentity unit, YearAccounts budget, bool nonFiscal, bool serviceRevenue, bool hasCars, decimal opening, SeededRandom random)
    {
        var adjusted = new ThreePublic(
            budget.ThreePublicBudget.Overseas,
            random.Chance(0.2m) ? Money.Scale(budget.ThreePublicBudget.Reception, 1.1m) : budget.ThreePublicBudget.Reception,
            budget.ThreePublicBudget.VehiclePurchase,
            random.Chance(0.2m) ? Money.Scale(budget.ThreePublicBudget.VehicleOperation, 1.1m) : budget.ThreePublicBudget.VehicleOperation);
        decimal Spend(decimal v) => Money.Scale(v, random.Next(70, 101) / 100m);
        var actual = new ThreePublic(Spend(adjusted.Overseas), Spend(adjusted.Reception), adjusted.VehiclePurchase, Spend(adjusted.VehicleOperation));
        var economic = new SortedDictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (code, amount) in budget.Economic)
        {
            var factor = code.StartsWith("301", StringComparison.Ordinal) ? random.Next(95, 112) : random.Next(65, 130);
            economic[code] = Money.Scale(amount, factor / 100m);
        }

        economic["30212"] = actual.Overseas;
        economic["30217"] = actual.Reception;
        economic["30231"] = actual.VehicleOperation;
        var projects = new List<Project>();
        foreach (var p in budget.Projects)
        {
            var executed = p.Name == VehicleProject ? p.Amount : Money.Scale(p.Amount, random.Next(60, 101) / 100m);
            projects.Add(p with { Amount = executed });
        }

        var supplements = random.Chance(0.6m) ? random.Next(1, 3) : 0;
        for (var i = 0; i < supplements; i++)
        {
            var name = $"{budget.Year}年追加{(i == 0 ? "" : "第二批")}专项经费";
            projects.Add(new Project(name, unit.Profile.ProjectCode, Fund.General, Money.Between(random, 3m, budget.GeneralTotal / 2m + 5m)));
        }

        var nonFiscalLines = new List<SpendingLine>();
        if (nonFiscal)
        {
            nonFiscalLines.Add(new SpendingLine(unit.Profile.RunningCode, Fund.NonFiscal, Money.Between(random, 2m, 30m), 0m));
        }

        var lines = Lines(unit, economic, projects, nonFiscalLines);
        var generalProjectOnCarryCode = lines.Where(l => l.Fund == Fund.General && l.Code == unit.Profile.ProjectCode).Sum(l => l.Project);
        var closing = random.Chance(0.4m) ? Money.Scale(generalProjectOnCarryCode, random.Next(1, 20) / 100m) : 0m;
        closing = Math.Max(closing, opening - generalProjectOnCarryCode);
        return new YearAccounts
        {
            Unit = unit,
            Year = budget.Year,
            Lines = lines,
            Projects = projects,
            Economic = economic.Where(e => e.Value != 0m).ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal),
            ThreePublicBudget = adjusted,
            ThreePublicActual = actual,
            OpeningCarryover = opening,
            ClosingCarryover = closing,
            NonFiscalIsServiceRevenue = serviceRevenue,
            ProcurementGoods = Spend(budget.ProcurementGoods),
            ProcurementWorks = 0m,
            ProcurementServices = Spend(budget.ProcurementServices),
            Vehicles = hasCars ? Math.Max(1, budget.Vehicles) : 0,
        };
    }

    private static void Assign(SortedDictionary<string, decimal> economic, SeededRandom random, decimal total, IReadOnlyList<(string Code, int Weight)> items)
    {
        var parts = Money.Split(random, total, [.. items.Select(i => i.Weight)]);
        for (var i = 0; i < items.Count; i++)
        {
            economic[items[i].Code] = economic.GetValueOrDefault(items[i].Code) + parts[i];
        }
    }

    /// <summary>Basic spending goes to the 项 codes the economic items belong to (pension contributions → 20805, medical → 21011,
    /// housing fund → 22102, pensions of retirees → 20805 离退休); the rest to the unit's running-cost code.</summary>
    private static List<SpendingLine> Lines(UnitIdentity unit, IReadOnlyDictionary<string, decimal> economic, IReadOnlyList<Project> projects, IReadOnlyList<SpendingLine> extra)
    {
        var basic = new SortedDictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (code, amount) in economic)
        {
            var target = code switch
            {
                "30108" => "2080505",
                "30109" => "2080506",
                "30110" or "30111" => unit.Profile.Administrative ? "2101101" : "2101102",
                "30113" => "2210201",
                "30302" => unit.Profile.Administrative ? "2080501" : "2080502",
                _ => unit.Profile.RunningCode,
            };
            basic[target] = basic.GetValueOrDefault(target) + amount;
        }

        var lines = new List<SpendingLine>();
        var projectByKey = projects.GroupBy(p => (p.Code, p.Fund)).ToDictionary(g => g.Key, g => g.Sum(p => p.Amount));
        foreach (var code in basic.Keys.Union(projectByKey.Where(k => k.Key.Fund == Fund.General).Select(k => k.Key.Code)).Order(StringComparer.Ordinal))
        {
            var b = basic.GetValueOrDefault(code);
            var p = projectByKey.GetValueOrDefault((code, Fund.General));
            if (b != 0m || p != 0m)
            {
                lines.Add(new SpendingLine(code, Fund.General, b, p));
            }
        }

        foreach (var ((code, fund), amount) in projectByKey.Where(k => k.Key.Fund != Fund.General))
        {
            lines.Add(new SpendingLine(code, fund, 0m, amount));
        }

        lines.AddRange(extra);
        return lines;
    }
}
