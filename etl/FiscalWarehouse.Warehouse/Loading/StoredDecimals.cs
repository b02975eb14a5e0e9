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

    /// <summary>The ranges in words, for the finding that reports a number outside them.</summary>
    public const string Ranges = "元 amounts under 10^16, printed numbers under 10^28 with at most 10 decimals";

    /// <summary>Whether a printed number and its 元 amount (either may be null) fit their columns.</summary>
    public static bool Fit(decimal? value, decimal? yuan) =>
        (value is not { } v || (Math.Abs(v) < ValueLimit && v.Scale <= 10)) && (yuan is not { } y || Math.Abs(y) < AmountLimit);
}
