namespace FiscalWarehouse.Etl.Validation;

public sealed class RuleSet
{
    public static RuleSet Default { get; } = new();
}
