using System.Diagnostics.CodeAnalysis;
using DuckDB.NET.Data;

namespace FiscalWarehouse.Jobs.Tests.Support;

/// <summary>Reads a warehouse file read-only after the workers stopped, to check what they did.</summary>
internal sealed class WarehouseProbe : IDisposable
{
    private readonly DuckDBConnection _connection;

    public WarehouseProbe(string database)
    {
        _connection = new DuckDBConnection($"Data Source={database};ACCESS_MODE=READ_ONLY");
        _connection.Open();
    }

    [SuppressMessage("Security", "CA2100", Justification = "test queries are literals")]
    public long Scalar(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [SuppressMessage("Security", "CA2100", Justification = "test queries are literals")]
    public IReadOnlyList<object?[]> Rows(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    public void Dispose() => _connection.Dispose();
}
