namespace FiscalWarehouse.Model.Tables;

/// <summary>
/// The vocabulary of <see cref="ColumnMeaning"/>. Values are stable English identifiers (the glossary of
/// fiscal-reports.md §6); they are also the keys of dim_measure / dim_fund_source in the warehouse.
/// </summary>
public static class Meanings
{
    public static class Measure
    {
        /// <summary>年初预算 (also the 预算 report's own amounts).</summary>
        public const string InitialBudget = "initial_budget";

        /// <summary>调整预算 / 全年预算数 / the 三公 table's 预算数 in a 决算.</summary>
        public const string AdjustedBudget = "adjusted_budget";

        /// <summary>决算 / 全年执行数 / 支出决算.</summary>
        public const string FinalAccount = "final_account";

        public const string ExecutionRate = "execution_rate";
        public const string Weight = "weight";
        public const string Score = "score";
        public const string PriorYear = "prior_year";
        public const string Change = "change";
        public const string ChangeRate = "change_rate";
        public const string Count = "count";
        public const string Carryover = "carryover";

        /// <summary>占比 / 占 …%: a share of a whole (structure figures).</summary>
        public const string Share = "share";

        /// <summary>目标申报数: the amount a 绩效自评表 says was requested, beside the 预算编制数 (initial_budget).</summary>
        public const string DeclaredBudget = "declared_budget";

        /// <summary>实施期资金总额 of a 绩效目标表 (the whole multi-year period); the 年度 amount is initial_budget.</summary>
        public const string ImplementationPeriodBudget = "implementation_period_budget";
    }

    public static class FundSource
    {
        public const string Total = "total";
        public const string FiscalAppropriation = "fiscal_appropriation";
        public const string GeneralBudget = "general_budget";
        public const string GovernmentFund = "gov_fund_budget";
        public const string StateCapital = "soe_capital_budget";
        public const string SpecialAccount = "special_account_funds";
        public const string UnitOwnFunds = "unit_own_funds";
        public const string HigherSubsidy = "higher_subsidy";
        public const string ServiceRevenue = "service_revenue";
        public const string BusinessRevenue = "business_revenue";
        public const string AffiliateRemittance = "affiliate_remittance";
        public const string OtherRevenue = "other_revenue";
        public const string PriorYearCarryover = "prior_year_carryover";
        public const string CurrentYear = "current_year";
    }

    public static class ExpenseType
    {
        public const string Total = "total";
        public const string Basic = "basic";
        public const string Project = "project";
        public const string Personnel = "personnel";
        public const string Operating = "operating";
        public const string RemitToHigher = "remit_to_higher";
        public const string Business = "business";
        public const string AffiliateSubsidy = "affiliate_subsidy";
    }

    /// <summary>三公 parts.</summary>
    public static class ThreePublicPart
    {
        public const string Total = "three_public_total";
        public const string OverseasTravel = "overseas_travel";
        public const string Reception = "official_reception";
        public const string VehicleTotal = "vehicle_total";
        public const string VehiclePurchase = "vehicle_purchase";
        public const string VehicleOperation = "vehicle_operation";
    }

    /// <summary>Which side of a two-sided table (总表) a column belongs to.</summary>
    public static class Block
    {
        public const string Income = "income";
        public const string Expenditure = "expenditure";
    }
}
