using FiscalWarehouse.Model.Reports;
using M = FiscalWarehouse.Model.Tables.Meanings.Measure;

namespace FiscalWarehouse.Etl.Tests.Narrative;

/// <summary>The shared PDF (a template none of the text samples use), read through the parser; skipped when absent.</summary>
public sealed class NarrativePdfTests
{
    private const string Pdf = "shanghai-putuo-justice-2026-unit-budget.pdf";

    [Fact]
    public void Parse_SharedPdf_NarrativeFiguresOfAnUnseenTemplate()
    {
        var path = SampleText.SharedPdf(Pdf);
        if (path is null)
        {
            Assert.Skip($"{Pdf} is not in ../shared/samples-pdf");
        }

        var narrative = new ReportParser().Parse(path, TestContext.Current.CancellationToken).Report.Narrative;
        // p6: 公共安全支出（204类）司法（06款）行政运行（01项）1434.89万元 … 2025年当年预算执行数为1690.69万元
        var item = narrative.Where(f => f.SubjectCode == "2040601").ToList();
        Assert.Equal(1434.89m, item.First(f => f.Measure == M.InitialBudget).Value);
        Assert.Equal(1690.69m, item.Single(f => f.Measure == M.PriorYear).Value);
        // p21: “三公”经费预算数为10.71万元; 机关运行经费预算为184.59万元; 共有车辆3辆
        Assert.Equal(10.71m, narrative.Single(f => f.Topic == NarrativeTopics.ThreePublic && f.Subject is null).Value);
        Assert.Equal(184.59m, narrative.Single(f => f.Topic == NarrativeTopics.AgencyRunningCost).Value);
        Assert.Equal(3m, narrative.Single(f => f.Topic == NarrativeTopics.Vehicles && f.Subject is null).Value);
        Assert.Equal(21, narrative.Single(f => f.Topic == NarrativeTopics.ThreePublic && f.Subject is null).Source.Page);
    }
}
