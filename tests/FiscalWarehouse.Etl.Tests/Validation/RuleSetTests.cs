using FiscalWarehouse.Etl.Validation;
using FiscalWarehouse.Model.Findings;

namespace FiscalWarehouse.Etl.Tests.Validation;

public sealed class RuleSetTests
{
    [Fact]
    public void Default_LoadsEveryRuleWithAnEvaluatorOrAsARecognitionRecord()
    {
        var rules = RuleSet.Default.Rules;
        Assert.True(rules.Count >= 30);
        Assert.All(rules.Where(r => r.Source == "evaluator"), r => Assert.True(Etl.Validation.Evaluators.RuleEvaluators.Has(r.Id), r.Id));
        Assert.Equal(Severity.Warning, RuleSet.Default.Find("three_public.vs_economic")!.Level);
        Assert.Equal(Severity.Error, RuleSet.Default.Find("cross.basic_detail")!.Level);
    }

    [Fact]
    public void Parse_RuleWithoutEvaluator_FailsAtLoad()
    {
        var e = Assert.Throws<InvalidOperationException>(() => RuleSet.Parse("- id: no.such.rule\n  description: x\n  severity: error\n  tolerance: rounding\n"));
        Assert.Contains("no.such.rule", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownSeverity_FailsAtLoad() =>
        Assert.Throws<InvalidOperationException>(() => RuleSet.Parse("- id: sum.columns\n  severity: fatal\n  tolerance: rounding\n"));

    [Fact]
    public void CrossTableMismatch_IsAnErrorNamingBothTables()
    {
        var text = System.Text.Encoding.UTF8.GetString(Samples.SampleReports.Bytes(Samples.SampleReports.Seed001)).Split('\n');
        text[253] = text[253].Replace("6,057.54", "6,057.99", StringComparison.Ordinal); // 03 合计, line 254
        var parsed = new ReportParser().Parse("m.txt", System.Text.Encoding.UTF8.GetBytes(string.Join('\n', text)), TestContext.Current.CancellationToken);
        var cross = Assert.Single(parsed.Findings, f => f.RuleId == "cross.expenditure_total");
        Assert.Equal(Severity.Error, cross.Severity);
        Assert.Equal(163, cross.Source.Line); // 01 本年支出合计
        Assert.Equal(6057.99m, cross.Expected);
        Assert.Equal(6057.54m, cross.Printed);
        Assert.Equal(-0.45m, cross.Difference);
        Assert.Contains("line 254", cross.Message, StringComparison.Ordinal);
    }
}
