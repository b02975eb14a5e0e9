using DuckDB.NET.Data;
using FiscalWarehouse.Warehouse.Storage;

namespace FiscalWarehouse.Warehouse.Querying;

/// <summary>
/// Lets through only statements that read. DuckDB's own parser decides: json_serialize_sql serializes SELECT
/// statements (DESCRIBE / SHOW / SUMMARIZE included) and reports an error for anything else, so INSERT, COPY … TO,
/// ATTACH, SET, CREATE, INSTALL are refused before they run. The read-only connection is the second line of defence.
/// </summary>
internal static class StatementGuard
{
    public static void EnsureReadOnly(DuckDBConnection connection, string sql)
    {
        using var command = Commands.Create(connection, "select json_extract(json_serialize_sql($sql::varchar), '$.error')::boolean, json_extract_string(json_serialize_sql($sql::varchar), '$.error_message')", ("sql", sql));
        using var reader = command.ExecuteReader();
        reader.Read();
        if (!reader.IsDBNull(0) && reader.GetBoolean(0))
        {
            var message = reader.IsDBNull(1) ? "" : reader.GetString(1);
            throw new ReadOnlyStatementException(message.Contains("SELECT", StringComparison.OrdinalIgnoreCase)
                ? "only queries (SELECT, WITH, DESCRIBE, SHOW, SUMMARIZE) run through fw sql; the warehouse is changed by fw load / fw import"
                : $"the statement was not accepted: {message}");
        }
    }
}
