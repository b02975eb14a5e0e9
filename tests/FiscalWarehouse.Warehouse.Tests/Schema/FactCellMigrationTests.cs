using DuckDB.NET.Data;
using FiscalWarehouse.Warehouse.Schema;
using FiscalWarehouse.Warehouse.Tests.Support;

namespace FiscalWarehouse.Warehouse.Tests.Schema;

/// <summary>
/// Migration 0060 moves the six fact_* tables into fact_cell, and 0061 splits fact_cell into cell_value with per-version
/// row and column dictionaries behind a view of the same name: a warehouse written before either must keep every fact,
/// its fact_id and its lineage, read through the old names exactly as the tables read. (The same was checked on 200
/// real and generated reports loaded by the previous fw: docs/benchmarks.md, branch loadfacts and round 9.)
/// </summary>
public sealed class FactCellMigrationTests
{
    private const string Common = "'number', false, $text, '万元', $code, $label, 'detail', '3', '2023年决算数 / 合计', $file, $line, $page";

    /// <summary>One row per family, its own columns filled with values only that family has, as the old loader wrote them.</summary>
    private static readonly (string Family, string Catalog, string? Subject, string Own)[] Families =
    [
        ("fact_income", "final_01_income", null, "'2010301', '项', null, 'general_budget', 'final_account', 'income'"),
        ("fact_income", "final_01_income", null, "null, null, '10301', 'fund_budget', 'final_account', null"),
        ("fact_expenditure", "final_03_expenditure", null, "'2010302', '项', 'basic', 'general_budget', 'final_account'"),
        ("fact_basic_expenditure_economic", "final_06_basic_economic", null, "'30101', '部门经济分类', '款', true, 'personnel', 'general_budget', 'final_account'"),
        ("fact_three_public", "final_09_three_public", null, "'official_reception', 'general_budget', 'final_account'"),
        ("fact_performance", "perf_project_self", "“以电代煤”设备补贴", "'“以电代煤”设备补贴', $label, 'execution_rate', null"),
        ("fact_table_cell", "final_02_income_expenditure", null, "'201', 'final_account', null, 'total', null, 'expenditure'"),
    ];

    [Fact]
    public void Migrate_WarehouseWithTheSixTables_KeepsEveryFactIdAndLineageThroughTheOldNames()
    {
        using var temp = new TempDirectory();
        using var connection = new DuckDBConnection($"Data Source={temp.File("w.duckdb")}");
        connection.Open();
        Migrator.Migrate(connection, 57);
        const long rv = 7;
        var before = new Dictionary<string, List<object?[]>>(StringComparer.Ordinal);
        for (var i = 0; i < Families.Length; i++)
        {
            var (family, catalog, subject, own) = Families[i];
            var ordinal = i + 1;
            var file = $"单位{ordinal}.pdf";
            Execute(connection, $"insert into report_table values ({rv * 100_000 + ordinal}, {rv}, {ordinal}, '{catalog}', '{family}', '表{ordinal}', null, '万元', false, $subject, $file, 10, 2, 40, 3, 5, 1)",
                ("subject", subject), ("file", file));
            Execute(connection, $"insert into {family} values ({rv * 10_000_000 + 100 + ordinal}, {rv}, {rv * 100_000 + ordinal}, '{catalog}', {own}, 218.23 * 10000, 218.23, {Common})",
                ("text", "218.23"), ("code", "2010302"), ("label", $"行{ordinal}"), ("file", file), ("line", 12 + ordinal), ("page", 2));
        }

        foreach (var family in Families.Select(f => f.Family).Distinct())
        {
            before[family] = Db.Rows(connection, $"select * from {family} order by fact_id");
        }

        Assert.Equal([60, 61], Migrator.Migrate(connection).Where(v => v >= 60));

        Assert.Equal("VIEW", MigratorTests.Query<string>(connection, "select table_type from information_schema.tables where table_name = 'fact_cell'"));
        foreach (var (family, rows) in before)
        {
            Assert.Equal("VIEW", MigratorTests.Query<string>(connection, $"select table_type from information_schema.tables where table_name = '{family}'"));
            var after = Db.Rows(connection, $"select * from {family} order by fact_id");
            Assert.Equal(rows.Count, after.Count);
            for (var r = 0; r < rows.Count; r++)
            {
                Assert.Equal(rows[r], after[r]);
            }
        }

        Assert.Equal(Families.Length, MigratorTests.Query<long>(connection, "select count(*) from v_fact_cell where source_file like '单位%.pdf' and amount_yuan = 2182300.00"));
        Assert.Equal(2_182_300.00m * Families.Length, MigratorTests.Query<decimal>(connection, "select sum(amount_yuan) from fact_cell"));
        Assert.Equal("“以电代煤”设备补贴", MigratorTests.Query<string>(connection, "select project from fact_performance"));
        Assert.Equal("10301", MigratorTests.Query<string>(connection, "select revenue_code from fact_income where revenue_code is not null"));
    }

    [Fact]
    public void Migrate_FactCellTable_ReadsBackIdenticallyWithEachDescriptionStoredOncePerVersion()
    {
        using var temp = new TempDirectory();
        using var connection = new DuckDBConnection($"Data Source={temp.File("w.duckdb")}");
        connection.Open();
        Migrator.Migrate(connection, 60);
        // Two versions of one report and a second report: rows and classes repeat within a version (a row across its
        // columns, a column down its rows), descriptions are null in most columns, and the same description in two
        // versions must become one entry in each.
        var cells = new List<string>();
        foreach (var rv in new long[] { 3, 4, 9 })
        {
            var ordinal = 0;
            foreach (var (code, label, kind) in new[] { ("2010301", "行政运行", "detail"), ((string?)null, "合计", "total"), ("2010302", "一般行政管理事务", "detail") })
            {
                foreach (var (family, measure, fund, path, unit) in new[]
                         {
                             ("fact_expenditure", "final_account", "general_budget", "合计", "万元"),
                             ("fact_expenditure", "final_account", (string?)null, (string?)null, "万元"),
                             ("fact_table_cell", "initial_budget", "general_budget", "年初预算数 / 合计", "%"),
                         })
                {
                    ordinal++;
                    var amount = rv * 1000 + ordinal;
                    var codeSql = code is null ? "null" : $"'{code}'";
                    var fundSql = fund is null ? "null" : $"'{fund}'";
                    var pathSql = path is null ? "null" : $"'{path}'";
                    var amountSql = unit == "%" ? "null" : $"{amount}.25";
                    var level = code is null ? "null" : "'项'";
                    cells.Add($"({rv * 10_000_000 + ordinal}, {rv}, {rv * 100_000 + 1}, '{family}', {codeSql}, 'function', {level}, false, null, " +
                        $"'basic', null, null, {fundSql}, '{measure}', {amountSql}, {amount}.0025, 'number', {(unit == "%" ? "true" : "false")}, '{amount}', '{unit}', " +
                        $"{codeSql}, '{label}', '{kind}', null, {pathSql}, {10 + ordinal}, {(rv == 9 ? "2" : "null")})");
                }
            }
        }

        Execute(connection, "insert into fact_cell values " + string.Join(",\n", cells));
        var before = Db.Rows(connection, "select * from fact_cell order by fact_id");

        Assert.Equal([61], Migrator.Migrate(connection).Where(v => v >= 60));

        var after = Db.Rows(connection, "select * from fact_cell order by fact_id");
        Assert.Equal(27, before[0].Length);
        Assert.Equal(before.Count, after.Count);
        for (var r = 0; r < before.Count; r++)
        {
            Assert.Equal(before[r], after[r]);
        }

        Assert.Equal(27, MigratorTests.Query<long>(connection, "select count(*) from cell_value"));
        Assert.Equal(3 * 3, MigratorTests.Query<long>(connection, "select count(*) from cell_row"));
        Assert.Equal(3 * 3, MigratorTests.Query<long>(connection, "select count(*) from cell_class"));
        Assert.Equal("1,2,3", MigratorTests.Query<string>(connection, "select string_agg(row_no::varchar, ',' order by row_no) from cell_row where report_version_id = 4"));
        Assert.Equal("一般行政管理事务", MigratorTests.Query<string>(connection, "select row_label from cell_row where report_version_id = 9 and row_no = 3"));
        Assert.Equal(4009.0025m, MigratorTests.Query<decimal>(connection, "select value from fact_cell where fact_id = 40000009"));
    }

    private static void Execute(DuckDBConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.Add(new DuckDBParameter(name, value));
        }

        command.ExecuteNonQuery();
    }
}
