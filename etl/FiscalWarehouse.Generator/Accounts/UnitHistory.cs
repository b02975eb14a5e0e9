namespace FiscalWarehouse.Generator.Accounts;

/// <summary>A unit's budgets and outturns for consecutive years: one source for both phases, so a 决算's 年初预算 is the
/// 预算 report's figure and 三公 / 执行率 move smoothly from year to year.</summary>
internal sealed class UnitHistory
{
    public required UnitIdentity Unit { get; init; }

    public required IReadOnlyDictionary<int, YearAccounts> Budgets { get; init; }

    public required IReadOnlyDictionary<int, YearAccounts> Finals { get; init; }
}
