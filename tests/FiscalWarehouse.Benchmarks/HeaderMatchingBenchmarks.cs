using BenchmarkDotNet.Attributes;
using FiscalWarehouse.Etl.Recognition;
using FiscalWarehouse.Model.Reports;

namespace FiscalWarehouse.Benchmarks;

/// <summary>
/// Header and title matching: normalizing printed text into keys (TextKey) and scoring the catalog (TableCatalog.Match),
/// which recognition runs for every table segment of a report.
/// </summary>
[MemoryDiagnoser]
public class HeaderMatchingBenchmarks
{
    private static readonly string[] Titles =
    [
        "收入支出决算总表", "公开05表 一般公共预算财政拨款支出决算表", "2024年预算收支总表", "表十2024年财政拨款安排“三公”经费支出预算表",
        "一般公共预算财政拨款基本支出决算明细表", "2023年一般公共预算安排基本支出分经济科目表（不含上年结转）",
    ];

    private const string Header = "项目 本年支出合计 基本支出 项目支出 上缴 上级 支出 经营支出 对附属单位 补助 支出 科目代码 科目名称 栏次 合计";

    private readonly TableCatalog _catalog = TableCatalog.Default;

    [Benchmark]
    public int TitleKeys() => Titles.Sum(t => TextKey.Title(t).Length);

    [Benchmark]
    public int HeaderKey() => TextKey.Of(Header).Length;

    [Benchmark]
    public int CatalogMatch()
    {
        var content = TextKey.Of(Header);
        return Titles.Count(t => _catalog.Match(TextKey.Title(t), content, ReportPhase.Unknown) is not null);
    }
}
