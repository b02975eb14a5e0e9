using DuckDB.NET.Data;
using FiscalWarehouse.Warehouse.Schema;
using FiscalWarehouse.Warehouse.Tests.Support;

namespace FiscalWarehouse.Warehouse.Tests.Schema;

/// <summary>
/// Migration 0060 moves the six fact_* tables into fact_cell: a warehouse written before it must keep every fact, its
/// fact_id and its lineage, read through the views of the old names exactly as the tables read. (The same was checked
/// on 200 real and generated reports loaded by the previous fw: docs/benchmarks.md, branch loadfacts.)
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

        // 0062 then types fact_cell's vocabularies; the made-up fund 'fund_budget' below survives it (an old value is kept).
        Assert.Equal([60, 62], Migrator.Migrate(connection).Where(v => v >= 60));

        Assert.Equal("BASE TABLE", MigratorTests.Query<string>(connection, "select table_type from information_schema.tables where table_name = 'fact_cell'"));
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
