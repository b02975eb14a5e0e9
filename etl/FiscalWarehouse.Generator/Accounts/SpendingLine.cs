namespace FiscalWarehouse.Generator.Accounts;

/// <summary>Spending on one 项 code from one fund, split into 基本支出 and 项目支出 (万元).</summary>
internal sealed record SpendingLine(string Code, Fund Fund, decimal Basic, decimal Project)
{
    public decimal Total => Basic + Project;
}
