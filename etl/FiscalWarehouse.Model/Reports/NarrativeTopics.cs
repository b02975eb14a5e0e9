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

    /// <summary>本年收入合计 (without carry-over), as opposed to 收入总计.</summary>
    public const string CurrentIncome = "current_income";

    /// <summary>本年支出合计, as opposed to 支出总计.</summary>
    public const string CurrentExpenditure = "current_expenditure";

    /// <summary>一般公共预算 (拨款) 收入.</summary>
    public const string GeneralBudgetIncome = "general_budget_income";

    /// <summary>政府性基金预算财政拨款收入 / 支出.</summary>
    public const string GovernmentFundIncome = "gov_fund_income";
    public const string GovernmentFundExpenditure = "gov_fund_expenditure";

    /// <summary>国有资本经营预算 (财政拨款) 收入 / 支出.</summary>
    public const string StateCapitalIncome = "soe_capital_income";
    public const string StateCapitalExpenditure = "soe_capital_expenditure";

    /// <summary>公务用车购置及运行(维护)费: the vehicle part of 三公 as a whole.</summary>
    public const string VehicleTotal = "vehicle_total";

    /// <summary>单价100万元（含）以上设备 (不含车辆): counted in 台（套）.</summary>
    public const string LargeEquipment = "large_equipment";
}
