using DuckDB.NET.Data;
using FiscalWarehouse.Warehouse.Storage;

namespace FiscalWarehouse.Warehouse.Loading;

/// <summary>
/// A DuckDB appender that checks every value against the column's declared type before appending: DuckDB.NET
/// documents that a decimal appended into a REAL column corrupts data silently, so a mismatch here throws instead,
/// naming table and column. Rows must supply every column, in table order.
/// </summary>
internal sealed class CheckedAppender : IDisposable
{
    private static readonly string[] Kinds = ["VARCHAR", "INTEGER[]", "INTEGER", "BIGINT", "BOOLEAN", "TIMESTAMP", "DECIMAL"];
    private readonly DuckDBAppender _appender;
    private readonly string _table;
    private readonly IReadOnlyList<(string Name, string Type)> _columns;
    private readonly string?[] _kinds;
    private readonly bool[] _isEnum;
    private IDuckDBAppenderRow? _row;
    private int _column;

    /// <param name="columns">The table's columns when the caller already has them (reading the catalog costs more than a small batch).</param>
    public CheckedAppender(DuckDBConnection connection, string table, IReadOnlyList<(string Name, string Type)>? columns = null)
    {
        _table = table;
        _columns = columns ?? ColumnsOf(connection, table);
        _kinds = [.. _columns.Select(c => KindOf(c.Type))];
        _isEnum = [.. _columns.Select(c => DuckDbTypeNames.IsEnum(c.Type))];
        _appender = connection.CreateAppender(table);
    }

    public CheckedAppender Row()
    {
        _row = _appender.CreateRow();
        _column = 0;
        return this;
    }

    // Each value is checked, then appended directly: a closure per value allocated ~25 objects per staged cell.
    public CheckedAppender Text(string? value)
    {
        var row = Check("VARCHAR");
        if (value is null)
        {
            row.AppendNullValue();
        }
        else if (!_isEnum[_column])
        {
            row.AppendValue(value);
        }
        else
        {
            AppendEnum(row, value);
        }

        return Next();
    }

    // DuckDB.NET's own message names neither the table nor the column.
    private void AppendEnum(IDuckDBAppenderRow row, string value)
    {
        try
        {
            row.AppendValue(value);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var (name, type) = _columns[_column];
            throw new InvalidOperationException($"{_table}.{name} is {type}: '{value}' is not one of its values", e);
        }
    }

    public CheckedAppender Int(int? value)
    {
        Check("INTEGER").AppendValue(value);
        return Next();
    }

    public CheckedAppender Long(long? value)
    {
        Check("BIGINT").AppendValue(value);
        return Next();
    }

    public CheckedAppender Bool(bool value)
    {
        Check("BOOLEAN").AppendValue(value);
        return Next();
    }

    public CheckedAppender Timestamp(DateTime value)
    {
        Check("TIMESTAMP").AppendValue(value);
        return Next();
    }

    public CheckedAppender Decimal(decimal? value)
    {
        Check("DECIMAL").AppendValue(value);
        return Next();
    }

    /// <summary>An INTEGER[] value (null for a null list).</summary>
    public CheckedAppender Ints(IReadOnlyList<int>? values)
    {
        var row = Check("INTEGER[]");
        _ = values is null ? row.AppendNullValue() : row.AppendValue(values);
        return Next();
    }

    /// <summary>An INTEGER[] value whose elements may be null.</summary>
    public CheckedAppender Ints(IReadOnlyList<int?>? values)
    {
        var row = Check("INTEGER[]");
        _ = values is null ? row.AppendNullValue() : row.AppendValue(values);
        return Next();
    }

    public void End()
    {
        if (_column != _columns.Count)
        {
            throw new InvalidOperationException($"{_table}: row has {_column} values, the table has {_columns.Count} columns");
        }

        _row!.EndRow();
        _row = null;
    }

    public void Dispose() => _appender.Dispose();

    private IDuckDBAppenderRow Check(string expected)
    {
        if (_row is null)
        {
            throw new InvalidOperationException($"{_table}: Row() must be called before appending values");
        }

        if (_column >= _columns.Count)
        {
            throw new InvalidOperationException($"{_table}: more values than the table's {_columns.Count} columns");
        }

        // The expected kinds are the literals of this class: a reference comparison per value, not a string test (the
        // loading thread checks ~16,000 fact values per report).
        if (!ReferenceEquals(_kinds[_column], expected))
        {
            var (name, type) = _columns[_column];
            throw new InvalidOperationException($"{_table}.{name} is {type}: refusing to append a {expected} value into it");
        }

        return _row;
    }

    /// <summary>
    /// The value kind a column takes, as the interned literal its append method passes: DECIMAL(18, 2) takes DECIMAL, an
    /// ENUM takes VARCHAR; a list type only takes a list (INTEGER[] is not an INTEGER); any other type takes nothing.
    /// </summary>
    private static string? KindOf(string type) =>
        DuckDbTypeNames.IsEnum(type) ? "VARCHAR"
        : Array.Find(Kinds, k => type.StartsWith(k, StringComparison.Ordinal) && type.EndsWith("[]", StringComparison.Ordinal) == k.EndsWith("[]", StringComparison.Ordinal));

    private CheckedAppender Next()
    {
        _column++;
        return this;
    }

    internal static IReadOnlyList<(string Name, string Type)> ColumnsOf(DuckDBConnection connection, string table) =>
        ColumnsOf(connection, [table])[table];

    /// <summary>
    /// The columns of several tables in one catalog query: <c>duckdb_columns()</c> directly, because each query of the
    /// <c>information_schema.columns</c> view cost ~14 ms (the seven staged tables were 99 of a one-PDF load's ~750 ms).
    /// </summary>
    internal static Dictionary<string, IReadOnlyList<(string Name, string Type)>> ColumnsOf(DuckDBConnection connection, IReadOnlyList<string> tables)
    {
        using var command = Commands.Create(connection,
            "select table_name, column_name, data_type from duckdb_columns() "
            + "where database_name = current_database() and schema_name = current_schema() and list_contains($tables, table_name) "
            + "order by table_name, column_index", ("tables", tables.ToList()));
        using var reader = command.ExecuteReader();
        var found = new Dictionary<string, List<(string Name, string Type)>>(StringComparer.Ordinal);
        while (reader.Read())
        {
            var table = reader.GetString(0);
            if (!found.TryGetValue(table, out var columns))
            {
                found.Add(table, columns = []);
            }

            columns.Add((reader.GetString(1), reader.GetString(2)));
        }

        var result = new Dictionary<string, IReadOnlyList<(string Name, string Type)>>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            result[table] = found.TryGetValue(table, out var columns) ? columns : throw new InvalidOperationException($"no table {table} to append to");
        }

        return result;
    }
}
