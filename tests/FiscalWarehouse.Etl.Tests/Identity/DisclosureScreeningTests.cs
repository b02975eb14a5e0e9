using FiscalWarehouse.Etl.Tests.Pdf;
using FiscalWarehouse.Etl.Tests.Samples;
using FiscalWarehouse.Model.Documents;

namespace FiscalWarehouse.Etl.Tests.Identity;

/// <summary>
/// Documents filed under "部门预算" that are not budget disclosures are refused with the reason, by evidence of the
/// whole document; every real budget (corpus, samples, the shared PDF) is not.
/// </summary>
public sealed class DisclosureScreeningTests
{
    public static TheoryData<string, string> NotBudgets => new()
    {
        { "not-a-budget-baotou-ecology-compliance-list.pdf", "not a 预算/决算 (budget or final-account) disclosure: no 预算/决算 in its titles or text" },
        { "not-a-budget-changchun-transport-inspection-list.pdf", "not a 预算/决算 (budget or final-account) disclosure: no 预算/决算 in its titles or text" },
        { "not-a-budget-nanning-finance-website-annual-report.pdf", "not a 预算/决算 (budget or final-account) disclosure: no 预算/决算 in its titles or text" },
        { "not-a-budget-nanning-housing-fire-inspection-list.pdf", "not a 预算/决算 (budget or final-account) disclosure: no 预算/决算 in its titles or text" },
        { "not-a-budget-jinan-scanned-flowchart.pdf", "no text layer" },
    };

    [Theory]
    [MemberData(nameof(NotBudgets))]
    public void NotABudget_IsRefusedWithTheReason(string file, string reason)
    {
        var path = CorpusFiles.Require(file);

        var refused = Assert.Throws<DocumentReadException>(() => new ReportParser().Parse(path, TestContext.Current.CancellationToken));

        Assert.Equal(file, refused.File);
        Assert.StartsWith(reason, refused.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(CorpusIdentityTests.Budgets), MemberType = typeof(CorpusIdentityTests))]
    public void CorpusBudget_IsADisclosure(string file, string unit, Model.Reports.ReportKind kind)
    {
        _ = (unit, kind);
        var parsed = CorpusFiles.Parse(file);

        Assert.NotEmpty(parsed.Report.Tables);
    }

    [Fact]
    public void SharedSamplePdf_IsADisclosure()
    {
        var document = PdfTestFiles.ReadShared();

        var report = new ReportParser().Parse(document, TestContext.Current.CancellationToken).Report;

        Assert.Equal(("上海市普陀区司法局", 2026), (report.UnitName, report.Year));
    }

    [Theory]
    [InlineData(SampleReports.Seed000)]
    [InlineData(SampleReports.Seed001)]
    [InlineData(SampleReports.Seed002)]
    [InlineData(SampleReports.Seed003)]
    [InlineData(SampleReports.Seed004)]
    public void TextSample_IsADisclosure(string sample)
    {
        var report = SampleReports.Parse(sample).Report;

        Assert.True(report.Year is 2023 or 2024);
        Assert.NotEmpty(report.Tables);
    }

    [Fact]
    public void TableOfAnotherKind_WithBudgetWordsOnlyInPassing_IsRefused()
    {
        // An inspection list that mentions 预算 once: no standard table, no fiscal vocabulary, no subject code.
        const string text = "建设工程消防设计抽查情况表\n（本次抽查不涉及预算）\n序号\t抽查项目\t建设单位\t抽查结果\t面积\n1\t某大楼\t某中心\t合格\t1200\n2\t某医院\t某医院\t合格\t3400\n";

        var refused = Assert.Throws<DocumentReadException>(() =>
            new ReportParser().Parse("inspection.txt", System.Text.Encoding.UTF8.GetBytes(text), TestContext.Current.CancellationToken));

        Assert.Equal("not a 预算/决算 (budget or final-account) disclosure: no standard 预算/决算 table recognized; no fiscal vocabulary (财政拨款, 基本支出, 项目支出, 三公经费…); no 收入/支出 subject code (功能分类 2xx, 经济分类 3xx/5xx) in its rows", refused.Reason);
    }
}
