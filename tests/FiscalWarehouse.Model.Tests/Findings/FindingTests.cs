using FiscalWarehouse.Model.Documents;
using FiscalWarehouse.Model.Findings;

namespace FiscalWarehouse.Model.Tests.Findings;

public sealed class FindingTests
{
    [Fact]
    public void ToContractLine_WithAmounts_PrintsExpectedPrintedDifference()
    {
        // seed 003, line 415 vs 548: narrative 人员经费 1,497.20 against the table's 1,497.21
        var finding = new Finding("narrative.matches_table", Severity.Warning, "人员经费 in the text differs from the table",
            new SourceRef("pds.txt", 548), "basic_expenditure_detail", "人员经费", 1497.21m, 1497.20m);
        Assert.Equal(
            "warning narrative.matches_table pds.txt:548 人员经费 in the text differs from the table (expected 1497.21, printed 1497.20, difference -0.01)",
            finding.ToContractLine());
    }

    [Fact]
    public void ToContractLine_WithoutAmounts_OmitsTheParenthesis()
    {
        var finding = new Finding("catalog.unknown_table", Severity.Warning, "table matches no catalog entry", new SourceRef("x.txt", 7));
        Assert.Equal("warning catalog.unknown_table x.txt:7 table matches no catalog entry", finding.ToContractLine());
    }
}
