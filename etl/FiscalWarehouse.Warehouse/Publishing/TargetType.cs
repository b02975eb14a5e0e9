namespace FiscalWarehouse.Warehouse.Publishing;

/// <summary>How one warehouse column type lands on a target.</summary>
/// <param name="PostgreSql">The PostgreSQL column type.</param>
/// <param name="SqlServer">The SQL Server column type.</param>
/// <param name="ClrType">The .NET type the value travels as between DuckDB and the target.</param>
/// <param name="AsText">True when the source value is sent as text (lists and structs as JSON), so the reader casts it.</param>
public sealed record TargetType(string PostgreSql, string SqlServer, Type ClrType, bool AsText = false);
