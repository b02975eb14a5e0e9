using FiscalWarehouse.Warehouse.Configuration;
using FiscalWarehouse.Warehouse.Loading;
using FiscalWarehouse.Warehouse.Querying;
using FiscalWarehouse.Warehouse.Storage;
using FiscalWarehouse.Warehouse.Tests.Support;

namespace FiscalWarehouse.Warehouse.Tests.Querying;

public sealed class WarehouseQueryTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly string _db;

    public WarehouseQueryTests()
    {
        _db = _temp.File("w.duckdb");
        using var writer = WarehouseWriter.Open(new WarehouseOptions { Path = _db });
        writer.Load("a.txt", SampleReports.GaopingFinal().Build(), CancellationToken.None);
    }

    [Theory]
    [InlineData("select count(*) from dim_report")]
    [InlineData("with x as (select 1 as a) select a from x")]
    [InlineData("describe fact_expenditure")]
    [InlineData("show tables")]
    public void Run_Reads_AreAnswered(string sql) =>
        Assert.NotEmpty(WarehouseQuery.Run(_db, sql, TestContext.Current.CancellationToken).Rows);

    [Theory]
    [InlineData("delete from dim_report")]
    [InlineData("insert into dim_measure values ('x', 'x', true, 'x')")]
    [InlineData("drop table fact_income")]
    [InlineData("copy dim_report to '/tmp/fw-should-not-exist.csv'")]
    [InlineData("attach '/tmp/other.duckdb' as other")]
    [InlineData("select 1; delete from dim_report")]
    public void Run_Writes_AreRefusedAndChangeNothing(string sql)
    {
        Assert.Throws<ReadOnlyStatementException>(() => WarehouseQuery.Run(_db, sql, TestContext.Current.CancellationToken));

        Assert.Equal(1, Db.Scalar<long>(_db, "select count(*) from dim_report"));
        Assert.False(File.Exists("/tmp/fw-should-not-exist.csv"));
    }

    [Fact]
    public void Run_WhileAWriterHoldsTheFile_AnswersFromTheSnapshot()
    {
        // DuckDB's lock is per process, so the writer runs in a child process (the test host itself, see LoadHost).
        using var holder = LoadHost.Start("hold", _db);
        holder.WaitForLine("holding", TimeSpan.FromSeconds(60));

        var result = WarehouseQuery.Run(_db, "select count(*) from dim_report", TestContext.Current.CancellationToken);

        Assert.Equal(1L, Convert.ToInt64(result.Rows[0][0], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("snapshot", result.Note, StringComparison.Ordinal);
        var busy = Assert.Throws<WarehouseBusyException>(() => WarehouseWriter.Open(new WarehouseOptions { Path = _db }));
        Assert.Contains("another process", busy.Message, StringComparison.Ordinal);
        Assert.Contains("WriterWaitSeconds", busy.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
