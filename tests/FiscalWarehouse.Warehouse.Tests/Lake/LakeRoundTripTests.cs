using FiscalWarehouse.Warehouse.Configuration;
using FiscalWarehouse.Warehouse.Lake;
using FiscalWarehouse.Warehouse.Loading;
using FiscalWarehouse.Warehouse.Querying;
using FiscalWarehouse.Warehouse.Tests.Support;
using Parquet;
using Parquet.Schema;

namespace FiscalWarehouse.Warehouse.Tests.Lake;

public sealed class LakeRoundTripTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly string _db;

    public LakeRoundTripTests()
    {
        _db = _temp.File("w.duckdb");
        using var writer = WarehouseWriter.Open(new WarehouseOptions { Path = _db });
        writer.Load("a.txt", SampleReports.GaopingFinal().Build(), CancellationToken.None);
        writer.Load("a2.txt", SampleReports.GaopingFinal(total: "218.24").Build(), CancellationToken.None);
        writer.Load("b.txt", SampleReports.Bulk(1, tables: 3, rows: 10), CancellationToken.None);
    }

    [Fact]
    public async Task Export_ParquetReadIndependently_SameRowsTypesAndDecimals()
    {
        var lake = _temp.File("lake");
        var manifest = LakeExporter.Export(_db, lake, TestContext.Current.CancellationToken);

        var table = manifest.Tables.Single(t => t.Name == "fact_expenditure");
        Assert.Equal(["year"], table.PartitionBy);
        Assert.All(table.Files, f => Assert.Matches("^fact_expenditure/year=(2023|2024)/", f.Path));
        long rows = 0;
        decimal sum = 0;
        foreach (var file in table.Files)
        {
            await using var stream = File.OpenRead(Path.Combine(lake, file.Path));
            await using var reader = await ParquetReader.CreateAsync(stream, cancellationToken: TestContext.Current.CancellationToken);
            var amount = Assert.IsType<DecimalDataField>(reader.Schema.GetDataFields().Single(f => f.Name == "amount_yuan"));
            Assert.Equal(18, amount.Precision);
            Assert.Equal(2, amount.Scale);
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                using var group = reader.OpenRowGroupReader(g);
                var values = new decimal?[group.RowCount];
                await group.ReadAsync<decimal>(amount, values.AsMemory(), null, TestContext.Current.CancellationToken);
                rows += values.Length;
                sum += values.Sum(v => v ?? 0m);
            }
        }

        Assert.Equal(Db.Scalar<long>(_db, "select count(*) from fact_expenditure"), rows);
        Assert.Equal(Db.Scalar<decimal>(_db, "select sum(amount_yuan) from fact_expenditure"), sum);
        Assert.Equal(sum, decimal.Parse(table.AmountYuanSum!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Export_EveryTable_ParquetRowCountsAndColumnsMatchTheWarehouse()
    {
        var lake = _temp.File("lake");
        var manifest = LakeExporter.Export(_db, lake, TestContext.Current.CancellationToken);

        Assert.Contains(manifest.Tables, t => t.Name == "dim_region");
        foreach (var table in manifest.Tables)
        {
            long rows = 0;
            var fields = new HashSet<string>(StringComparer.Ordinal);
            foreach (var file in table.Files)
            {
                await using var stream = File.OpenRead(Path.Combine(lake, file.Path));
                await using var reader = await ParquetReader.CreateAsync(stream, cancellationToken: TestContext.Current.CancellationToken);
                rows += reader.RowGroups.Sum(g => g.RowCount);
                fields.UnionWith(reader.Schema.Fields.Select(f => f.Name));
            }

            Assert.Equal(Db.Scalar<long>(_db, $"select count(*) from {table.Name}"), rows);
            Assert.Equal(table.Rows, rows);
            // Partition columns live in the folder names (year=2023), every other column in the files.
            Assert.Equal(table.Columns.Select(c => c.Name).Where(c => !table.PartitionBy.Contains(c)).Order(StringComparer.Ordinal), fields.Where(f => !table.PartitionBy.Contains(f)).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void Import_Lake_RebuildsTheSameRowsAndSums()
    {
        var lake = _temp.File("lake");
        var manifest = LakeExporter.Export(_db, lake, TestContext.Current.CancellationToken);
        var copy = _temp.File("copy.duckdb");

        LakeImporter.Import(lake, new WarehouseOptions { Path = copy }, TestContext.Current.CancellationToken);

        foreach (var table in manifest.Tables.Where(t => t.Kind == "table" && t.Name != "schema_version"))
        {
            var except = $"select count(*) from (select * from {table.Name} except all select * from imported.{table.Name})";
            using var connection = new DuckDB.NET.Data.DuckDBConnection($"Data Source={_db};ACCESS_MODE=READ_ONLY");
            connection.Open();
            Db.Scalar<long>(connection, $"attach '{copy}' as imported (read_only)");
            Assert.Equal(0, Db.Scalar<long>(connection, except.Replace("select * from imported", "select * from imported", StringComparison.Ordinal)));
            Assert.Equal(table.Rows, Db.Scalar<long>(connection, $"select count(*) from imported.{table.Name}"));
        }

        Assert.Equal(Db.Scalar<decimal>(_db, "select sum(amount_yuan) from v_fact_cell"), Db.Scalar<decimal>(copy, "select sum(amount_yuan) from v_fact_cell"));
        Assert.Equal(2, Db.Scalar<long>(copy, "select count(*) from dim_report where unit_name like '高平市%'"));
    }

    [Fact]
    public void Import_ChangedFile_IsRefusedBeforeWriting()
    {
        var lake = _temp.File("lake");
        var manifest = LakeExporter.Export(_db, lake, TestContext.Current.CancellationToken);
        File.AppendAllText(Path.Combine(lake, manifest.Tables.First(t => t.Files.Count > 0).Files[0].Path), "x");

        var error = Assert.Throws<InvalidDataException>(() => LakeImporter.Import(lake, new WarehouseOptions { Path = _temp.File("copy.duckdb") }, TestContext.Current.CancellationToken));
        Assert.Contains("SHA-256", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(_temp.File("copy.duckdb")));
    }

    [Fact]
    public void RunOnLake_QueriesWithoutAWarehouse()
    {
        var lake = _temp.File("lake");
        LakeExporter.Export(_db, lake, TestContext.Current.CancellationToken);

        var result = WarehouseQuery.RunOnLake(lake, "select sum(amount_yuan) from fact_expenditure where year = 2023 and row_kind = 'total' and catalog_id = 'final_03_expenditure' and expense_type = 'total'", TestContext.Current.CancellationToken);

        Assert.Equal(2_182_300.00m + 2_182_400.00m, Assert.Single(result.Rows)[0]);
        Assert.Throws<ReadOnlyStatementException>(() => WarehouseQuery.RunOnLake(lake, "create table x as select 1", TestContext.Current.CancellationToken));
    }

    public void Dispose() => _temp.Dispose();
}
