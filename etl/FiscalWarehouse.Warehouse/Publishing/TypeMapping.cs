using System.Globalization;
using System.Text.RegularExpressions;

namespace FiscalWarehouse.Warehouse.Publishing;

/// <summary>
/// The documented mapping from DuckDB column types to PostgreSQL and SQL Server (docs/publish.md). Money stays
/// exact: DECIMAL(p,s) becomes numeric(p,s) / decimal(p,s), never a float. Text is Unicode (text / nvarchar).
/// Lists and structs, which neither server has in the same form, travel as JSON text.
/// </summary>
public static partial class TypeMapping
{
    public static TargetType Map(string duckDbType)
    {
        var type = duckDbType.Trim().ToUpperInvariant();
        if (DecimalType().Match(type) is { Success: true } m)
        {
            var precision = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            var scale = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
            return new TargetType($"numeric({precision},{scale})", $"decimal({precision},{scale})", typeof(decimal));
        }

        // fact_cell's vocabularies (migration 0062): DuckDB.NET reads an ENUM value as its string.
        if (Storage.DuckDbTypeNames.IsEnum(type))
        {
            return new TargetType("text", "nvarchar(max)", typeof(string));
        }

        if (type.EndsWith("[]", StringComparison.Ordinal) || type.StartsWith("STRUCT", StringComparison.Ordinal) || type.StartsWith("MAP", StringComparison.Ordinal))
        {
            return new TargetType("jsonb", "nvarchar(max)", typeof(string), AsText: true);
        }

        return type switch
        {
            "VARCHAR" or "TEXT" or "STRING" => new TargetType("text", "nvarchar(max)", typeof(string)),
            "BIGINT" or "INT8" or "LONG" => new TargetType("bigint", "bigint", typeof(long)),
            "INTEGER" or "INT" or "INT4" => new TargetType("integer", "int", typeof(int)),
            "SMALLINT" or "INT2" => new TargetType("smallint", "smallint", typeof(short)),
            "TINYINT" or "INT1" => new TargetType("smallint", "smallint", typeof(short)),
            "UTINYINT" or "USMALLINT" => new TargetType("integer", "int", typeof(int)),
            "UINTEGER" => new TargetType("bigint", "bigint", typeof(long)),
            "UBIGINT" or "HUGEINT" or "UHUGEINT" => new TargetType("numeric(38,0)", "decimal(38,0)", typeof(decimal)),
            "BOOLEAN" or "BOOL" => new TargetType("boolean", "bit", typeof(bool)),
            "DATE" => new TargetType("date", "date", typeof(DateOnly)),
            "TIMESTAMP" or "DATETIME" or "TIMESTAMP_US" or "TIMESTAMP_MS" or "TIMESTAMP_S" or "TIMESTAMP_NS" => new TargetType("timestamp", "datetime2(6)", typeof(DateTime)),
            "TIMESTAMP WITH TIME ZONE" or "TIMESTAMPTZ" => new TargetType("timestamptz", "datetimeoffset(6)", typeof(DateTimeOffset)),
            "DOUBLE" or "FLOAT8" => new TargetType("double precision", "float", typeof(double)),
            "FLOAT" or "REAL" or "FLOAT4" => new TargetType("real", "real", typeof(float)),
            "UUID" => new TargetType("uuid", "uniqueidentifier", typeof(Guid)),
            "BLOB" or "BYTEA" => new TargetType("bytea", "varbinary(max)", typeof(byte[])),
            _ => new TargetType("text", "nvarchar(max)", typeof(string), AsText: true),
        };
    }

    [GeneratedRegex(@"^(?:DECIMAL|NUMERIC)\((\d+),\s*(\d+)\)$")]
    private static partial Regex DecimalType();
}
