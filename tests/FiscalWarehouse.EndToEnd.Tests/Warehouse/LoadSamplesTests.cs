using System.Globalization;
using DuckDB.NET.Data;
using FiscalWarehouse.Warehouse.Configuration;
using FiscalWarehouse.Warehouse.Loading;

namespace FiscalWarehouse.EndToEnd.Tests.Warehouse;

/// <summary>fw load / sql / export / import / demo on the five real samples.</summary>
public sealed class LoadSamplesTests(LoadedSamples samples) : IClassFixture<LoadedSamples>
{
    [Fact]
    public void Load_Samples_AllLoadedThenAllUnchangedWithTheSameFacts()
    {
        Assert.Equal(0, samples.FirstLoad.ExitCode);
        Assert.Equal(5, samples.FirstLoad.Lines.Count(l => l.EndsWith(": loaded", StringComparison.Ordinal)));
        var facts = Fw.Scalar(samples.Db, "select sum(fact_count) from dim_report");

        var second = Fw.Run("load", "samples", "--db", samples.Db);

        Assert.Equal(0, second.ExitCode);
        Assert.Equal(5, second.Lines.Count(l => l.EndsWith(": unchanged", StringComparison.Ordinal)));
        Assert.Equal(facts, Fw.Scalar(samples.Db, "select sum(fact_count) from dim_report"));
        Assert.Equal("5", Fw.Scalar(samples.Db, "select count(*) from dim_report"));
    }

    [Fact]
    public void Warehouse_EveryCellThatExtractPrints_IsAFact()
    {
        foreach (var file in LoadedSamples.SampleFiles)
        {
            var extract = Fw.Run("extract", Path.Combine("samples", file));
            // Known-empty tables print one marker row each (present, but no cell).
            var facts = long.Parse(Fw.Scalar(samples.Db,
                $"select count(*) from v_fact_cell f join dim_report r using (report_version_id) where r.file_name = '{file}' and f.value_kind in ('number', 'blank')"), CultureInfo.InvariantCulture);
            var knownEmpty = long.Parse(Fw.Scalar(samples.Db,
                $"select count(*) from report_table t join dim_report r using (report_version_id) where r.file_name = '{file}' and t.is_known_empty"), CultureInfo.InvariantCulture);
            Assert.True(extract.Lines.Length - 1 - knownEmpty == facts, $"{file}: extract printed {extract.Lines.Length - 1} rows ({knownEmpty} known-empty markers), the warehouse has {facts} number/blank facts");
        }
    }

    [Fact]
    public void ExpenditureFacts_ClassRowsSumToEachPrintedTotal_WithinRounding()
    {
        // seed 000, line 152: 218.23 万元 exactly; elsewhere Σ of n rounded 类 rows may differ by 0.005 万元 × (n + 1).
        Assert.Equal("2182300.00", Fw.Scalar(samples.Db,
            "select printed_total_yuan from v_expenditure_total_check c join dim_report r using (report_version_id) where r.unit_name like '高平市%' and c.column_path = '本年支出合计'"));
        Assert.Equal("0", Fw.Scalar(samples.Db,
            "select count(*) from v_expenditure_total_check where abs(difference_yuan) > 50 * (class_rows + 1)"));
        Assert.Equal("5", Fw.Scalar(samples.Db,
            "select count(distinct report_version_id) from v_expenditure_total_check"));
    }

    [Fact]
    public void Facts_EveryOneHasASourceLine() =>
        Assert.Equal("0", Fw.Scalar(samples.Db,
            "select (select count(*) from v_fact_cell where source_line is null or source_line < 1) + (select count(*) from fact_narrative where source_line is null or source_line < 1)"));

    [Fact]
    public void Sql_ListsTheTables()
    {
        var tables = Fw.Run("sql", "--db", samples.Db, "--format", "csv", "show tables");

        foreach (var table in new[] { "dim_report", "dim_unit", "dim_region", "dim_function_subject", "dim_economic_subject", "dim_fund_source", "dim_measure",
                     "report_table", "fact_income", "fact_expenditure", "fact_basic_expenditure_economic", "fact_three_public", "fact_performance",
                     "fact_narrative", "fact_table_cell", "data_quality_finding", "schema_version" })
        {
            Assert.Contains(table, tables.Lines);
        }
    }

    [Fact]
    public void Sql_WritingStatement_IsRefusedWithExitCode1()
    {
        var result = Fw.Run("sql", "--db", samples.Db, "delete from fact_expenditure");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("refused", result.Error, StringComparison.Ordinal);
        Assert.NotEqual("0", Fw.Scalar(samples.Db, "select count(*) from fact_expenditure"));
    }

    [Fact]
    public void Units_ResolvedToTheirRegions()
    {
        var regions = Fw.Run("sql", "--db", samples.Db, "--format", "csv", "select region_code from dim_unit order by region_code").Lines.Skip(1);

        Assert.Equal(["140200", "140423", "140525", "140581", "410400"], regions);
    }

    [Fact]
    public void ExportImport_LakeRoundTrip_SameRowsAndSums()
    {
        var lake = Path.Combine(samples.Folder, "lake-" + Guid.NewGuid().ToString("N"));
        var copy = Path.Combine(samples.Folder, "copy-" + Guid.NewGuid().ToString("N") + ".duckdb");

        Assert.Equal(0, Fw.Run("export", "--db", samples.Db, "--out", lake).ExitCode);
        Assert.True(Directory.Exists(Path.Combine(lake, "fact_expenditure", "year=2023")));
        Assert.Equal(0, Fw.Run("import", lake, "--db", copy).ExitCode);

        const string Check = "select (select count(*) from v_fact_cell) || '/' || (select sum(amount_yuan) from v_fact_cell) || '/' || (select count(*) from fact_narrative) || '/' || (select count(*) from data_quality_finding) || '/' || (select count(*) from dim_report)";
        Assert.Equal(Fw.Scalar(samples.Db, Check), Fw.Scalar(copy, Check));
        var onLake = Fw.Run("sql", "--lake", lake, "--format", "csv", "select sum(amount_yuan) from fact_expenditure");
        Assert.Equal(Fw.Scalar(samples.Db, "select sum(amount_yuan) from fact_expenditure"), onLake.Lines[1]);
    }

    [Fact]
    public void Load_WhileAnotherWriterHoldsTheFile_SaysSoAndReadersStillWork()
    {
        var db = Path.Combine(samples.Folder, "busy-" + Guid.NewGuid().ToString("N") + ".duckdb");
        Assert.Equal(0, Fw.Run("load", Path.Combine("samples", LoadedSamples.SampleFiles[2]), "--db", db).ExitCode);

        using (WarehouseWriter.Open(new WarehouseOptions { Path = db }))
        {
            var second = Fw.Run("load", "samples", "--db", db);
            Assert.Equal(1, second.ExitCode);
            Assert.Contains("being written by another process", second.Error, StringComparison.Ordinal);

            var read = Fw.Run("sql", "--db", db, "--format", "csv", "select count(*) from dim_report");
            Assert.Equal(0, read.ExitCode);
            Assert.Equal("1", read.Lines[1]);
            Assert.Contains("snapshot", read.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Load_WarehouseFromANewerFw_IsRefused()
    {
        var db = Path.Combine(samples.Folder, "newer-" + Guid.NewGuid().ToString("N") + ".duckdb");
        Assert.Equal(0, Fw.Run("load", Path.Combine("samples", LoadedSamples.SampleFiles[2]), "--db", db).ExitCode);
        using (var connection = new DuckDBConnection($"Data Source={db}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "insert into schema_version values (9999, 'from_a_newer_fw', '', current_timestamp)";
            command.ExecuteNonQuery();
        }

        var result = Fw.Run("load", "samples", "--db", db);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("newer fw", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_CorrectedVersionOfASample_IsReplacedAndTheOldKeptAsHistory()
    {
        var folder = Path.Combine(samples.Folder, "v2-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var original = Path.Combine(Fw.Root, "samples", "shanxi-gaoping-industry-service-center-2023-unit-final.txt");
        var corrected = Path.Combine(folder, "gaoping-corrected.txt");
        File.WriteAllText(corrected, File.ReadAllText(original) + "\n");
        var db = Path.Combine(folder, "w.duckdb");
        Assert.Equal(0, Fw.Run("load", original, "--db", db).ExitCode);

        var second = Fw.Run("load", corrected, "--db", db);

        Assert.EndsWith(": replaced", second.Lines.Single(), StringComparison.Ordinal);
        Assert.Equal("2/1", Fw.Scalar(db, "select count(*) || '/' || count(*) filter (where is_current) from dim_report"));
        Assert.Equal("2", Fw.Scalar(db, "select count(distinct report_version_id) from fact_expenditure"));
    }

    [Fact]
    public void Demo_PrintsTheSummaryWithExecutionRates()
    {
        var db = Path.Combine(samples.Folder, "demo.duckdb");

        var demo = Fw.Run("demo", "--db", db);

        Assert.Equal(0, demo.ExitCode);
        Assert.Contains("reports: 5", demo.Out, StringComparison.Ordinal);
        // fiscal-reports.md §4: 109.91% (seed 000, line 437), 139.38% (seed 001, line 629), 253.33% (seed 003, line 506).
        Assert.Contains("= 109.91%", demo.Out, StringComparison.Ordinal);
        Assert.Contains("= 139.38%", demo.Out, StringComparison.Ordinal);
        Assert.Contains("= 253.33%", demo.Out, StringComparison.Ordinal);
    }
}
