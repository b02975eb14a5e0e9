using DuckDB.NET.Data;
using FiscalWarehouse.Warehouse.Storage;

namespace FiscalWarehouse.Warehouse.Publishing;

/// <summary>Which warehouse tables and views are published, read from DuckDB's information_schema.</summary>
public static class SourceCatalog
{
    public static IReadOnlyList<SourceTable> Read(DuckDBConnection connection, IReadOnlyCollection<string>? only = null)
    {
        var columns = new Dictionary<string, (bool IsView, List<SourceColumn> Columns)>(StringComparer.Ordinal);
        using (var command = Commands.Create(connection, SqlScripts.Read("publish/source_columns.sql")))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var table = reader.GetString(0);
                if (!columns.TryGetValue(table, out var entry))
                {
                    entry = (reader.GetBoolean(1), []);
                    columns[table] = entry;
                }

                entry.Columns.Add(new SourceColumn(reader.GetString(2), reader.GetString(3), reader.GetBoolean(4)));
            }
        }

        if (only is { Count: > 0 })
        {
            var unknown = only.Where(t => !columns.ContainsKey(t)).ToList();
            if (unknown.Count > 0)
            {
                throw new ArgumentException($"not a publishable table: {string.Join(", ", unknown)}");
            }
        }

        return [.. columns
            .Where(p => only is not { Count: > 0 } || only.Contains(p.Key))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new SourceTable(p.Key, p.Value.IsView, p.Value.Columns))];
    }
}
