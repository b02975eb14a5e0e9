namespace FiscalWarehouse.Generator.Accounts;

/// <summary>
/// One unit's figures for one year and phase (预算: the amounts budgeted at the start of the year; 决算: the outturn).
/// Every table total is derived from these lines, so each accounting identity holds exactly before defects are planted.
/// </summary>
internal sealed class YearAccounts
{
    public required UnitIdentity Unit { get; init; }

    public required int Year { get; init; }

    /// <summary>Spending per 项 code and fund.</summary>
    public required IReadOnlyList<SpendingLine> Lines { get; init; }

    public required IReadOnlyList<Project> Projects { get; init; }

    /// <summary>一般公共预算 basic spending by 部门预算支出经济分类 5-digit code: Σ = Σ General Basic.</summary>
    public required IReadOnlyDictionary<string, decimal> Economic { get; init; }

    /// <summary>The 预算 amounts of 三公 (决算: the adjusted 全年预算数 printed in table 09).</summary>
    public required ThreePublic ThreePublicBudget { get; init; }

    /// <summary>决算 only: the actual 三公 spending.</summary>
    public required ThreePublic ThreePublicActual { get; init; }

    /// <summary>年初 / 年末 财政拨款结转和结余 (一般公共预算).</summary>
    public decimal OpeningCarryover { get; init; }

    public decimal ClosingCarryover { get; init; }

    /// <summary>True when the non-fiscal income is 事业收入, false for 其他收入.</summary>
    public bool NonFiscalIsServiceRevenue { get; init; }

    public decimal ProcurementGoods { get; init; }

    public decimal ProcurementWorks { get; init; }

    public decimal ProcurementServices { get; init; }

    public int Vehicles { get; init; }

    public decimal ProcurementTotal => ProcurementGoods + ProcurementWorks + ProcurementServices;

    public decimal Sum(Fund? fund, Func<SpendingLine, decimal> amount, string? codePrefix = null) =>
        Lines.Where(l => (fund is null || l.Fund == fund) && (codePrefix is null || l.Code.StartsWith(codePrefix, StringComparison.Ordinal)))
            .Sum(amount);

    public decimal GeneralTotal => Sum(Fund.General, l => l.Total);

    public decimal GeneralBasic => Sum(Fund.General, l => l.Basic);

    public decimal GeneralProject => Sum(Fund.General, l => l.Project);

    public decimal FiscalTotal => Lines.Where(l => l.Fund != Fund.NonFiscal).Sum(l => l.Total);

    public decimal AllTotal => Sum(null, l => l.Total);

    public decimal Personnel => Economic.Where(e => e.Key.StartsWith("301", StringComparison.Ordinal) || e.Key.StartsWith("303", StringComparison.Ordinal)).Sum(e => e.Value);

    public decimal Operating => GeneralBasic - Personnel;

    /// <summary>财政拨款收入 of the general budget: spending plus the change in carry-over.</summary>
    public decimal GeneralIncome => GeneralTotal + ClosingCarryover - OpeningCarryover;

    public decimal FundIncome => Sum(Fund.GovernmentFund, l => l.Total);

    public decimal CapitalIncome => Sum(Fund.StateCapital, l => l.Total);

    public decimal NonFiscalIncome => Sum(Fund.NonFiscal, l => l.Total);

    public decimal TotalIncome => GeneralIncome + FundIncome + CapitalIncome + NonFiscalIncome;

    /// <summary>The code whose income absorbs the carry-over change in table 02 (the unit's project code).</summary>
    public string CarryoverCode => Unit.Profile.ProjectCode;

    /// <summary>机关运行经费: the 公用经费 of administrative units; 事业单位 have none.</summary>
    public decimal? AgencyRunningCost => Unit.Profile.Administrative ? Operating : null;
}
