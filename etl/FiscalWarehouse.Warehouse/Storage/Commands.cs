using System.Diagnostics.CodeAnalysis;
using DuckDB.NET.Data;

namespace FiscalWarehouse.Warehouse.Storage;

/// <summary>
/// The one place that turns SQL text into a command. Text comes from the embedded sql/ files (values always bound as
/// parameters) or, for fw sql, is the analyst's own query on a read-only connection behind the statement guard.
/// </summary>
internal static class Commands
{
    [SuppressMessage("Security", "CA2100", Justification = "SQL text is an embedded script or the analyst's read-only query; values are bound as parameters.")]
    public static DuckDBCommand Create(DuckDBConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.Add(new DuckDBParameter(name, value ?? DBNull.Value));
        }

        return command;
    }

    public static int Execute(DuckDBConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Create(connection, sql, parameters);
        return command.ExecuteNonQuery();
    }

    public static T? Scalar<T>(DuckDBConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Create(connection, sql, parameters);
        var value = command.ExecuteScalar();
        return value is null or DBNull ? default : (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }
}
