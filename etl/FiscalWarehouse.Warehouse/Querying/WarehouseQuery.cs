using DuckDB.NET.Data;
using FiscalWarehouse.Warehouse.Storage;

namespace FiscalWarehouse.Warehouse.Querying;

/// <summary>Runs analyst SQL on a read-only connection: the warehouse cannot be changed through it.</summary>
public static class WarehouseQuery
{
    /// <summary>Throws <see cref="ReadOnlyStatementException"/> for a statement that writes. While a load runs, answers from the snapshot.</summary>
    public static QueryResult Run(string databasePath, string sql, CancellationToken cancellationToken) =>
        Run(databasePath, sql, [], cancellationToken);

    /// <summary>As <see cref="Run(string, string, CancellationToken)"/>; files under <paramref name="allowedDirectories"/> (and nothing else) may be read.</summary>
    public static QueryResult Run(string databasePath, string sql, IReadOnlyList<string> allowedDirectories, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var connection = WarehouseFiles.OpenReader(databasePath, out var note);
        ReadSandbox.Apply(connection, allowedDirectories);
        return Execute(connection, sql, cancellationToken) with { Note = note };
    }

    /// <summary>Queries a Parquet lake written by fw export, without a warehouse file: each table is a view over its files.</summary>
    public static QueryResult RunOnLake(string lakeDirectory, string sql, CancellationToken cancellationToken) =>
        RunOnLake(lakeDirectory, sql, [], cancellationToken);

    /// <summary>As <see cref="RunOnLake(string, string, CancellationToken)"/>: the lake's directory is readable, plus <paramref name="allowedDirectories"/>.</summary>
    public static QueryResult RunOnLake(string lakeDirectory, string sql, IReadOnlyList<string> allowedDirectories, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var connection = Lake.LakeReader.Open(lakeDirectory);
        ReadSandbox.Apply(connection, [lakeDirectory, .. allowedDirectories]);
        return Execute(connection, sql, cancellationToken);
    }

    internal static QueryResult Execute(DuckDBConnection connection, string sql, CancellationToken cancellationToken)
    {
        StatementGuard.EnsureReadOnly(connection, sql);
        using var command = Commands.Create(connection, sql);
        using var registration = cancellationToken.Register(command.Cancel);
        using var reader = command.ExecuteReader();
        var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
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

        return new QueryResult(columns, rows);
    }
}
