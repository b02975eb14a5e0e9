using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace FiscalWarehouse.Etl.Validation;

/// <summary>The rules, loaded once at start from the embedded rules.yaml; a rule without an evaluator fails the load.</summary>
public sealed class RuleSet
{
    private RuleSet(IReadOnlyList<RuleDefinition> rules) => Rules = rules;

    public static RuleSet Default { get; } = Load();

    public IReadOnlyList<RuleDefinition> Rules { get; }

    public RuleDefinition? Find(string id) => Rules.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.Ordinal));

    public static RuleSet Load()
    {
        using var stream = typeof(RuleSet).Assembly.GetManifestResourceStream("rules/rules.yaml")
            ?? throw new InvalidOperationException("embedded resource rules/rules.yaml is missing");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    public static RuleSet Parse(string yaml)
    {
        var deserializer = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
        var rules = deserializer.Deserialize<List<RuleDefinition>>(yaml) ?? [];
        foreach (var rule in rules)
        {
            _ = rule.Level;
            _ = rule.RoundingLevel;
            if (rule.Tolerance is not ("rounding" or "exact" or "rate"))
            {
                throw new InvalidOperationException($"rule {rule.Id}: unknown tolerance '{rule.Tolerance}'");
            }

            if (rule.Source == "evaluator" && !Evaluators.RuleEvaluators.Has(rule.Id))
            {
                throw new InvalidOperationException($"rule {rule.Id} has no evaluator");
            }
        }

        var duplicate = rules.GroupBy(r => r.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        return duplicate is not null ? throw new InvalidOperationException($"rule {duplicate.Key} is defined twice") : new RuleSet(rules);
    }
}
