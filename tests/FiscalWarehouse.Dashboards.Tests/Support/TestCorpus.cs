using System.Globalization;
using DuckDB.NET.Data;

namespace FiscalWarehouse.Dashboards.Tests.Support;

/// <summary>
/// Builds a small warehouse for the dashboards' tests: the real 高平 2023 决算 (seed 000) with its source lines and
/// known figures, plus generated units × 3 years × 预算/决算 in three provinces' counties, one of them named
/// <c>&lt;script&gt;alert(1)&lt;/script&gt;</c>. The schema is Fixtures/warehouse_schema.sql.
/// </summary>
internal static class TestCorpus
{
    public const string HostileName = "<script>alert(1)</script>";
    public const string GaopingFile = "shanxi-gaoping-industry-service-center-2023-unit-final.txt";
    public const string GaopingName = "高平市工业和信息化事务服务中心";
    public const long GaopingUnitId = 1;
    public const long GaopingReportId = 1;
    public const long HostileUnitId = 2;

    /// <summary>seed 000 line 152: 支出决算表 合计 218.23 万元 (本年支出合计).</summary>
    public const int GaopingTotalLine = 152;

    /// <summary>seed 000 line 437: 年初预算198.55万元，支出决算218.23万元，完成年初预算的109.91%.</summary>
    public const int GaopingRateLine = 437;

    public static readonly (string Code, string Name, string Level, string? Parent, string Full)[] Regions =
    [
        ("140000", "山西省", "province", null, "山西省"),
        ("140400", "长治市", "prefecture", "140000", "山西省长治市"),
        ("140423", "襄垣县", "county", "140400", "山西省长治市襄垣县"),
        ("140500", "晋城市", "prefecture", "140000", "山西省晋城市"),
        ("140525", "泽州县", "county", "140500", "山西省晋城市泽州县"),
        ("140581", "高平市", "county", "140500", "山西省晋城市高平市"),
        ("410000", "河南省", "province", null, "河南省"),
        ("410400", "平顶山市", "prefecture", "410000", "河南省平顶山市"),
        ("410421", "宝丰县", "county", "410400", "河南省平顶山市宝丰县"),
    ];

    private static readonly string[] Departments = ["教育局", "卫生健康局", "财政局", "农业农村局"];

    public static void Build(string path)
    {
        using var connection = new DuckDBConnection($"Data Source={path}");
        connection.Open();
        Exec(connection, File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "warehouse_schema.sql")));
        using var transaction = connection.BeginTransaction();
        var writer = new CorpusWriter(connection);
        foreach (var r in Regions)
        {
            writer.Insert("dim_region", r.Code, r.Name, r.Level, r.Parent, r.Code[..2] + "0000", r.Level == "county" ? r.Parent : r.Level == "prefecture" ? r.Code : null, r.Full);
        }

        AddGaoping(writer);
        AddGenerated(writer);
        AddLedger(writer);
        transaction.Commit();
    }

    private static void AddGaoping(CorpusWriter w)
    {
        w.Unit(GaopingUnitId, GaopingName, "140581");
        var lines = File.ReadAllLines(RepoPaths.Sample(GaopingFile));
        w.Report(GaopingReportId, GaopingUnitId, GaopingName, "140581", 2023, "单位", "决算", GaopingFile, lines);
        var table = w.Table(GaopingReportId, "final_expenditure", "支出决算表", 142, 160);
        w.Expenditure(GaopingReportId, table, "final_account", "total", 2182300.00m, "218.23", "合计", "本年支出合计", GaopingTotalLine);
        w.Expenditure(GaopingReportId, table, "final_account", "basic", 1842500.00m, "184.25", "合计", "基本支出", GaopingTotalLine);
        w.Expenditure(GaopingReportId, table, "final_account", "project", 339800.00m, "33.98", "合计", "项目支出", GaopingTotalLine);
        w.Narrative(GaopingReportId, "final_account", 2182300.00m, "218.23", lines[GaopingRateLine - 1], GaopingRateLine);
        w.Rate(GaopingUnitId, GaopingName, "140581", 2023, "单位", 1985500.00m, null, 2182300.00m, 109.911861m, 109.91m, "B", null, GaopingReportId, GaopingRateLine);
        w.ThreePublic(GaopingUnitId, GaopingName, "140581", 2023, "单位", 0m, 0m);
        w.Finding(GaopingReportId, "error", "SUM_ROWS", "类合计与款之和不符", GaopingFile, 120);
        // domain guide §4 Structure: seed 000 基本 / 项目 = 84.43% / 15.57% (lines 409–410).
        w.Insert("mart_expenditure_structure", GaopingUnitId, GaopingName, "140581", 2023, "单位", 1842500.00m, 339800.00m, 84.429180m, 15.570820m);
        w.Insert("mart_project_execution", GaopingUnitId, GaopingName, "140581", 2023, "（测试数据）项目", 100000.00m, 95530.00m, 95.530000m, 9.55m, GaopingReportId, 540);
    }

    /// <summary>Deterministic figures: each unit's budget grows by year; execution rates spread over the PEFA bands.</summary>
    private static void AddGenerated(CorpusWriter w)
    {
        var counties = Regions.Where(r => r.Level == "county").ToArray();
        long unitId = 10;
        long reportId = 100;
        foreach (var county in counties)
        {
            var names = Departments.Select(d => county.Name + d).ToList();
            if (county.Code == "140525")
            {
                names.Insert(0, HostileName);
            }

            foreach (var name in names)
            {
                var id = name == HostileName ? HostileUnitId : unitId++;
                w.Unit(id, name, county.Code);
                for (var year = 2022; year <= 2024; year++)
                {
                    var budget = 1_000_000.00m + (id * 37_000m) + ((year - 2022) * 50_000m);
                    var rate = 80m + (((id * 7) + year) % 9 * 5m);
                    var final = Math.Round(budget * rate / 100m, 2);
                    foreach (var phase in new[] { "预算", "决算" })
                    {
                        var rid = reportId++;
                        var file = $"{county.Code}-{id.ToString(CultureInfo.InvariantCulture)}-{year.ToString(CultureInfo.InvariantCulture)}-{phase}.txt";
                        var lines = SyntheticLines(name, year, phase, budget, final);
                        w.Report(rid, id, name, county.Code, year, "部门", phase, file, lines);
                        var table = w.Table(rid, phase == "决算" ? "final_expenditure" : "budget_expenditure", phase == "决算" ? "支出决算表" : "支出预算总表", 5, 9);
                        w.Expenditure(rid, table, phase == "决算" ? "final_account" : "initial_budget", "total", phase == "决算" ? final : budget,
                            Wan(phase == "决算" ? final : budget), "合计", "本年支出合计", 8);
                        var tp = w.Table(rid, "three_public", "“三公”经费支出表", 10, 13);
                        w.ThreePublicFact(rid, tp, phase == "决算" ? "final_account" : "initial_budget", 30_000m + (id * 100m), 12);
                        if (phase == "决算")
                        {
                            w.Rate(id, name, county.Code, year, "部门", budget, null, final, Math.Round(final * 100m / budget, 6), null,
                                Band(final * 100m / budget), null, rid, null);
                            w.ThreePublic(id, name, county.Code, year, "部门", 40_000m + (id * 100m), 30_000m + (id * 100m));
                            if (Band(final * 100m / budget) == "D")
                            {
                                w.Insert("mart_anomalies", id, name, county.Code, year, "部门", "pefa_band_d", "执行率偏离年初预算超过 15%", Math.Round(final * 100m / budget, 6));
                            }
                        }

                        if ((id + year) % 4 == 0)
                        {
                            w.Finding(rid, "warning", "TOTAL_MISMATCH", $"{name} 合计与明细之和相差 0.01 万元", file, 8);
                        }
                    }
                }
            }
        }
    }

    private static string[] SyntheticLines(string unit, int year, string phase, decimal budget, decimal final) =>
    [
        unit,
        $"{year.ToString(CultureInfo.InvariantCulture)}年度部门{phase}公开",
        "",
        "第一部分 部门概况",
        phase == "决算" ? "支出决算表" : "支出预算总表",
        "金额单位：万元",
        "项目\t本年支出合计\t基本支出\t项目支出",
        $"合计\t{Wan(phase == "决算" ? final : budget)}\t\t",
        "注：本表反映部门本年度的总支出情况。",
        "“三公”经费支出表",
        "项目\t合计\t因公出国（境）费\t公务接待费",
        "合计\t3.00\t0.00\t3.00",
        "",
        $"{unit}年初预算{Wan(budget)}万元，支出决算{Wan(final)}万元。",
    ];

    private static string Band(decimal rate) => Math.Abs(rate - 100m) switch
    {
        <= 5m => "A",
        <= 10m => "B",
        <= 15m => "C",
        _ => "D",
    };

    private static string Wan(decimal yuan) => (yuan / 10000m).ToString("0.00", CultureInfo.InvariantCulture);

    private static void AddLedger(CorpusWriter w)
    {
        var at = new DateTime(2026, 11, 28, 2, 0, 0, DateTimeKind.Utc);
        w.Insert("etl_run", "r20261128T020000Z-0001", "schedule", "test-host", at, at.AddMinutes(3), 3, 0, 1, 0, 0, 1, 1);
        w.Insert("etl_file", "f1", "r20261128T020000Z-0001", GaopingFile, "hash-1", 38_000L, "loaded", GaopingReportId, 5, 1, 40L, 30L, null, null, null, 1, null, "test-host", at.AddMinutes(1));
        w.Insert("etl_file", "f2", "r20261128T020000Z-0001", "garbage.txt", "hash-2", 120L, "rejected", null, null, null, 2L, null, "DOC_UNREADABLE", 1, "not a budget or final-account report", 1, "quarantine/garbage.txt", "test-host", at.AddMinutes(2));
        w.Insert("etl_file", "f3", "r20261128T020000Z-0001", "locked.txt", "hash-3", 900L, "failed", null, null, null, null, null, null, null, "IO error after 3 attempts", 3, "quarantine/locked.txt", "test-host", at.AddMinutes(3));
    }

    internal static void Exec(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
#pragma warning disable CA2100 // fixture SQL from the test's own files
        command.CommandText = sql;
#pragma warning restore CA2100
        command.ExecuteNonQuery();
    }
}
