using FiscalWarehouse.Warehouse.Configuration;
using FiscalWarehouse.Warehouse.Loading;
using FiscalWarehouse.Warehouse.Storage;
using FiscalWarehouse.Warehouse.Tests.Support;

namespace FiscalWarehouse.Warehouse.Tests.Storage;

/// <summary>
/// The read snapshot exists while a writer holds the file (readers are answered from it), and after a load only while a
/// reader is attached: a load on its own copies the warehouse at most once, before it changes it.
/// </summary>
public sealed class SnapshotProtocolTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly string _db;

    public SnapshotProtocolTests()
    {
        _db = _temp.File("w.duckdb");
    }

    [Fact]
    public void Load_WithNoReaderAttached_SnapshotDuringTheLoadOnly()
    {
        using (var writer = WarehouseWriter.Open(new WarehouseOptions { Path = _db }))
        {
            // Made before anything was loaded: the new, empty warehouse.
            Assert.Equal(0L, Db.Scalar<long>(Snapshot.PathFor(_db), "select count(*) from dim_report"));
            writer.Load("a.txt", SampleReports.GaopingFinal().Build(), CancellationToken.None);
        }

        Assert.False(File.Exists(Snapshot.PathFor(_db)), "a load no reader asked for left a snapshot copy behind");
        // 合计 218.23 万元 of the loaded report, read from the file itself.
        Assert.Equal(2_182_300.00m, Db.Scalar<decimal>(_db, "select amount_yuan from fact_expenditure where catalog_id = 'final_03_expenditure' and row_kind = 'total' and expense_type = 'total'"));
    }

    [Fact]
    public void Load_WithAReaderAttached_LeavesACurrentSnapshot()
    {
        using (SnapshotReaders.Attach(_db))
        {
            Assert.True(SnapshotReaders.AnyAttached(_db));
            using (var writer = WarehouseWriter.Open(new WarehouseOptions { Path = _db }))
            {
                writer.Load("a.txt", SampleReports.GaopingFinal().Build(), CancellationToken.None);
            }

            Assert.Equal(1L, Db.Scalar<long>(Snapshot.PathFor(_db), "select count(*) from dim_report"));
            Assert.Equal(Db.Scalar<decimal>(_db, "select sum(amount_yuan) from v_fact_cell"), Db.Scalar<decimal>(Snapshot.PathFor(_db), "select sum(amount_yuan) from v_fact_cell"));
        }

        // The reader left: the next load removes the copy rather than leave a stale one.
        Assert.False(SnapshotReaders.AnyAttached(_db));
        using (var writer = WarehouseWriter.Open(new WarehouseOptions { Path = _db }))
        {
            writer.Load("b.txt", SampleReports.GaopingFinal("300.00").Build(), CancellationToken.None);
        }

        Assert.False(File.Exists(Snapshot.PathFor(_db)));
    }

    [Fact]
    public void Open_ExistingFileWithoutSnapshot_ReadersSeeTheCommittedReportsMeanwhile()
    {
        using (var writer = WarehouseWriter.Open(new WarehouseOptions { Path = _db }))
        {
            writer.Load("a.txt", SampleReports.GaopingFinal().Build(), CancellationToken.None);
        }

        Assert.False(File.Exists(Snapshot.PathFor(_db)));
        var expected = Db.Scalar<decimal>(_db, "select sum(amount_yuan) from v_fact_cell");
        using (var writer = WarehouseWriter.Open(new WarehouseOptions { Path = _db }))
        {
            writer.Load("b.txt", SampleReports.GaopingFinal("300.00").Build(), CancellationToken.None);
            Assert.Equal(expected, Db.Scalar<decimal>(Snapshot.PathFor(_db), "select sum(amount_yuan) from v_fact_cell"));
        }
    }

    public void Dispose() => _temp.Dispose();
}
