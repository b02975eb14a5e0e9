using System.Text;
using FiscalWarehouse.Etl.Tests.Samples;

namespace FiscalWarehouse.Etl.Tests.Recognition;

/// <summary>A table that stays generic says which catalog entry came closest, what it lacked and what its rows showed.</summary>
public sealed class UnrecognizedEvidenceTests
{
    [Fact]
    public void TitleSharingNoKeyword_SaysSo_AndCountsTheFunctionCodeRows()
    {
        // Seed 000's 一般公共预算财政拨款支出决算表 (l.220, 15 rows of 2xx codes) under a title no catalog entry knows.
        var finding = UnrecognizedFinding("科目明细情况表");

        Assert.Equal(220, finding.Source.Line);
        Assert.Contains("no catalog entry shares a title or header keyword; rows: 15 function-code rows, 0 economic-code rows; phase 决算", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TitleLackingOneKeyword_NamesTheClosestEntryAndTheMissingKeyword()
    {
        var finding = UnrecognizedFinding("一般公共预算财政拨款情况表");

        Assert.Contains("closest final_general_budget_expenditure (一般公共预算财政拨款支出决算表) lacks title 支出;", finding.Message, StringComparison.Ordinal);
    }

    private static Model.Findings.Finding UnrecognizedFinding(string title)
    {
        var text = File.ReadAllText(SampleReports.PathOf(SampleReports.Seed000))
            .Replace("\n一般公共预算财政拨款支出决算表\n", "\n" + title + "\n", StringComparison.Ordinal);
        var parsed = new ReportParser().Parse("retitled.txt", Encoding.UTF8.GetBytes(text), TestContext.Current.CancellationToken);
        return Assert.Single(parsed.Findings, f => f.RuleId == "table.unrecognized" && f.Message.Contains(title, StringComparison.Ordinal));
    }
}
