namespace FiscalWarehouse.Warehouse.Publishing;

public enum PublishTargetKind
{
    /// <summary>PostgreSQL through Npgsql (binary COPY).</summary>
    PostgreSql,

    /// <summary>SQL Server through Microsoft.Data.SqlClient (SqlBulkCopy).</summary>
    SqlServer,
}
