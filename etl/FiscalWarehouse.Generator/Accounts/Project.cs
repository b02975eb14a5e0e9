namespace FiscalWarehouse.Generator.Accounts;

/// <summary>A 二级项目 with its 功能分类 项 code and amount (万元).</summary>
internal sealed record Project(string Name, string Code, Fund Fund, decimal Amount);
