using System.Numerics;
using DuckDB.NET.Data;

namespace FiscalWarehouse.Dashboards.Querying;

/// <summary>Runs one embedded API query with bound parameters on a snapshot connection.</summary>
internal static class SnapshotQuery
{
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA2100", Justification = "The text is an embedded sql/api script chosen by route, at most wrapped in a limit computed from an integer; request values are bound as parameters.")]
    public static ApiTable Run(DuckDBConnection connection, string sqlName, IReadOnlyDictionary<string, object?> parameters, int maxRows, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        // One row more than asked tells the reader below that the answer was cut.
        command.CommandText = maxRows < int.MaxValue ? ApiSql.Limited(sqlName, maxRows + 1) : ApiSql.Get(sqlName);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.Add(new DuckDBParameter(name, value ?? DBNull.Value));
        }

        using var registration = cancellationToken.Register(() => command.Cancel());
        using var reader = command.ExecuteReader();
        var columns = new string[reader.FieldCount];
        for (var i = 0; i < columns.Length; i++)
        {
            columns[i] = reader.GetName(i);
        }

        var rows = new List<object?[]>();
        var truncated = false;
        while (reader.Read())
        {
            if (rows.Count == maxRows)
            {
                truncated = true;
                break;
            }

            var row = new object?[columns.Length];
            for (var i = 0; i < columns.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : Plain(reader.GetValue(i));
            }

            rows.Add(row);
        }

        return new ApiTable(columns, rows, truncated);
    }

    /// <summary>DuckDB values as JSON/CSV-friendly values: exact numbers stay exact, dates become ISO text.</summary>
    private static object? Plain(object value) => value switch
    {
        BigInteger big => (decimal)big,
        DateTime time => time.ToString("yyyy-MM-dd'T'HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        System.Collections.IList list => list.Cast<object?>().Select(v => v is null ? null : Plain(v)).ToArray(),
        string or bool or decimal or int or long or short or byte or double or float or uint or ulong or ushort or sbyte => value,
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
    };
}
