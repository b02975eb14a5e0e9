namespace FiscalWarehouse.Generator.Catalog;

/// <summary>
/// The catalog ids the generated tables must be recognized as. Kept in this one file so they follow the parser's
/// catalog (docs/tables.md) when it changes.
/// </summary>
internal static class TableIds
{
    public const string FinalSummary = "final_01";
    public const string FinalIncome = "final_02";
    public const string FinalExpenditure = "final_03";
    public const string FinalFiscalSummary = "final_04";
    public const string FinalGeneralExpenditure = "final_05";
    public const string FinalGeneralBasicEconomic = "final_06";
    public const string FinalGovernmentFund = "final_07";
    public const string FinalStateCapital = "final_08";
    public const string FinalThreePublic = "final_09";
    public const string FinalStatistics = "final_10";

    public const string BudgetSummary = "budget_summary";
    public const string BudgetIncome = "budget_income";
    public const string BudgetExpenditure = "budget_expenditure";
    public const string BudgetFiscalSummary = "budget_fiscal_summary";
    public const string BudgetGeneralExpenditure = "budget_general_expenditure";
    public const string BudgetBasicEconomic = "budget_basic_economic";
    public const string BudgetGovernmentFundIncome = "budget_gov_fund_income";
    public const string BudgetGovernmentFundExpenditure = "budget_gov_fund_expenditure";
    public const string BudgetStateCapital = "budget_soe_capital";
    public const string BudgetThreePublic = "budget_three_public";
    public const string BudgetAgencyRunning = "budget_agency_running";
    public const string BudgetProjects = "budget_projects";
}
