namespace FiscalWarehouse.Warehouse.Publishing;

/// <summary>Normalizes a value read from DuckDB to the CLR type the target expects for the column.</summary>
internal static class PublishValues
{
    public static object? Normalize(object? value, Type target)
    {
        if (value is null or DBNull)
        {
            return null;
        }

        if (target == typeof(DateOnly))
        {
            return value switch
            {
                DateOnly d => d,
                DateTime t => DateOnly.FromDateTime(t),
                _ => DateOnly.Parse(value.ToString()!, System.Globalization.CultureInfo.InvariantCulture),
            };
        }

        if (target == typeof(DateTime) && value is DateTime time)
        {
            // DuckDB TIMESTAMP has no zone; keep it unspecified so neither server shifts it.
            return DateTime.SpecifyKind(time, DateTimeKind.Unspecified);
        }

        if (target == typeof(DateTimeOffset))
        {
            return value switch
            {
                DateTimeOffset o => o.ToUniversalTime(),
                DateTime t => new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Utc)),
                _ => value,
            };
        }

        if (target == typeof(string) && value is not string)
        {
            return Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture);
        }

        if (value.GetType() != target && value is IConvertible && target != typeof(Guid) && target != typeof(byte[]))
        {
            return Convert.ChangeType(value, target, System.Globalization.CultureInfo.InvariantCulture);
        }

        return value;
    }
}
