using FiscalWarehouse.Etl.Validation.Evaluators;
using FiscalWarehouse.Model.Findings;
using FiscalWarehouse.Model.Reports;

namespace FiscalWarehouse.Etl.Validation;

/// <summary>Runs every rule of the rule set on a report; each rule id has one evaluator.</summary>
public sealed class ReportValidator
{
    private readonly RuleSet _rules;

    public ReportValidator(RuleSet rules) => _rules = rules;

    public IReadOnlyList<Finding> Validate(Report report) => Run(report).Findings;

    /// <summary>The findings and the tally of identity checks compared.</summary>
    public (IReadOnlyList<Finding> Findings, ChecksTally Tally) Run(Report report)
    {
        var context = new RuleContext(report);
        foreach (var rule in _rules.Rules)
        {
            RuleEvaluators.For(rule.Id)?.Evaluate(rule, context);
        }

        return (context.Findings, context.Tally);
    }

    /// <summary>Findings raised while reading take their severity from their rule record when there is one.</summary>
    public IEnumerable<Finding> WithRuleSeverity(IEnumerable<Finding> findings) =>
        findings.Select(f => _rules.Find(f.RuleId) is { } rule && rule.Level != f.Severity ? f with { Severity = rule.Level } : f);
}
