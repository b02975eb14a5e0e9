using System.Data.Common;

namespace FiscalWarehouse.Warehouse.Publishing;

/// <summary>
/// One publish on one target server, inside one transaction: everything written through it becomes visible at
/// <see cref="CommitAsync"/> or not at all (dispose without commit rolls back).
/// </summary>
public interface IPublishTarget : IAsyncDisposable
{
    PublishTargetKind Kind { get; }

    /// <summary>Opens the connection, begins the transaction and serializes concurrent publishers to the same schema.</summary>
    Task BeginAsync(string schema, CancellationToken cancellationToken);

    Task ExecuteAsync(string sql, CancellationToken cancellationToken);

    /// <summary>Report versions the target already holds, from its publish_ledger.</summary>
    Task<IReadOnlySet<long>> PublishedVersionsAsync(CancellationToken cancellationToken);

    /// <summary>The column names of an existing table, or null when it does not exist.</summary>
    Task<IReadOnlyList<string>?> ColumnsOfAsync(string table, CancellationToken cancellationToken);

    /// <summary>Copies rows with the server's bulk path; returns the row count.</summary>
    Task<long> BulkCopyAsync(SourceTable table, DbDataReader rows, CancellationToken cancellationToken);

    Task RecordAsync(PublishRecord record, IReadOnlyCollection<long> versions, CancellationToken cancellationToken);

    Task CommitAsync(CancellationToken cancellationToken);
}
