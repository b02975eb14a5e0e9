namespace FiscalWarehouse.Warehouse.Querying;

/// <summary>A statement that would change the warehouse, sent through a read-only entry point (fw sql).</summary>
public sealed class ReadOnlyStatementException : Exception
{
    public ReadOnlyStatementException(string message) : base(message) { }

    public ReadOnlyStatementException() { }

    public ReadOnlyStatementException(string message, Exception innerException) : base(message, innerException) { }
}
