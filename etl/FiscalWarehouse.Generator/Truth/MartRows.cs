namespace FiscalWarehouse.Generator.Truth;

/// <summary>An expected mart_execution_rate row: 一般公共预算财政拨款支出 决算 against its 年初预算 (amounts in 元).</summary>
public sealed record ExecutionRateRow(string Unit, int Year, decimal InitialBudgetYuan, decimal FinalYuan)
{
    public const string CsvHeader = "unit,year,initial_budget_yuan,final_yuan,rate_vs_initial";

    /// <summary>final / initial as a ratio rounded to 6 decimals; null when the budget is zero (fiscal-reports.md §4).</summary>
    public decimal? RateVsInitial => InitialBudgetYuan == 0m ? null : decimal.Round(FinalYuan / InitialBudgetYuan, 6, MidpointRounding.AwayFromZero);
}

/// <summary>An expected mart_three_public row: the 决算 table 09's 预算数 (adjusted) and 决算数 totals and parts, in 元, as printed.</summary>
public sealed record ThreePublicRow(string Unit, int Year, decimal BudgetYuan, decimal ActualYuan, decimal OverseasYuan, decimal ReceptionYuan, decimal VehiclePurchaseYuan, decimal VehicleOperationYuan)
{
    public const string CsvHeader = "unit,year,budget_yuan,actual_yuan,overseas_yuan,reception_yuan,vehicle_purchase_yuan,vehicle_operation_yuan";
}
