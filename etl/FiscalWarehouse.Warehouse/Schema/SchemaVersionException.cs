namespace FiscalWarehouse.Warehouse.Schema;

/// <summary>
/// The warehouse file was written by a newer fw (it has migrations this program does not know), or one of its applied
/// migrations no longer matches the embedded file: refused, never downgraded or silently re-interpreted.
/// </summary>
public sealed class SchemaVersionException : Exception
{
    public SchemaVersionException(string message) : base(message) { }

    public SchemaVersionException() { }

    public SchemaVersionException(string message, Exception innerException) : base(message, innerException) { }
}
