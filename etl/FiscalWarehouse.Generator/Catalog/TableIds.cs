namespace FiscalWarehouse.Generator.Catalog;

/// <summary>
/// The catalog ids the generated tables must be recognized as. Kept in this one file so they follow the parser's
/// catalog (docs/tables.md) when it changes.
/// </summary>
internal static class TableIds
{
    public const string FinalSummary = "final_income_expenditure_total";
    public const string FinalIncome = "final_income";
    public const string FinalExpenditure = "final_expenditure";
    public const string FinalFiscalSummary = "final_fiscal_total";
    public const string FinalGeneralExpenditure = "final_general_budget_expenditure";
    public const string FinalGeneralBasicEconomic = "final_basic_expenditure_detail";
    public const string FinalGovernmentFund = "final_gov_fund";
    public const string FinalStateCapital = "final_state_capital";
    public const string FinalThreePublic = "final_three_public";
    public const string FinalStatistics = "final_disclosure_stats";

    public const string BudgetSummary = "budget_income_expenditure_total";
    public const string BudgetIncome = "budget_income_total";
    public const string BudgetExpenditure = "budget_expenditure_total";
    public const string BudgetFiscalSummary = "budget_fiscal_total";
    public const string BudgetGeneralExpenditure = "budget_general_expenditure";
    public const string BudgetBasicEconomic = "budget_basic_by_economic";
    public const string BudgetGovernmentFundIncome = "budget_gov_fund_income";
    public const string BudgetGovernmentFundExpenditure = "budget_gov_fund_expenditure";
    public const string BudgetStateCapital = "budget_state_capital";
    public const string BudgetThreePublic = "budget_three_public";
    public const string BudgetAgencyRunning = "budget_agency_running_cost";
    public const string BudgetProjects = "budget_project_expenditure";
}
