namespace FiscalWarehouse.Warehouse.Storage;

/// <summary>Another process holds the warehouse's write lock (DuckDB allows one writer per file).</summary>
public sealed class WarehouseBusyException : Exception
{
    public WarehouseBusyException(string message) : base(message) { }

    public WarehouseBusyException() { }

    public WarehouseBusyException(string message, Exception innerException) : base(message, innerException) { }
}
