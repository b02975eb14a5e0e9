using FiscalWarehouse.Model.Reports;

namespace FiscalWarehouse.Etl.Tests.Identity;

/// <summary>
/// The nine real budgets of ../shared/corpus-pdf/ each get the unit, year, kind and phase their cover prints (read off
/// page 1 by hand). The Shanghai 市级 template prints `上海市2026年市级单位预算` and names the unit only on the
/// `预算单位：` line below it; 长春 prints the unit on the line above `2026年度部门预算公开`.
/// </summary>
public sealed class CorpusIdentityTests
{
    public static TheoryData<string, string, ReportKind> Budgets => new()
    {
        { "guangdong-guangzhou-petitions-2026-department-budget.pdf", "广州市信访局", ReportKind.Department },
        { "guangdong-guangzhou-statistics-2026-department-budget.pdf", "广州市统计局", ReportKind.Department },
        { "jiangsu-suzhou-audit-2026-department-budget.pdf", "苏州市审计局", ReportKind.Department },
        { "jiangsu-suzhou-ecology-2026-unit-budget.pdf", "苏州市生态环境局", ReportKind.Unit },
        { "jilin-changchun-petitions-2026-department-budget.pdf", "长春市信访局(本级)", ReportKind.Department },
        { "shandong-yantai-audit-2026-department-budget.pdf", "烟台市审计局", ReportKind.Department },
        { "shandong-yantai-civil-affairs-2026-department-budget.pdf", "烟台市民政局", ReportKind.Department },
        { "shanghai-audit-2026-department-budget.pdf", "上海市审计局", ReportKind.Unit },
        { "shanghai-finance-2026-department-budget.pdf", "上海市财务会计综合管理事务中心(上海市财政科学研究所)", ReportKind.Unit },
    };

    [Theory]
    [MemberData(nameof(Budgets))]
    public void Budget_GetsItsCoverIdentity(string file, string unit, ReportKind kind)
    {
        var report = CorpusFiles.Parse(file).Report;

        Assert.Equal((unit, 2026, kind, ReportPhase.Budget), (report.UnitName.Replace('（', '(').Replace('）', ')'), report.Year, report.Kind, report.Phase));
        Assert.NotNull(report.UnitSource);
        Assert.True(report.UnitSource.Page <= 2, $"{file}: unit read on page {report.UnitSource.Page}, expected the cover");
    }
}
