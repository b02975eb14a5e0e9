using DuckDB.NET.Data;
using FiscalWarehouse.Warehouse.Configuration;
using FiscalWarehouse.Warehouse.Lake;
using FiscalWarehouse.Warehouse.Loading;
using FiscalWarehouse.Warehouse.Querying;
using FiscalWarehouse.Warehouse.Storage;
using FiscalWarehouse.Warehouse.Tests.Support;

namespace FiscalWarehouse.Warehouse.Tests.Querying;

/// <summary>fw sql reads the warehouse and nothing else (issue 21 item 5): no file, no URL, no extension download.</summary>
public sealed class ReadSandboxTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly string _db;

    public ReadSandboxTests()
    {
        _db = _temp.File("w.duckdb");
        using var writer = WarehouseWriter.Open(new WarehouseOptions { Path = _db });
        writer.Load("a.txt", SampleReports.GaopingFinal().Build(), CancellationToken.None);
        File.WriteAllText(_temp.File("outside.csv"), "secret,1\n");
    }

    [Theory]
    [InlineData("select * from 'https://example.com/x.csv'")]
    [InlineData("select * from read_csv('https://example.com/x.csv')")]
    [InlineData("select * from sqlite_scan('/tmp/x.db', 't')")]
    [InlineData("select * from delta_scan('/tmp/delta')")]
    [InlineData("select * from read_text('/etc/passwd')")]
    [InlineData("select * from read_csv('/etc/passwd')")]
    [InlineData("select * from read_blob('/etc/hostname')")]
    [InlineData("select * from glob('/etc/*')")]
    [InlineData("select * from read_parquet('/tmp/*.parquet')")]
    public void Run_FileNetworkAndExtensionReads_AreRefused(string sql)
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var duckdbHome = Path.Combine(home, ".duckdb");
        var hadHome = Directory.Exists(duckdbHome);

        var e = Assert.Throws<DuckDBException>(() => WarehouseQuery.Run(_db, sql, TestContext.Current.CancellationToken));
        Assert.True(e.Message.Contains("disabled by configuration", StringComparison.Ordinal) || e.Message.Contains("is not in the catalog", StringComparison.Ordinal), e.Message);
        if (!hadHome)
        {
            Assert.False(Directory.Exists(duckdbHome), "a query created ~/.duckdb");
        }
    }

    [Fact]
    public void Sandbox_CannotBeSetBack_EvenPastTheStatementGuard()
    {
        using var connection = WarehouseFiles.OpenReader(_db, out _);
        ReadSandbox.Apply(connection);
        using var command = connection.CreateCommand();
        command.CommandText = "set enable_external_access = true";
        Assert.Throws<DuckDBException>(() => command.ExecuteNonQuery());
        command.CommandText = "set autoinstall_known_extensions = true";
        Assert.Throws<DuckDBException>(() => command.ExecuteNonQuery());
    }

    [Fact]
    public void AllowFiles_OpensExactlyTheNamedDirectory()
    {
        var allowed = Directory.CreateDirectory(_temp.File("allowed")).FullName;
        File.WriteAllText(Path.Combine(allowed, "rates.csv"), "unit,rate\nA,0.5\n");
        var result = WarehouseQuery.Run(_db, $"select rate from read_csv('{Path.Combine(allowed, "rates.csv")}')", [allowed], TestContext.Current.CancellationToken);
        Assert.Equal(0.5, Convert.ToDouble(result.Rows.Single()[0], System.Globalization.CultureInfo.InvariantCulture));

        Assert.Throws<DuckDBException>(() => WarehouseQuery.Run(_db, $"select * from read_csv('{_temp.File("outside.csv")}')", [allowed], TestContext.Current.CancellationToken));
        Assert.Throws<DuckDBException>(() => WarehouseQuery.Run(_db, $"select * from read_csv('{allowed}/../outside.csv')", [allowed], TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Lake_ReadsItsOwnFilesOnly()
    {
        var lake = _temp.File("lake");
        LakeExporter.Export(_db, lake, TestContext.Current.CancellationToken);
        var result = WarehouseQuery.RunOnLake(lake, "select unit_name from dim_report", TestContext.Current.CancellationToken);
        Assert.Single(result.Rows);
        Assert.Throws<DuckDBException>(() => WarehouseQuery.RunOnLake(lake, $"select * from read_csv('{_temp.File("outside.csv")}')", TestContext.Current.CancellationToken));
    }

    public void Dispose() => _temp.Dispose();
}
