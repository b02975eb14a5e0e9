using System.Globalization;
using DuckDB.NET.Data;
using FiscalWarehouse.Warehouse.Storage;

namespace FiscalWarehouse.Warehouse.Publishing;

/// <summary>
/// Copies the star schema, findings, ledger and marts to a BI server in one target transaction. Incremental by
/// default: fact-like tables receive only report versions the target's publish_ledger does not hold; small tables
/// (dimensions, dim_report, marts) are replaced whole in the same transaction. A failure anywhere rolls the target
/// back, so an interrupted publish, resumed, ends with exactly the rows of an uninterrupted one.
/// </summary>
public sealed class Publisher(DuckDBConnection warehouse, string warehouseFile, Func<PublishTargetKind, string, IPublishTarget>? targetFactory = null)
{
    private readonly Func<PublishTargetKind, string, IPublishTarget> _targetFactory = targetFactory ?? CreateTarget;

    public async Task<PublishResult> PublishAsync(PublishRequest request, CancellationToken cancellationToken)
    {
        var schema = SqlIdentifier.ValidateSchema(request.Schema);
        var tables = SourceCatalog.Read(warehouse, request.Tables);
        var publishId = Guid.NewGuid().ToString("n");
        var started = DateTime.UtcNow;
        var allVersions = ReportVersions();
        var rows = new Dictionary<string, long>(StringComparer.Ordinal);

        await using var target = _targetFactory(request.Target.Kind, request.Target.Value);
        await target.BeginAsync(schema, cancellationToken);
        if (request.Full)
        {
            await target.ExecuteAsync($"delete from {SqlIdentifier.Qualified(target.Kind, schema, "publish_ledger")}", cancellationToken);
        }

        var published = request.Full ? new HashSet<long>() : await target.PublishedVersionsAsync(cancellationToken);
        var newVersions = allVersions.Where(v => !published.Contains(v)).Order().ToList();

        foreach (var table in tables)
        {
            if (request.BeforeTable is { } hook)
            {
                await hook(table.Name, cancellationToken);
            }

            var created = await PrepareTableAsync(target, schema, table, request.Full, cancellationToken);
            if (table.IsIncremental)
            {
                // A table the target did not have yet gets every version, not only the new ones.
                var versions = created ? allVersions : newVersions;
                rows[table.Name] = versions.Count == 0 ? 0 : await CopyAsync(target, table, versions, cancellationToken);
            }
            else
            {
                if (!created)
                {
                    await target.ExecuteAsync($"delete from {SqlIdentifier.Qualified(target.Kind, schema, table.Name)}", cancellationToken);
                }

                rows[table.Name] = await CopyAsync(target, table, null, cancellationToken);
            }
        }

        var mode = request.Full ? "full" : "incremental";
        var record = new PublishRecord(publishId, started, mode, Path.GetFileName(warehouseFile), newVersions.Count, rows.Values.Sum(), rows);
        await target.RecordAsync(record, newVersions, cancellationToken);
        await target.CommitAsync(cancellationToken);

        RecordLocally(request, schema, publishId, newVersions);
        return new PublishResult(publishId, target.Kind, request.Target.Redacted, schema, mode, newVersions, rows);
    }

    private static IPublishTarget CreateTarget(PublishTargetKind kind, string connectionString) => kind switch
    {
        PublishTargetKind.PostgreSql => new PostgresTarget(connectionString),
        _ => new SqlServerTarget(connectionString),
    };

    /// <summary>Creates the target table when missing (true), or checks its columns still match the warehouse.</summary>
    private static async Task<bool> PrepareTableAsync(IPublishTarget target, string schema, SourceTable table, bool full, CancellationToken cancellationToken)
    {
        if (full)
        {
            await target.ExecuteAsync(DdlGenerator.DropTable(target.Kind, schema, table.Name), cancellationToken);
        }
        else if (await target.ColumnsOfAsync(table.Name, cancellationToken) is { } existing)
        {
            if (!existing.SequenceEqual(table.Columns.Select(c => c.Name), StringComparer.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException(
                    $"target table {schema}.{table.Name} has columns ({string.Join(", ", existing)}) that differ from the warehouse's ({string.Join(", ", table.Columns.Select(c => c.Name))}): publish with --full to rebuild it");
            }

            return false;
        }

        await target.ExecuteAsync(DdlGenerator.CreateTable(target.Kind, schema, table), cancellationToken);
        return true;
    }

    private async Task<long> CopyAsync(IPublishTarget target, SourceTable table, IReadOnlyList<long>? versions, CancellationToken cancellationToken)
    {
        var select = string.Join(", ", table.Columns.Select(c =>
            TypeMapping.Map(c.DuckDbType).AsText ? $"cast(to_json(\"{c.Name}\") as varchar)" : $"\"{c.Name}\""));
        var sql = $"select {select} from \"{table.Name}\"";
        if (versions is not null)
        {
            StageVersions(versions);
            sql += $" where \"{SourceTable.ReportVersionColumn}\" in (select report_version_id from publish_batch)";
        }

        using var command = Commands.Create(warehouse, sql);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await target.BulkCopyAsync(table, reader, cancellationToken);
    }

    private void StageVersions(IReadOnlyList<long> versions)
    {
        Commands.Execute(warehouse, "create or replace temp table publish_batch (report_version_id bigint)");
        using var appender = warehouse.CreateAppender("publish_batch");
        foreach (var version in versions)
        {
            appender.CreateRow().AppendValue(version).EndRow();
        }
    }

    private List<long> ReportVersions()
    {
        var versions = new List<long>();
        using var command = Commands.Create(warehouse, SqlScripts.Read("publish/report_versions.sql"));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            versions.Add(Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture));
        }

        return versions;
    }

    /// <summary>The warehouse side of the ledger; the target's is authoritative, so a failure here loses nothing.</summary>
    private void RecordLocally(PublishRequest request, string schema, string publishId, IReadOnlyList<long> versions)
    {
        using var transaction = warehouse.BeginTransaction();
        if (request.Full)
        {
            Commands.Execute(warehouse, SqlScripts.Read("publish/forget_target.sql"), ("target", request.Target.Redacted), ("schema", schema));
        }

        foreach (var version in versions)
        {
            Commands.Execute(warehouse, SqlScripts.Read("publish/record_version.sql"),
                ("target", request.Target.Redacted), ("schema", schema), ("version", version), ("publish_id", publishId));
        }

        transaction.Commit();
    }
}
