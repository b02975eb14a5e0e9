namespace FiscalWarehouse.Etl.Validation.Evaluators;

/// <summary>Evaluates the rules whose ids it lists; the rule record supplies severity, tolerance and tables.</summary>
public interface IRuleEvaluator
{
    IReadOnlyCollection<string> RuleIds { get; }

    void Evaluate(RuleDefinition rule, RuleContext context);
}
