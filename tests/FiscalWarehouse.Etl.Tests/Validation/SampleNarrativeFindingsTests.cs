using FiscalWarehouse.Etl.Tests.Samples;

namespace FiscalWarehouse.Etl.Tests.Validation;

/// <summary>
/// The real inconsistencies of fiscal-reports.md §3.4 and §4, found by the narrative and rate rules on the figures the
/// narrative extractor and the performance reader return for the samples. Each pinned finding says why.
/// </summary>
public sealed class SampleNarrativeFindingsTests
{
    private static string[] Pins(string sample) =>
        SampleReports.Parse(sample).Findings
            .Where(f => f.RuleId.StartsWith("narrative.", StringComparison.Ordinal) || f.RuleId.StartsWith("rate.", StringComparison.Ordinal))
            .Select(SampleReports.Pin).ToArray();

    [Fact]
    public void Seed000_NarrativeErrorsAreReported() => Assert.Equal(
    [
        // line 439: "2023年决算数195.17元" — the unit typo 元 makes it 10,000 times smaller than the 201 row (195.17万元, line 153).
        "warning narrative.amount_vs_table L439 printed 195.17 expected 1951700.00",
        // line 439: "比2022年增加6.1万元元" but 195.17 − 182.68 = 12.49.
        "warning narrative.change_amount L439 printed 6.1 expected 12.49",
        // lines 394 and 417: "增长1.71%" for income and expenditure, but 3.68 ÷ 214.55 = 1.7152% → 1.72 (line 423 prints 1.72).
        "warning narrative.change_rate L394 printed 1.71 expected 1.72",
        "warning narrative.change_rate L394 printed 1.71 expected 1.72",
        "warning narrative.change_rate L417 printed 1.71 expected 1.72",
        "warning narrative.change_rate L417 printed 1.71 expected 1.72",
        // line 439: "增长率3.4%" does not follow from its own 6.1 ÷ 182.68 = 3.34% (nor from the true 12.49: 6.84%).
        "warning narrative.change_rate L439 printed 3.4 expected 3.3",
    ], Pins(SampleReports.Seed000));

    [Fact]
    public void Seed001_NarrativeAndRateErrorsAreReported() => Assert.Equal(
    [
        // lines 1022–1023: 37.597 ÷ 41.2 = 91.2549% prints as 91.26 (rounded up).
        "warning rate.execution_recomputed L1022 printed 91.26 expected 91.25",
        "warning rate.execution_recomputed L1023 printed 91.26 expected 91.25",
        // lines 1059–1060: 3 ÷ 3 printed 99.99 because the real 执行数 is 2.99981万 (guide §4's rounding trap).
        "warning rate.execution_recomputed L1059 printed 99.99 expected 100",
        "warning rate.execution_recomputed L1060 printed 99.99 expected 100",
        // lines 1349–1350: 0.73 ÷ 0.84 recomputes to 86.90 but 86.86 is printed (guide §4).
        "warning rate.execution_recomputed L1349 printed 86.86 expected 86.90",
        "warning rate.execution_recomputed L1350 printed 86.86 expected 86.90",
        // line 639: "其他交通费用21.12万元" vs the 06 table's 21.11 (line 466).
        "warning narrative.amount_vs_table L639 printed 21.12 expected 21.11",
    ], Pins(SampleReports.Seed001));

    [Fact]
    public void Seed003_PersonnelCostMismatchIsReported() => Assert.Equal(
    [
        // line 548: "人员经费1,497.20万元" vs the 06 footer 人员经费合计 1,497.21 (line 415).
        "warning narrative.amount_vs_table L548 printed 1497.20 expected 1497.21",
    ], Pins(SampleReports.Seed003));

    [Fact]
    public void Seed002AndSeed004_HaveNoNarrativeFindingsFromTheirFigures()
    {
        Assert.Empty(Pins(SampleReports.Seed002));
        Assert.Empty(Pins(SampleReports.Seed004));
    }
}
