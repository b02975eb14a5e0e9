using DuckDB.NET.Data;

namespace FiscalWarehouse.Warehouse.Loading;

/// <summary>
/// One transaction around several load batches. DuckDB writes a transaction's appended rows straight into the
/// database file once they fill a row group (122,880 rows, its "optimistic writes") and logs only their blocks;
/// a 64-report batch of ~37,000 fact rows never fills one, so each fact went through the WAL at its commit and again
/// at the checkpoint. A group keeps the batches (and the memory they hold) small and commits every few row groups.
/// Every report stays whole or absent; what a crash loses is the uncommitted group, never part of a report.
/// </summary>
internal sealed class LoadGroup(DuckDBTransaction transaction) : IDisposable
{
    private readonly List<string> _hashes = [];

    public DuckDBTransaction Transaction { get; } = transaction;

    /// <summary>Fact and narrative rows appended in this group so far.</summary>
    public long FactRows { get; private set; }

    /// <summary>The content hashes this group loaded: known to later batches now, forgotten if the group rolls back.</summary>
    public IReadOnlyList<string> Hashes => _hashes;

    public void Loaded(string contentHash, int factRows)
    {
        _hashes.Add(contentHash);
        FactRows += factRows;
    }

    public void Dispose() => Transaction.Dispose();
}
