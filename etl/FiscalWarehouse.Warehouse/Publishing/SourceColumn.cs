namespace FiscalWarehouse.Warehouse.Publishing;

/// <summary>A warehouse column as DuckDB describes it (data_type text, e.g. DECIMAL(18,2), VARCHAR[], TIMESTAMP).</summary>
public sealed record SourceColumn(string Name, string DuckDbType, bool IsNullable);
