using FiscalWarehouse.Etl.Narrative;
using FiscalWarehouse.Model.Tables;
using M = FiscalWarehouse.Model.Tables.Meanings.Measure;
using T = FiscalWarehouse.Model.Reports.NarrativeTopics;

namespace FiscalWarehouse.Etl.Tests.Narrative;

/// <summary>Variations of sample sentences: markup, full-width digits, separators, wrapped lines.</summary>
public sealed class NarrativeMarkupTests
{
    [Fact]
    public void Extract_HtmlAndMarkdownMarkup_IsStripped()
    {
        // seed 003, lines 562 and 572 wrapped in <p> and ** as other conversions print them.
        var figures = Extract("2023年度决算\n\n<p>2023年度<b>“三公”经费</b>财政拨款支出预算为29.59万元，支出决算为29.59万元。</p>\n\n**公务用车购置支出** 17.98万元，购置车辆1台。");
        Assert.Equal(29.59m, figures.Single(f => f.Topic == T.ThreePublic && f.Measure == M.AdjustedBudget).Value);
        Assert.Equal(17.98m, figures.Single(f => f.Topic == T.VehiclePurchase && f.Measure == M.FinalAccount).Value);
        Assert.Equal(1m, figures.Single(f => f.Topic == T.VehiclePurchase && f.Measure == M.Count).Value);
    }

    [Fact]
    public void Extract_FullWidthDigitsAndSeparators_ParseExactly()
    {
        var figures = Extract("2023年度部门决算\n\n2023年度收入总计２，１７５．８７万元，支出总计5,924.67万元。");
        Assert.Equal(2175.87m, figures.Single(f => f.Topic == T.TotalIncome).Value);
        Assert.Equal(5924.67m, figures.Single(f => f.Topic == T.TotalExpenditure).Value);
        Assert.Equal(2, figures.Count);
    }

    [Fact]
    public void Extract_FullWidthDigits_AreNumbers()
    {
        var figures = Extract("2023年度部门决算\n\n2023年度机关运行经费为２８１．１７万元，下降５．８５％。");
        Assert.Equal(281.17m, figures.Single(f => f.Measure == M.FinalAccount).Value);
        Assert.Equal(-5.85m, figures.Single(f => f.Measure == M.ChangeRate).Value);
    }

    [Fact]
    public void Extract_SentenceWrappedAcrossLines_IsOneSentence()
    {
        // seed 000, lines 499–501: the count 0 ends one line, 个项目自评等级为“良” starts the next.
        var figures = Extract("2023年度单位决算\n\n2023年二级项目绩效自评个数2个，涉及资金34万元：2个项目自评等级为“优”，0\n\n个项目自评等级为“良”。");
        var good = figures.Single(f => f.Subject == "良");
        Assert.Equal(0m, good.Value);
        Assert.Equal(3, good.Source.Line);
        Assert.Equal(2m, figures.Single(f => f.Subject == "优").Value);
    }

    [Fact]
    public void Extract_BudgetDocument_AmountsAreInitialBudget()
    {
        var figures = Extract("2024年度部门预算公开\n\n2024年泽州县工业和信息化局政府采购预算总额6.98万元。其中：政府采购货物预算1.98万元。");
        Assert.All(figures, f => Assert.Equal(M.InitialBudget, f.Measure));
        Assert.Equal(AmountUnit.TenThousandYuan, figures[0].Unit);
    }

    [Fact]
    public void Extract_PriorYearInParentheses_IsPriorYear()
    {
        // seed 002, line 440
        var figures = Extract("2023年度单位预算公开\n\n本单位为公益一类事业单位，2023年财政安排机关运行经费预算数0万元（2022年机关运行经费预算数0万元），与上年度对比无变化。");
        Assert.Equal([M.InitialBudget, M.PriorYear], figures.Select(f => f.Measure).ToArray());
    }

    [Fact]
    public void Extract_CodesInsideLevelMarkers_AreTheSubjectCode()
    {
        // The Shanghai template prints the code digits in the markers: （204类）（06款）（01项） is 2040601.
        var figures = Extract("2026年单位预算\n\n1、公共安全支出（204类）司法（06款）行政运行（01项）1434.89万元。主要用于：行政单位的基本支出。"
            + "2025年当年预算执行数为1690.69万元，2026年预算安排1434.89万元，比2025年预算执行数减少1.10%。主要原因是：支出减少。");
        Assert.All(figures, f => Assert.Equal("2040601", f.SubjectCode));
        Assert.All(figures, f => Assert.Equal("公共安全支出 / 司法 / 行政运行", f.Subject));
        Assert.Equal(1690.69m, figures.Single(f => f.Measure == M.PriorYear).Value);
        Assert.Equal(-1.10m, figures.Single(f => f.Measure == M.ChangeRate).Value);
    }

    [Fact]
    public void Extract_ChangeAfterAPart_BelongsToThePart()
    {
        // Shanghai PDF p6: 收入预算8695.94万元，其中：财政拨款收入8695.94万元，比2025年预算增加794.88万元；事业收入0万元
        var figures = Extract("2026年单位预算\n\n2026年，上海市普陀区司法局收入预算8695.94万元，其中：财政拨款收入8695.94万元，比2025年预算增加794.88万元；事业收入0万元；其他收入0万元。");
        Assert.Equal(T.FiscalAppropriationIncome, figures.Single(f => f.Measure == M.Change).Topic);
        Assert.Equal(T.TotalIncome, figures.Single(f => f.Subject == "事业收入").Topic);
    }

    private static List<Model.Reports.NarrativeFigure> Extract(string text)
    {
        var document = SampleText.FromText("variation.txt", text);
        return [.. new NarrativeExtractor().Extract(document, new HashSet<int>())];
    }
}
