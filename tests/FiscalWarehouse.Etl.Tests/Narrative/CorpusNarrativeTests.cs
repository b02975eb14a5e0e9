using FiscalWarehouse.Etl.Tests.Identity;
using FiscalWarehouse.Model.Reports;
using M = FiscalWarehouse.Model.Tables.Meanings.Measure;

namespace FiscalWarehouse.Etl.Tests.Narrative;

/// <summary>
/// The 苏州市审计局 2026 部门预算 (../shared/corpus-pdf/, skipped when absent): its explanation lists each 类 as a
/// heading `（一）一般公共服务支出（类）` and the items under it as `2.审计事务（款）一般行政管理事务（项）支出 339.5 万元`,
/// with page numbers and the running header `苏州市审计局 2026 年度部门预算公开` between pages. Values read off pages 23–27.
/// </summary>
public sealed class CorpusNarrativeTests
{
    private const string Suzhou = "jiangsu-suzhou-audit-2026-department-budget.pdf";

    private static IReadOnlyList<NarrativeFigure> BySubject =>
        CorpusFiles.Parse(Suzhou).Report.Narrative
            .Where(f => f.Topic == NarrativeTopics.GeneralBudgetExpenditureBySubject && f.Measure == M.InitialBudget).ToList();

    [Theory]
    [InlineData("201", 2906.63, 23, "一般公共服务支出")]
    [InlineData("2010801", 2342, 26, "一般公共服务支出 / 审计事务 / 行政运行")]
    [InlineData("2010802", 339.5, 26, "一般公共服务支出 / 审计事务 / 一般行政管理事务")]
    [InlineData("2010850", 225.13, 27, "一般公共服务支出 / 审计事务 / 事业运行")]
    [InlineData("2080506", 143.37, 27, "社会保障和就业支出 / 行政事业单位养老支出 / 机关事业单位职业年金缴费支出")]
    [InlineData("2210202", 555.5, 27, "住房保障支出 / 住房改革支出 / 提租补贴")]
    [InlineData("2210203", 401.97, 27, "住房保障支出 / 住房改革支出 / 购房补贴")]
    public void ItemsListedUnderAClassHeading_AttachToTheirFunctionCode(string code, double amount, int page, string subject)
    {
        var figure = BySubject.Single(f => f.SubjectCode == code);

        Assert.Equal((decimal)amount, figure.Value);
        Assert.Equal(page, figure.Source.Page);
        Assert.Equal(subject, figure.Subject);
    }

    [Fact]
    public void SentencesAcrossPages_CarryNoPageNumberOrRunningHeader()
    {
        var narrative = CorpusFiles.Parse(Suzhou).Report.Narrative;

        // p22→p23: "（1）一般公共服务支出（类）支出 2,906.63 万元，主要用于" / "- 22 -" / header / "审计事务…"
        var general = narrative.First(f => f.SubjectCode == "201");
        Assert.StartsWith("（1）一般公共服务支出（类）支出 2,906.63 万元，主要用于审计事务", general.Sentence, StringComparison.Ordinal);
        Assert.DoesNotContain(narrative, f => f.Sentence.Contains("年度部门预算公开", StringComparison.Ordinal) && f.Sentence.Contains(" -", StringComparison.Ordinal));
    }
}
