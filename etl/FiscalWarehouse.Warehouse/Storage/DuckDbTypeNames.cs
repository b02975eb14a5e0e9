namespace FiscalWarehouse.Warehouse.Storage;

/// <summary>What a DuckDB <c>data_type</c> text says, where the loader and publishing both need to know.</summary>
internal static class DuckDbTypeNames
{
    /// <summary>
    /// An ENUM (fact_cell's vocabularies, migration 0062): DuckDB spells out its values, <c>ENUM('a', 'b')</c>; it takes
    /// and reads back text. A list of them (<c>ENUM(…)[]</c>) is a list.
    /// </summary>
    public static bool IsEnum(string dataType) =>
        dataType.StartsWith("ENUM(", StringComparison.OrdinalIgnoreCase) && !dataType.EndsWith("[]", StringComparison.Ordinal);
}
