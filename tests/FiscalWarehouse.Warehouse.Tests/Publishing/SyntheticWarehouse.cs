using DuckDB.NET.Data;
using FiscalWarehouse.Warehouse.Storage;

namespace FiscalWarehouse.Warehouse.Tests.Publishing;

/// <summary>
/// A small warehouse with the shapes publishing must carry (report-keyed facts, a dimension, dim_report, a list
/// column, a mart view, Chinese text, exact decimals), independent of the rest of the schema's evolution.
/// </summary>
internal sealed class SyntheticWarehouse : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("fw-publish-").FullName;

    public SyntheticWarehouse()
    {
        Path = System.IO.Path.Combine(_directory, "warehouse.duckdb");
        Connection = new DuckDBConnection($"Data Source={Path}");
        Connection.Open();
        Commands.Execute(Connection, """
            create table dim_report (report_version_id bigint primary key, unit_name varchar not null, is_current boolean not null, loaded_at timestamp not null);
            create table dim_region (region_code varchar primary key, name varchar not null, level varchar not null);
            create table fact_expenditure (report_version_id bigint not null, function_code varchar, row_label varchar, amount_yuan decimal(18,2), printed_units varchar[]);
            create table staging_scratch (report_version_id bigint);
            create view mart_totals as select r.unit_name, sum(f.amount_yuan) as total_yuan from fact_expenditure f join dim_report r using (report_version_id) where r.is_current group by r.unit_name;
            insert into dim_region values ('140581', '高平市', 'county'), ('410400', '平顶山市', 'prefecture');
            """);
        Commands.Execute(Connection, SqlScripts.Read("migrations/0030_publish_ledger.sql"));
        AddReport(1, "高平市工业和信息化事务服务中心", [("2150550", "事业运行", 2_182_300.00m), ("201", "一般公共服务支出", 1_951_700.00m), ("21011", "行政事业单位医疗", null)]);
        AddReport(2, "平顶山市工业和信息化局", [("215", "资源勘探工业信息等支出", 15_676_200.00m), ("2080505", "机关事业单位基本养老保险缴费支出", 0.01m)]);
    }

    public string Path { get; }

    public DuckDBConnection Connection { get; }

    public void AddReport(long version, string unit, IReadOnlyList<(string Code, string Label, decimal? Amount)> facts)
    {
        Commands.Execute(Connection, "update dim_report set is_current = false where unit_name = $unit", ("unit", unit));
        Commands.Execute(Connection, "insert into dim_report values ($v, $unit, true, timestamp '2026-11-28 10:00:00')", ("v", version), ("unit", unit));
        foreach (var (code, label, amount) in facts)
        {
            Commands.Execute(Connection, "insert into fact_expenditure values ($v, $code, $label, $amount, ['万元', '元'])",
                ("v", version), ("code", code), ("label", label), ("amount", amount));
        }
    }

    public long Count(string table) => Commands.Scalar<long>(Connection, $"select count(*) from {table}");

    public decimal Sum(string table) => Commands.Scalar<decimal?>(Connection, $"select sum(amount_yuan) from {table}") ?? 0m;

    public void Dispose()
    {
        Connection.Dispose();
        Directory.Delete(_directory, recursive: true);
    }
}
