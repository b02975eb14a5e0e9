using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.SqlClient;

namespace FiscalWarehouse.Warehouse.Publishing;

/// <summary>SQL Server through Microsoft.Data.SqlClient: SqlBulkCopy inside one transaction.</summary>
public sealed class SqlServerTarget(string connectionString) : IPublishTarget
{
    private const int BatchRows = 10_000;

    private SqlConnection? _connection;
    private SqlTransaction? _transaction;
    private string _schema = "";

    public PublishTargetKind Kind => PublishTargetKind.SqlServer;

    public async Task BeginAsync(string schema, CancellationToken cancellationToken)
    {
        _schema = SqlIdentifier.ValidateSchema(schema);
        _connection = new SqlConnection(connectionString);
        await _connection.OpenAsync(cancellationToken);
        _transaction = (SqlTransaction)await _connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);
        // One publisher at a time per schema: a transaction-owned application lock.
        await using (var command = Command("exec sp_getapplock @Resource = @resource, @LockMode = 'Exclusive', @LockOwner = 'Transaction', @LockTimeout = -1"))
        {
            command.Parameters.AddWithValue("@resource", "fiscalwarehouse.publish." + _schema);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await ExecuteAsync(DdlGenerator.CreateSchema(Kind, _schema), cancellationToken);
        await ExecuteAsync(SqlScripts.Read("publish/sqlserver/ledger.sql").Replace("{schema}", _schema, StringComparison.Ordinal), cancellationToken);
    }

    public async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(sql);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlySet<long>> PublishedVersionsAsync(CancellationToken cancellationToken)
    {
        await using var command = Command($"select report_version_id from {SqlIdentifier.Qualified(Kind, _schema, "publish_ledger")}");
        return (await TargetReads.FirstColumnAsync(command, r => r.GetInt64(0), cancellationToken)).ToHashSet();
    }

    public async Task<IReadOnlyList<string>?> ColumnsOfAsync(string table, CancellationToken cancellationToken)
    {
        await using var command = Command("select column_name from information_schema.columns where table_schema = @schema and table_name = @table order by ordinal_position");
        command.Parameters.AddWithValue("@schema", _schema);
        command.Parameters.AddWithValue("@table", table);
        var columns = await TargetReads.FirstColumnAsync(command, r => r.GetString(0), cancellationToken);
        return columns.Count == 0 ? null : columns;
    }

    public async Task<long> BulkCopyAsync(SourceTable table, DbDataReader rows, CancellationToken cancellationToken)
    {
        var types = table.Columns.Select(c => TypeMapping.Map(c.DuckDbType)).ToArray();
        using var batch = new DataTable();
        foreach (var (column, type) in table.Columns.Zip(types))
        {
            batch.Columns.Add(column.Name, type.ClrType == typeof(DateOnly) ? typeof(DateTime) : type.ClrType);
        }

        using var bulk = new SqlBulkCopy(Connection, SqlBulkCopyOptions.Default, _transaction)
        {
            DestinationTableName = SqlIdentifier.Qualified(Kind, _schema, table.Name),
            BulkCopyTimeout = 0,
        };
        foreach (var column in table.Columns)
        {
            bulk.ColumnMappings.Add(column.Name, column.Name);
        }

        long count = 0;
        var values = new object[types.Length];
        while (await rows.ReadAsync(cancellationToken))
        {
            for (var i = 0; i < types.Length; i++)
            {
                var value = PublishValues.Normalize(rows.GetValue(i), types[i].ClrType);
                values[i] = value is DateOnly d ? d.ToDateTime(TimeOnly.MinValue) : value ?? DBNull.Value;
            }

            batch.Rows.Add(values);
            if (batch.Rows.Count == BatchRows)
            {
                await bulk.WriteToServerAsync(batch, cancellationToken);
                batch.Clear();
            }

            count++;
        }

        if (batch.Rows.Count > 0)
        {
            await bulk.WriteToServerAsync(batch, cancellationToken);
        }

        return count;
    }

    public async Task RecordAsync(PublishRecord record, IReadOnlyCollection<long> versions, CancellationToken cancellationToken)
    {
        await using (var command = Command($"insert into {SqlIdentifier.Qualified(Kind, _schema, "publish_run")} values (@id, @started, sysutcdatetime(), @mode, @source, @versions, @rows)"))
        {
            command.Parameters.AddWithValue("@id", record.PublishId);
            command.Parameters.AddWithValue("@started", record.StartedAtUtc);
            command.Parameters.AddWithValue("@mode", record.Mode);
            command.Parameters.AddWithValue("@source", record.SourceFile);
            command.Parameters.AddWithValue("@versions", record.ReportVersions);
            command.Parameters.AddWithValue("@rows", record.RowsCopied);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        using var ledger = new DataTable();
        ledger.Columns.Add("report_version_id", typeof(long));
        ledger.Columns.Add("publish_id", typeof(string));
        ledger.Columns.Add("published_at", typeof(DateTime));
        var now = DateTime.UtcNow;
        foreach (var version in versions)
        {
            ledger.Rows.Add(version, record.PublishId, now);
        }

        using var bulk = new SqlBulkCopy(Connection, SqlBulkCopyOptions.Default, _transaction)
        {
            DestinationTableName = SqlIdentifier.Qualified(Kind, _schema, "publish_ledger"),
        };
        await bulk.WriteToServerAsync(ledger, cancellationToken);
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await _transaction!.CommitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_transaction is not null)
        {
            await _transaction.DisposeAsync();
        }

        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }

    private SqlConnection Connection => _connection ?? throw new InvalidOperationException("BeginAsync first");

    [SuppressMessage("Security", "CA2100", Justification = "Generated DDL/DML with quoted catalog identifiers and a validated schema name; values are parameters.")]
    private SqlCommand Command(string sql) => new(sql, Connection, _transaction);
}
