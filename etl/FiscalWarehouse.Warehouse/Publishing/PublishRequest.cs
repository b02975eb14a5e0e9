namespace FiscalWarehouse.Warehouse.Publishing;

/// <param name="Tables">Only these warehouse tables/views (all publishable ones when empty).</param>
/// <param name="Full">Drop and rebuild every target table instead of sending only report versions not yet published.</param>
public sealed record PublishRequest(PublishConnectionString Target, string Schema = "fiscal", IReadOnlyCollection<string>? Tables = null, bool Full = false)
{
    /// <summary>Called before each table is copied; tests use it to interrupt a publish midway.</summary>
    internal Func<string, CancellationToken, Task>? BeforeTable { get; init; }
}
