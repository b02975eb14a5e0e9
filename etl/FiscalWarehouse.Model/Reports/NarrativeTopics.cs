namespace FiscalWarehouse.Model.Reports;

/// <summary>Topics of narrative figures; stable identifiers shared by extraction, validation and the warehouse.</summary>
public static class NarrativeTopics
{
    /// <summary>一般公共预算财政拨款支出 against its 年初预算 (the 执行率 headline).</summary>
    public const string GeneralBudgetExpenditure = "general_budget_expenditure";

    /// <summary>The same, per 功能分类 类/款/项 (Subject/SubjectCode set).</summary>
    public const string GeneralBudgetExpenditureBySubject = "general_budget_expenditure_by_subject";

    public const string TotalIncome = "total_income";
    public const string TotalExpenditure = "total_expenditure";
    public const string FiscalAppropriationIncome = "fiscal_appropriation_income";
    public const string FiscalAppropriationExpenditure = "fiscal_appropriation_expenditure";
    public const string BasicExpenditure = "basic_expenditure";
    public const string ProjectExpenditure = "project_expenditure";
    public const string PersonnelCost = "personnel_cost";
    public const string OperatingCost = "operating_cost";
    public const string ThreePublic = "three_public";
    public const string OverseasTravel = "overseas_travel";
    public const string Reception = "official_reception";
    public const string VehiclePurchase = "vehicle_purchase";
    public const string VehicleOperation = "vehicle_operation";
    public const string AgencyRunningCost = "agency_running_cost";
    public const string GovernmentProcurement = "gov_procurement";
    public const string Vehicles = "vehicles";
    public const string PerformanceProjects = "performance_projects";
}
