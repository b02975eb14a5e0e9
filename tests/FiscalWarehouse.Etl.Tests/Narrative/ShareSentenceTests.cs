using FiscalWarehouse.Etl.Narrative;
using FiscalWarehouse.Model.Reports;
using FiscalWarehouse.Model.Tables;
using M = FiscalWarehouse.Model.Tables.Meanings.Measure;
using T = FiscalWarehouse.Model.Reports.NarrativeTopics;

namespace FiscalWarehouse.Etl.Tests.Narrative;

/// <summary>
/// "One-line share" sentences: several parts in one sentence, each with its amount and its 占 Y% (issue 5, narrative).
/// Each part's share is attached to that part, not to the total or to its neighbour. Cites seed and line.
/// </summary>
public sealed class ShareSentenceTests
{
    private static List<NarrativeFigure> At(int seed, int line)
    {
        var document = SampleText.Seed(seed);
        return [.. new NarrativeExtractor().Extract(document, SampleText.TableLines(document)).Where(f => f.Source.Line == line)];
    }

    private static NarrativeFigure Single(List<NarrativeFigure> figures, string topic, string measure) =>
        Assert.Single(figures, f => f.Topic == topic && f.Measure == measure && f.Subject is null);

    [Theory]
    // seed 003, line 488: 2023年度支出合计2,175.87万元，其中：基本支出1,806.70万元，占83.03%；项目支出369.17万元，占16.97%。
    [InlineData(3, 488, M.FinalAccount, "1806.70", "83.03", "369.17", "16.97")]
    // seed 002, line 400: 2023年度支出预算667.98万元，其中：基本支出547.65万元，占81.99%；项目支出120.33万元，占18.01%。
    [InlineData(2, 400, M.InitialBudget, "547.65", "81.99", "120.33", "18.01")]
    // seed 004, line 488: …支出预算8909.83万元，其中：基本支出1142.26万元，占12.82%；项目支出7767.57万元，占87.18%。
    [InlineData(4, 488, M.InitialBudget, "1142.26", "12.82", "7767.57", "87.18")]
    public void BasicAndProjectShares_OnOneLine_GoToTheirOwnPart(int seed, int line, string measure, string basic, string basicShare, string project, string projectShare)
    {
        var figures = At(seed, line);
        Assert.Equal(Dec(basic), Single(figures, T.BasicExpenditure, measure).Value);
        var share = Single(figures, T.BasicExpenditure, M.Share);
        Assert.Equal(Dec(basicShare), share.Value);
        Assert.Equal(AmountUnit.Percent, share.Unit);
        Assert.Equal(Dec(project), Single(figures, T.ProjectExpenditure, measure).Value);
        Assert.Equal(Dec(projectShare), Single(figures, T.ProjectExpenditure, M.Share).Value);
        // The shares of the parts add up to 100% (rounded): nothing else in the sentence was taken for a share.
        Assert.Equal(100.00m, figures.Where(f => f.Measure == M.Share).Sum(f => f.Value));
    }

    [Fact]
    public void ThreePublicShares_BesideExecutionRates_StayWithTheirPart()
    {
        // seed 003, line 566: 因公出国（境）费…0万元，占0%；公务用车购置及运行维护费…28.94万元，完成预算的100.00%，占97.80%；
        // 公务接待费…0.66万元，完成预算的100.00%，占2.23%。
        var figures = At(3, 566);
        Assert.Equal(0m, Single(figures, T.OverseasTravel, M.Share).Value);
        Assert.Equal(28.94m, Single(figures, T.VehicleTotal, M.FinalAccount).Value);
        Assert.Equal(100.00m, Single(figures, T.VehicleTotal, M.ExecutionRate).Value);
        Assert.Equal(97.80m, Single(figures, T.VehicleTotal, M.Share).Value);
        Assert.Equal(0.66m, Single(figures, T.Reception, M.FinalAccount).Value);
        Assert.Equal(2.23m, Single(figures, T.Reception, M.Share).Value);
    }

    [Fact]
    public void FunctionalClassShares_InOneLongSentence_KeepTheirSubject()
    {
        // seed 003, line 502: …资源勘探工业信息等（类）支出1,567.62万元，占72.05% (fiscal-reports.md §4: 1,567.62 / 2,175.87).
        var figures = At(3, 502).Where(f => f.Subject == "资源勘探工业信息等支出").ToList();
        Assert.Equal(1567.62m, Assert.Single(figures, f => f.Measure == M.FinalAccount).Value);
        Assert.Equal(72.05m, Assert.Single(figures, f => f.Measure == M.Share).Value);
    }

    [Fact]
    public void PersonnelAndOperatingShares_OnOneLine_AreRead()
    {
        // Seed 003, line 548 with the shares a template prints in the same sentence: 人员经费…占…%；公用经费…占…%
        // (1,497.21 / 1,806.70 = 82.87%, 309.49 / 1,806.70 = 17.13%).
        var document = SampleText.FromText("variant.txt",
            "三、一般公共预算财政拨款基本支出决算情况说明\n2023年度一般公共预算财政拨款基本支出1,806.70万元，其中：人员经费1,497.21万元，占82.87%；公用经费309.49万元，占17.13%。");
        var figures = new NarrativeExtractor().Extract(document, new HashSet<int>()).Where(f => f.Source.Line == 2).ToList();
        Assert.Equal(1497.21m, Assert.Single(figures, f => f.Topic == T.PersonnelCost && f.Measure != M.Share).Value);
        Assert.Equal(82.87m, Single(figures, T.PersonnelCost, M.Share).Value);
        Assert.Equal(309.49m, Assert.Single(figures, f => f.Topic == T.OperatingCost && f.Measure != M.Share).Value);
        Assert.Equal(17.13m, Single(figures, T.OperatingCost, M.Share).Value);
    }

    [Fact]
    public void MultiLineShares_ReadLikeTheOneLineForm()
    {
        // seed 000, lines 409–410: the same statement split one part per line (基本支出184.25万元，占比84.43%；).
        Assert.Equal(84.43m, Single(At(0, 409), T.BasicExpenditure, M.Share).Value);
        Assert.Equal(15.57m, Single(At(0, 410), T.ProjectExpenditure, M.Share).Value);
    }

    private static decimal Dec(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
