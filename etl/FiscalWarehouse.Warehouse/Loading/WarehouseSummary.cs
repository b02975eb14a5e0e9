namespace FiscalWarehouse.Warehouse.Loading;

/// <summary>What `fw demo` prints after a load: counts, findings by severity, and each unit's execution rate where the data allows.</summary>
public sealed record WarehouseSummary(
    int Reports,
    int Units,
    int Tables,
    long Facts,
    IReadOnlyDictionary<string, int> FindingsBySeverity,
    IReadOnlyList<UnitExecutionRate> ExecutionRates);

/// <param name="Rate">final ÷ initial budget as a fraction (1.0991 for 109.91%), null when not computable.</param>
public sealed record UnitExecutionRate(string Unit, int Year, decimal? InitialBudgetYuan, decimal? FinalYuan, decimal? Rate, string? Source);
