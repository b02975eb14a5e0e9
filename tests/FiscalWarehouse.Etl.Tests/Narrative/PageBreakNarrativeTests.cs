using FiscalWarehouse.Etl.Narrative;
using FiscalWarehouse.Etl.Reading;
using FiscalWarehouse.Etl.Validation;
using FiscalWarehouse.Model.Documents;
using FiscalWarehouse.Model.Reports;
using M = FiscalWarehouse.Model.Tables.Meanings.Measure;

namespace FiscalWarehouse.Etl.Tests.Narrative;

/// <summary>
/// Issue 17 item 4: a sentence cut by a page break (`…年` / page number / running header / `初预算为222.6万元`) is read
/// whole, so its 年初预算 is a 年初预算 (read alone, `初预算` was taken for an adjusted budget and gave 6,169%), and
/// the execution rate it prints is checked against the figures of the whole sentence.
/// </summary>
public sealed class PageBreakNarrativeTests
{
    private const string Header = "测试市信访局2025年度部门决算公开";

    /// <summary>Four pages, each opened by the running header and closed by its page number; the sentence breaks after 年 on page 2.</summary>
    private static SourceDocument Paged(string rate)
    {
        string[][] pages =
        [
            ["测试市信访局", "2025年度部门决算公开", "目录"],
            ["一、一般公共预算财政拨款支出决算情况说明", "2025年度一般公共预算财政拨款支出年"],
            [$"初预算为222.6万元，支出决算为245.30万元，完成年初预算的{rate}。", "二、其他说明"],
            ["本单位无政府性基金预算收支。"],
        ];
        var lines = new List<SourceLine>();
        for (var p = 0; p < pages.Length; p++)
        {
            var onPage = new List<string> { Header };
            onPage.AddRange(pages[p]);
            onPage.Add($"- {p + 1} -");
            for (var i = 0; i < onPage.Count; i++)
            {
                lines.Add(new SourceLine(lines.Count + 1, onPage[i], [onPage[i]], p + 1, i + 1));
            }
        }

        return new SourceDocument("paged.pdf", "test", SourceFormat.Pdf, "pdf", 1000, lines);
    }

    [Fact]
    public void SentenceCutByAPageBreak_IsReadWhole_ItsBudgetIsTheInitialBudget()
    {
        var figures = new NarrativeExtractor().Extract(Paged("110.20%"), new HashSet<int>());

        var headline = figures.Where(f => f.Topic == NarrativeTopics.GeneralBudgetExpenditure).ToList();
        Assert.Equal(222.6m, headline.Single(f => f.Measure == M.InitialBudget).Value);
        Assert.Equal(245.30m, headline.Single(f => f.Measure == M.FinalAccount).Value);
        Assert.Equal(110.20m, headline.Single(f => f.Measure == M.ExecutionRate).Value);
        Assert.DoesNotContain(figures, f => f.Measure == M.AdjustedBudget);
        var sentence = headline[0].Sentence;
        Assert.Equal("2025年度一般公共预算财政拨款支出年初预算为222.6万元，支出决算为245.30万元，完成年初预算的110.20%", sentence);
        // The budget is printed on page 3, line 2 (after the running header).
        Assert.Equal((3, 2), (headline[0].Source.Page, headline[0].Source.LineOnPage));
    }

    [Theory]
    [InlineData("110.20%", 0)]
    [InlineData("120.20%", 1)]
    public void PrintedExecutionRate_IsComparedWithTheRecomputedOne(string printed, int findings)
    {
        var document = Paged(printed);
        var narrative = new NarrativeExtractor().Extract(document, new HashSet<int>());
        var report = new Report(document, "测试市信访局", null, 2025, ReportKind.Department, ReportPhase.FinalAccount, [], narrative);

        var found = new ReportValidator(RuleSet.Default).Validate(report).Where(f => f.RuleId == "narrative.execution_rate").ToList();

        Assert.Equal(findings, found.Count);
        if (findings == 1)
        {
            // 245.30 ÷ 222.6 = 110.1977…% → 110.20, printed 120.20.
            Assert.Equal((110.20m, 120.20m), (found[0].Expected, found[0].Printed));
            Assert.Contains("narrative execution rate '120.20%' = 245.30万元 ÷ 222.6万元", found[0].Message, StringComparison.Ordinal);
            Assert.Equal("paged.pdf:p3:2", found[0].Source.ToString());
        }
    }

    [Fact]
    public void ExecutionRateAgainstAnAdjustedBudget_UsesTheAdjustedBudgetTheSentenceStates()
    {
        var document = SampleText.FromText("final.txt", "测试市信访局\n2025年度部门决算公开\n目录\n"
            + "一般公共预算财政拨款支出年初预算为200万元，调整预算为250万元，支出决算为240万元，完成预算的96%。\n");
        var narrative = new NarrativeExtractor().Extract(document, new HashSet<int>());
        var report = new Report(document, "测试市信访局", null, 2025, ReportKind.Department, ReportPhase.FinalAccount, [], narrative);

        var found = new ReportValidator(RuleSet.Default).Validate(report).Where(f => f.RuleId == "narrative.execution_rate").ToList();

        Assert.Equal(250m, narrative.Single(f => f.Measure == M.AdjustedBudget).Value);
        Assert.Empty(found);
    }

    [Theory]
    [InlineData("- 12 -", false, true)]
    [InlineData("—3—", false, true)]
    [InlineData("第 3 页 共 20 页", false, true)]
    [InlineData("12", true, true)]
    [InlineData("12", false, false)]
    [InlineData("2025", true, true)]
    [InlineData("222.6万元", true, false)]
    [InlineData("－３－", false, true)]
    [InlineData("第３页，共２０页", false, true)]
    [InlineData("- ii -", false, true)]
    [InlineData("1/20", false, true)]
    [InlineData("2025年", true, false)]
    public void PageNumber_IsRecognizedInItsPrintedForms(string text, bool paged, bool expected) =>
        Assert.Equal(expected, PageFurniture.IsPageNumber(text, bareNumber: paged));
}
