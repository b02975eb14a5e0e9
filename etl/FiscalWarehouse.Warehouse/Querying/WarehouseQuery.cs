namespace FiscalWarehouse.Warehouse.Querying;

/// <summary>Runs analyst SQL on a read-only connection: the warehouse cannot be changed through it.</summary>
public static class WarehouseQuery
{
    /// <summary>Throws <see cref="ReadOnlyStatementException"/> for a statement that writes.</summary>
    public static QueryResult Run(string databasePath, string sql, CancellationToken cancellationToken)
    {
        _ = databasePath;
        _ = sql;
        cancellationToken.ThrowIfCancellationRequested();
        throw new NotImplementedException("implemented by the warehouse work (issue 6)");
    }
}
