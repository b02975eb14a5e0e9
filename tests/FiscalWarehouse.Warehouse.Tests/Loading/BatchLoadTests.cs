using System.Globalization;
using FiscalWarehouse.Etl;
using FiscalWarehouse.Generator;
using FiscalWarehouse.Model.Reports;
using FiscalWarehouse.Model.Tables;
using FiscalWarehouse.Warehouse.Configuration;
using FiscalWarehouse.Warehouse.Loading;
using FiscalWarehouse.Warehouse.Tests.Support;

namespace FiscalWarehouse.Warehouse.Tests.Loading;

/// <summary>
/// Loading many reports per transaction (and parsing them on all cores) must give exactly the warehouse that loading
/// them one by one gives, keep each report atomic, and number copies and new versions as a one-by-one load would.
/// </summary>
public sealed class BatchLoadTests : IDisposable
{
    private static readonly DateTimeOffset LoadTime = new(2026, 11, 28, 2, 0, 0, TimeSpan.Zero);

    // Every table a load writes, each compared as a whole (row hashes summed, and counted).
    private static readonly string[] LoadedTables =
    [
        "dim_unit", "dim_report", "report_table", "fact_income", "fact_expenditure", "fact_basic_expenditure_economic",
        "fact_three_public", "fact_performance", "fact_table_cell", "fact_narrative", "data_quality_finding",
        "dim_function_subject", "dim_economic_subject", "report_source_line",
    ];

    private readonly TempDirectory _temp = new();

    [Theory]
    [InlineData(0)] // a commit per batch
    [InlineData(3_000)] // a commit every few batches
    [InlineData(4 * 122_880)] // the default: the whole corpus in one transaction
    public void LoadFiles_GeneratedCorpusInSmallBatches_SameWarehouseAsOneByOne(long commitFactRows)
    {
        var files = WriteCorpus(new GeneratorOptions { Counties = 2, UnitsPerCounty = 3, FirstYear = 2022, LastYear = 2023, Seed = 11 });
        Assert.True(files.Count >= 20, $"corpus of {files.Count} reports");

        var oneByOne = _temp.File("one.duckdb");
        using (var writer = Open(oneByOne))
        {
            var parser = new ReportParser();
            foreach (var file in files)
            {
                Assert.Equal(LoadStatus.Loaded, writer.LoadFile(file, parser, TestContext.Current.CancellationToken).Status);
            }
        }

        var batched = _temp.File("batched.duckdb");
        using (var writer = Open(batched))
        {
            writer.BatchSize = 7;
            writer.GroupFactRows = commitFactRows;
            var outcomes = writer.LoadFiles(files, new ReportParser(), TestContext.Current.CancellationToken).ToList();
            Assert.Equal(files, outcomes.Select(o => o.File));
            Assert.All(outcomes, o => Assert.Equal(LoadStatus.Loaded, o.Status));
            Assert.Equal(Enumerable.Range(1, files.Count).Select(i => (long?)i), outcomes.Select(o => o.ReportVersionId));
        }

        foreach (var table in LoadedTables)
        {
            Assert.Equal(Fingerprint(oneByOne, table), Fingerprint(batched, table));
        }

        Assert.True(Db.Scalar<long>(batched, "select count(*) from fact_expenditure") > 1000);
        Assert.Equal(Db.Scalar<long>(batched, "select count(*) from fact_cell"), Db.Scalar<long>(batched, "select count(distinct fact_id) from fact_cell"));
    }

    [Fact]
    public void LoadFiles_TheWarehouseRefusesABatchInsideAGroup_GroupUndoneAndLoadedAgainBatchByBatch()
    {
        string[] files = [Sample("shanxi-datong-materials-promotion-center-2023-unit-budget.txt"), Sample("shanxi-gaoping-industry-service-center-2023-unit-final.txt"),
            Sample("shanxi-zezhou-industry-bureau-2024-department-budget.txt"), Sample("henan-pingdingshan-industry-bureau-2023-department-final.txt")];
        var path = _temp.File("w.duckdb");

        using (var writer = Open(path))
        {
            // A stray table row where version 3's first table goes: DuckDB refuses the third report's tables by primary
            // key, after the group's first two batches were loaded (and again for every report numbered 3 after it).
            Db.Execute(writer.Connection, """
                insert into report_table values (300001, 3, 1, 'stray', 'fact_table_cell', 'stray', null, '万元', false, null,
                    'stray.txt', 1, null, 1, 1, 1, 0)
                """);
            writer.BatchSize = 1;
            writer.GroupFactRows = 1_000_000;
            var outcomes = writer.LoadFiles(files, new ReportParser(), TestContext.Current.CancellationToken).ToList();

            Assert.Equal([LoadStatus.Loaded, LoadStatus.Loaded, LoadStatus.Rejected, LoadStatus.Rejected], outcomes.Select(o => o.Status));
            Assert.All(outcomes.Skip(2), o => Assert.Contains("violates primary key constraint", o.Reason, StringComparison.Ordinal));

            // The first two were rolled back with the group and loaded again, not answered "unchanged" from the undone
            // group: numbered as a load without groups numbers them.
            Assert.Equal([1L, 2L, null, null], outcomes.Select(o => o.ReportVersionId));
        }

        using var read = Open(path, readOnly: true);
        Assert.Equal("1 2", string.Join(' ', Db.Rows(read, "select report_version_id from dim_report order by 1").Select(r => Convert.ToString(r[0], CultureInfo.InvariantCulture))));
        Assert.Equal(Db.Scalar<long>(read, "select cast(sum(fact_count) as bigint) from dim_report"),
            Db.Scalar<long>(read, "select count(*) from v_fact_cell") + Db.Scalar<long>(read, "select count(*) from fact_narrative"));
        Assert.Equal(0, Db.Scalar<long>(read, "select count(*) from fact_cell where report_version_id not in (select report_version_id from dim_report)"));
        Assert.Equal(1, Db.Scalar<long>(read, "select count(*) from report_table where report_version_id not in (select report_version_id from dim_report)"));
    }

    [Fact]
    public void LoadFile_ATotalBeyondTheAmountColumn_LoadedWithAFindingAtItsLine()
    {
        // 10^17 万元 parses, but its 元 amount has more digits than fact_cell.amount_yuan's DECIMAL(18, 2): DuckDB's
        // appender refused the whole report at "line 1" before; now that cell is a finding at its own line.
        var huge = _temp.File("gaoping-huge-total.txt");
        var lines = File.ReadAllLines(Sample("shanxi-gaoping-industry-service-center-2023-unit-final.txt"));
        Assert.Equal("合计\t\t218.23\t218.23\t\t\t\t\t", lines[119]);
        lines[119] = "合计\t\t99999999999999999.00\t218.23\t\t\t\t\t";
        File.WriteAllLines(huge, lines);
        var path = _temp.File("w.duckdb");

        using var writer = Open(path);
        var outcome = writer.LoadFile(huge, new ReportParser(), TestContext.Current.CancellationToken);

        Assert.Equal(LoadStatus.Loaded, outcome.Status);
        var c = writer.Connection;
        Assert.Equal("120|error|final_income", string.Join('|', Db.Rows(c, """
            select f.line, f.severity, t.catalog_id from data_quality_finding f left join report_table t using (report_table_id)
            where f.rule_id = 'warehouse.number_out_of_range'
            """).Single().Select(v => Convert.ToString(v, CultureInfo.InvariantCulture))));
        Assert.Equal("text||99999999999999999.00", string.Join('|', Db.Rows(c, """
            select value_kind, coalesce(cast(amount_yuan as varchar), ''), printed_text from fact_cell where source_line = 120 and printed_text like '9999%'
            """).Single().Select(v => Convert.ToString(v, CultureInfo.InvariantCulture))));
        Assert.Equal(218.23m * 10_000, Db.Scalar<decimal>(c, "select amount_yuan from fact_cell where source_line = 120 and printed_text = '218.23'"));
    }

    [Fact]
    public void LoadFiles_CopyAndNewVersionInOneBatch_NumberedAsLoadedOneByOne()
    {
        var original = Sample("shanxi-gaoping-industry-service-center-2023-unit-final.txt");
        var copy = _temp.File("copy-of-" + Path.GetFileName(original));
        File.Copy(original, copy);
        var revised = _temp.File("revised-" + Path.GetFileName(original));
        File.WriteAllText(revised, File.ReadAllText(original) + "\n");
        var path = _temp.File("w.duckdb");

        using (var writer = Open(path))
        {
            var outcomes = writer.LoadFiles([original, Sample("shanxi-datong-materials-promotion-center-2023-unit-budget.txt"), copy, revised], new ReportParser(), TestContext.Current.CancellationToken).ToList();

            Assert.Equal([LoadStatus.Loaded, LoadStatus.Loaded, LoadStatus.Unchanged, LoadStatus.Replaced], outcomes.Select(o => o.Status));
            Assert.Equal(outcomes[0].ReportVersionId, outcomes[2].ReportVersionId);
            Assert.Equal(outcomes[0].FactCount, outcomes[3].FactCount);
        }

        // seed 000 twice: version 1 superseded by version 2, one current; the copy added nothing.
        using var read = Open(path, readOnly: true);
        Assert.Equal("1:False:3|2:True:", string.Join('|', Db.Rows(read, """
            select version, is_current, coalesce(cast(superseded_by as varchar), '') from dim_report
            where file_name like '%gaoping%' order by version
            """).Select(r => string.Join(':', r.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture))))));
        Assert.Equal(3, Db.Scalar<long>(read, "select count(*) from dim_report"));
        Assert.Equal(2, Db.Scalar<long>(read, "select count(*) from dim_unit"));
    }

    [Fact]
    public void LoadBatch_OneReportFailsWhileStaging_OnlyItIsRejectedAndNothingOfItRemains()
    {
        var path = _temp.File("w.duckdb");
        var broken = SampleReports.GaopingFinal(total: "1.00")
            .Table("broken", "支出决算表", AmountUnit.TenThousandYuan, [ReportBuilder.Column("合计")], ReportBuilder.Row("201", "x", "1.00", "2.00"))
            .Build();
        using var writer = Open(path);

        var outcomes = writer.LoadBatch(
        [
            new PendingReport("a.txt", SampleReports.GaopingFinal().Build()),
            new PendingReport("b.txt", broken),
            new PendingReport("c.txt", SampleReports.Bulk(1, tables: 2, rows: 5)),
        ], TestContext.Current.CancellationToken);

        Assert.Equal([LoadStatus.Loaded, LoadStatus.Rejected, LoadStatus.Loaded], outcomes.Select(o => o.Status));
        Assert.StartsWith("rejected: the warehouse refused it: ", outcomes[1].StatusText, StringComparison.Ordinal);
        Assert.IsType<IndexOutOfRangeException>(outcomes[1].Error);
        Assert.Null(outcomes[0].Error);
        Assert.Equal(SampleReports.GaopingFacts, outcomes[0].FactCount);
        Assert.Equal(SampleReports.BulkFacts(tables: 2, rows: 5), outcomes[2].FactCount);
        var c = writer.Connection;
        Assert.Equal(2, Db.Scalar<long>(c, "select count(*) from dim_report"));
        Assert.Equal(0, Db.Scalar<long>(c, "select count(*) from stg_report") + Db.Scalar<long>(c, "select count(*) from stg_subject_row"));
        Assert.Equal(Db.Scalar<long>(c, "select cast(sum(fact_count) as bigint) from dim_report"),
            Db.Scalar<long>(c, "select count(*) from v_fact_cell") + Db.Scalar<long>(c, "select count(*) from fact_narrative"));

        // fact_cell keeps no primary-key index (migration 0060): its ids are unique by construction, even when a failed
        // batch is rolled back and its reports numbered again one by one.
        Assert.Equal(Db.Scalar<long>(c, "select count(*) from fact_cell"), Db.Scalar<long>(c, "select count(distinct fact_id) from fact_cell"));
        Assert.Equal(0, Db.Scalar<long>(c, "select count(*) from fact_cell where fact_id // 10000000 <> report_version_id or report_version_id not in (select report_version_id from dim_report)"));
    }

    [Theory]
    [InlineData("1GB'; drop table dim_report; --")]
    [InlineData("lots")]
    public void Open_MemoryLimitThatIsNotASize_RefusedBeforeReachingDuckDb(string limit)
    {
        var options = new WarehouseOptions { Path = _temp.File("m.duckdb"), WriterMemoryLimit = limit };

        var e = Assert.Throws<ArgumentException>(() => WarehouseWriter.Open(options));
        Assert.Contains("is not a size such as 512MB", e.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();

    private static WarehouseWriter Open(string path) => WarehouseWriter.Open(new WarehouseOptions { Path = path }, new FixedTime(LoadTime));

    private static DuckDB.NET.Data.DuckDBConnection Open(string path, bool readOnly)
    {
        var connection = new DuckDB.NET.Data.DuckDBConnection($"Data Source={path}{(readOnly ? ";ACCESS_MODE=READ_ONLY" : "")}");
        connection.Open();
        return connection;
    }

    private static string Fingerprint(string path, string table)
    {
        using var read = Open(path, readOnly: true);
        return $"{table}: " + string.Join(' ', Db.Rows(read, $"select count(*), coalesce(sum(hash(t)), 0) from {table} t")[0]
            .Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)));
    }

    private List<string> WriteCorpus(GeneratorOptions options)
    {
        var dir = Directory.CreateDirectory(_temp.File("reports")).FullName;
        var files = new List<string>();
        foreach (var report in CorpusGenerator.Generate(options))
        {
            var file = Path.Combine(dir, report.FileName);
            File.WriteAllBytes(file, report.Bytes);
            files.Add(file);
        }

        return files;
    }

    private static string Sample(string name) => Path.Combine(RepositoryRoot.Path, "samples", name);

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
