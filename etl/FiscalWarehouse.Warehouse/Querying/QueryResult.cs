namespace FiscalWarehouse.Warehouse.Querying;

/// <summary>A query's rows as plain values (decimal stays decimal), for printing as a table, CSV or JSON.</summary>
public sealed record QueryResult(IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows)
{
    /// <summary>Set when the answer came from the read snapshot because a load held the warehouse.</summary>
    public string? Note { get; init; }
}
