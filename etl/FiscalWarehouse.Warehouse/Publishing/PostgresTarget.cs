using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using Npgsql;
using NpgsqlTypes;

namespace FiscalWarehouse.Warehouse.Publishing;

/// <summary>PostgreSQL through Npgsql: binary COPY inside one transaction.</summary>
public sealed class PostgresTarget(string connectionString) : IPublishTarget
{
    private static readonly Dictionary<string, NpgsqlDbType> DbTypes = new(StringComparer.Ordinal)
    {
        ["text"] = NpgsqlDbType.Text,
        ["bigint"] = NpgsqlDbType.Bigint,
        ["integer"] = NpgsqlDbType.Integer,
        ["smallint"] = NpgsqlDbType.Smallint,
        ["boolean"] = NpgsqlDbType.Boolean,
        ["date"] = NpgsqlDbType.Date,
        ["timestamp"] = NpgsqlDbType.Timestamp,
        ["timestamptz"] = NpgsqlDbType.TimestampTz,
        ["double precision"] = NpgsqlDbType.Double,
        ["real"] = NpgsqlDbType.Real,
        ["uuid"] = NpgsqlDbType.Uuid,
        ["bytea"] = NpgsqlDbType.Bytea,
        ["jsonb"] = NpgsqlDbType.Jsonb,
    };

    private NpgsqlConnection? _connection;
    private NpgsqlTransaction? _transaction;
    private string _schema = "";

    public PublishTargetKind Kind => PublishTargetKind.PostgreSql;

    public async Task BeginAsync(string schema, CancellationToken cancellationToken)
    {
        _schema = SqlIdentifier.ValidateSchema(schema);
        _connection = new NpgsqlConnection(connectionString);
        await _connection.OpenAsync(cancellationToken);
        _transaction = await _connection.BeginTransactionAsync(cancellationToken);
        // One publisher at a time per schema: a transaction-scoped advisory lock keyed by the schema name.
        await using (var command = Command("select pg_advisory_xact_lock(hashtext($1))"))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = "fiscalwarehouse.publish." + _schema });
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await ExecuteAsync(DdlGenerator.CreateSchema(Kind, _schema), cancellationToken);
        await ExecuteAsync(SqlScripts.Read("publish/postgres/ledger.sql").Replace("{schema}", _schema, StringComparison.Ordinal), cancellationToken);
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
        await using var command = Command("select column_name from information_schema.columns where table_schema = $1 and table_name = $2 order by ordinal_position");
        command.Parameters.Add(new NpgsqlParameter { Value = _schema });
        command.Parameters.Add(new NpgsqlParameter { Value = table });
        var columns = await TargetReads.FirstColumnAsync(command, r => r.GetString(0), cancellationToken);
        return columns.Count == 0 ? null : columns;
    }

    public async Task<long> BulkCopyAsync(SourceTable table, DbDataReader rows, CancellationToken cancellationToken)
    {
        var types = table.Columns.Select(c => TypeMapping.Map(c.DuckDbType)).ToArray();
        var dbTypes = types.Select(t => t.PostgreSql.StartsWith("numeric", StringComparison.Ordinal) ? NpgsqlDbType.Numeric : DbTypes[t.PostgreSql]).ToArray();
        var columnList = string.Join(", ", table.Columns.Select(c => SqlIdentifier.Quote(Kind, c.Name)));
        var copy = $"copy {SqlIdentifier.Qualified(Kind, _schema, table.Name)} ({columnList}) from stdin (format binary)";
        long count = 0;
        await using (var writer = await Connection.BeginBinaryImportAsync(copy, cancellationToken))
        {
            while (await rows.ReadAsync(cancellationToken))
            {
                await writer.StartRowAsync(cancellationToken);
                for (var i = 0; i < types.Length; i++)
                {
                    var value = PublishValues.Normalize(rows.GetValue(i), types[i].ClrType);
                    if (value is null)
                    {
                        await writer.WriteNullAsync(cancellationToken);
                    }
                    else
                    {
                        await writer.WriteAsync(value, dbTypes[i], cancellationToken);
                    }
                }

                count++;
            }

            await writer.CompleteAsync(cancellationToken);
        }

        return count;
    }

    public async Task RecordAsync(PublishRecord record, IReadOnlyCollection<long> versions, CancellationToken cancellationToken)
    {
        await using (var command = Command($"insert into {SqlIdentifier.Qualified(Kind, _schema, "publish_run")} values ($1, $2, now() at time zone 'utc', $3, $4, $5, $6)"))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = record.PublishId });
            command.Parameters.Add(new NpgsqlParameter { Value = DateTime.SpecifyKind(record.StartedAtUtc, DateTimeKind.Unspecified), NpgsqlDbType = NpgsqlDbType.Timestamp });
            command.Parameters.Add(new NpgsqlParameter { Value = record.Mode });
            command.Parameters.Add(new NpgsqlParameter { Value = record.SourceFile });
            command.Parameters.Add(new NpgsqlParameter { Value = record.ReportVersions });
            command.Parameters.Add(new NpgsqlParameter { Value = record.RowsCopied });
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        var ledger = $"copy {SqlIdentifier.Qualified(Kind, _schema, "publish_ledger")} (report_version_id, publish_id, published_at) from stdin (format binary)";
        await using var writer = await Connection.BeginBinaryImportAsync(ledger, cancellationToken);
        var now = DateTime.SpecifyKind(DateTime.UtcNow, DateTimeKind.Unspecified);
        foreach (var version in versions)
        {
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(version, NpgsqlDbType.Bigint, cancellationToken);
            await writer.WriteAsync(record.PublishId, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(now, NpgsqlDbType.Timestamp, cancellationToken);
        }

        await writer.CompleteAsync(cancellationToken);
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

    private NpgsqlConnection Connection => _connection ?? throw new InvalidOperationException("BeginAsync first");

    [SuppressMessage("Security", "CA2100", Justification = "Generated DDL/DML with quoted catalog identifiers and a validated schema name; values are parameters.")]
    private NpgsqlCommand Command(string sql) => new(sql, Connection, _transaction);
}
