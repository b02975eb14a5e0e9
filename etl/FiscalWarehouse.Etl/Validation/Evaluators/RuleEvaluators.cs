namespace FiscalWarehouse.Etl.Validation.Evaluators;

/// <summary>The evaluator registry: rule id → evaluator.</summary>
public static class RuleEvaluators
{
    private static readonly Dictionary<string, IRuleEvaluator> ById = Build();

    public static bool Has(string ruleId) => ById.ContainsKey(ruleId);

    public static IRuleEvaluator? For(string ruleId) => ById.GetValueOrDefault(ruleId);

    private static Dictionary<string, IRuleEvaluator> Build()
    {
        IRuleEvaluator[] all =
        [
            new CodeHierarchyEvaluator(),
            new NamedSubtotalEvaluator(),
            new ColumnSumEvaluator(),
            new TotalTableEvaluator(),
            new DetailFooterEvaluator(),
            new CrossTableEvaluator(),
            new ThreePublicEvaluator(),
            new ExecutionRateEvaluator(),
            new NarrativeEvaluator(),
        ];
        var map = new Dictionary<string, IRuleEvaluator>(StringComparer.Ordinal);
        foreach (var evaluator in all)
        {
            foreach (var id in evaluator.RuleIds)
            {
                map.Add(id, evaluator);
            }
        }

        return map;
    }
}
