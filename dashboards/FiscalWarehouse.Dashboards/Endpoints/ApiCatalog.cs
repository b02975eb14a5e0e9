namespace FiscalWarehouse.Dashboards.Endpoints;

/// <summary>Every read API of the dashboards (documented in docs/api.md; a test checks the two agree).</summary>
internal static class ApiCatalog
{
    private static readonly ApiParameter Year = ApiParameter.Year;
    private static readonly ApiParameter Region = ApiParameter.Region;
    private static readonly ApiParameter Kind = ApiParameter.Kind;
    private static readonly ApiParameter Unit = ApiParameter.Unit;

    public static IReadOnlyList<ApiEndpoint> All { get; } =
    [
        // 总览
        new("/api/overview/totals", "overview_totals", "按年度与阶段汇总", [Year, Region, Kind]),
        new("/api/overview/coverage", "overview_coverage", "报送覆盖（报送单位 / 应报单位）", [Region, Kind]),
        new("/api/overview/rate-bands", "overview_rate_bands", "执行率分布（PEFA 档）", [Year, Region, Kind]),
        new("/api/overview/anomalies", "overview_anomalies", "主要异常", [Year, Region]),
        new("/api/overview/anomaly-counts", "overview_anomaly_counts", "各类异常数", [Year, Region, Kind]),
        new("/api/overview/last-load", "overview_last_load", "最近加载", []),
        new("/api/regions", "regions", "有数据的行政区划（省→市→县）", []),

        // 异常
        new("/api/anomalies", "anomalies", "全部异常", [Year, Region, Kind, ApiParameter.Flag, ApiParameter.Level]),

        // 预算执行率
        new("/api/execution-rate", "execution_rate", "预算执行率明细", [Year, Region, Kind, ApiParameter.Scope, Unit, ApiParameter.Band, ApiParameter.Direction]),
        new("/api/execution-rate/by-region", "execution_rate_by_region", "各地区执行率分布", [Year, Region, Kind, ApiParameter.Scope]),
        new("/api/execution-rate/scopes", "execution_rate_scopes", "执行率口径", []),
        new("/api/execution-rate/ranking", "execution_rate_ranking", "执行率排名（最高端或最低端）",
            [Year, Region, Kind, ApiParameter.Scope, ApiParameter.Band, ApiParameter.Direction, ApiParameter.End, ApiParameter.Count]),

        // 三公经费
        new("/api/three-public", "three_public", "三公经费明细", [Year, Region, Kind, Unit]),
        new("/api/three-public/trend", "three_public_trend", "三公经费逐年趋势", [Region, Kind, Unit]),
        new("/api/three-public/by-region", "three_public_by_region", "各地区三公经费", [Year, Region, Kind]),
        new("/api/three-public/by-region-year", "three_public_by_region_year", "各县三公经费逐年", [Region, Kind]),

        // 单位
        new("/api/units", "units", "单位列表", [ApiParameter.Search, Region, Kind]),
        new("/api/unit/reports", "unit_reports", "单位的报告", [Unit], [Unit]),
        new("/api/unit/headline", "unit_headline", "单位主要数字（附来源）", [Unit], [Unit]),
        new("/api/unit/execution-rate", "unit_execution_rate", "单位执行率", [Unit], [Unit]),
        new("/api/unit/three-public", "unit_three_public", "单位三公经费", [Unit], [Unit]),
        new("/api/unit/structure", "unit_structure", "单位支出结构", [Unit], [Unit]),
        new("/api/unit/projects", "unit_projects", "单位项目执行", [Unit], [Unit]),
        new("/api/unit/findings", "unit_findings", "单位数据质量问题", [Unit], [Unit]),
        new("/api/unit/facts", "unit_facts", "单位报表数字（附来源）", [Unit, Year, ApiParameter.Family], [Unit]),

        // 来源
        new("/api/provenance/report", "provenance_report", "报告信息", [ApiParameter.Report], [ApiParameter.Report]),
        new("/api/provenance/lines", "provenance_lines", "源文件行（前后 8 行）", [ApiParameter.Report, ApiParameter.Line], [ApiParameter.Report, ApiParameter.Line]),
        new("/api/provenance/facts", "provenance_facts", "该行的数字", [ApiParameter.Report, ApiParameter.Line], [ApiParameter.Report, ApiParameter.Line]),

        // 数据质量与加载
        new("/api/quality/by-rule", "quality_by_rule", "按规则与严重程度统计", [Year, Region, ApiParameter.Severity]),
        new("/api/quality/findings", "quality_findings", "数据质量问题明细", [Year, Region, ApiParameter.Severity, ApiParameter.Rule]),
        new("/api/quality/quarantine", "quality_quarantine", "隔离的文件", []),
        new("/api/quality/runs", "quality_runs", "加载批次", []),
        new("/api/quality/files", "quality_files", "最近加载的文件", []),
        new("/api/quality/held", "quality_held", "被保留的新版本（待接受）", [Year, Region]),
    ];
}
