namespace FiscalWarehouse.Warehouse.Loading;

/// <summary>
/// The ranges of the warehouse's decimal columns: amounts in 元 are DECIMAL(18, 2), printed numbers DECIMAL(38, 10).
/// A parsed number outside them (a 合计 of 10^17 万元 parses) made DuckDB's appender throw, so the whole report was
/// refused at line 1 with the database's message; checked here, the cell becomes a finding at its own line instead.
/// </summary>
public static class StoredDecimals
{
    private const decimal AmountLimit = 10_000_000_000_000_000m; // 10^16: 16 digits before the point, 2 after
    private const decimal ValueLimit = 10_000_000_000_000_000_000_000_000_000m; // 10^28: 28 digits before the point

    public static bool AmountFits(decimal? yuan) => yuan is not { } y || Math.Abs(y) < AmountLimit;

    public static bool ValueFits(decimal? value) => value is not { } v || (Math.Abs(v) < ValueLimit && v.Scale <= 10);
}
