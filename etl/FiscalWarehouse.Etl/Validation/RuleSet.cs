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
        var rules = Read(yaml);
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

    /// <summary>The rules of a rules YAML: read by hand when it has the catalogs' flat shape, else by YamlDotNet.</summary>
    internal static List<RuleDefinition> Read(string yaml) => Catalogs.FlatYaml.ReadOr(yaml, ToRule, ReadWithYamlDotNet);

    internal static List<RuleDefinition> ReadWithYamlDotNet(string yaml) =>
        new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build().Deserialize<List<RuleDefinition>>(yaml) ?? [];

    /// <summary>One record as YamlDotNet would bind it (underscored names), or null for a key or value it would not bind so.</summary>
    private static RuleDefinition? ToRule(Dictionary<string, object> record)
    {
        var rule = new RuleDefinition();
        foreach (var (key, value) in record)
        {
            switch (key, value)
            {
                case ("id", string v): rule.Id = v; break;
                case ("description", string v): rule.Description = v; break;
                case ("severity", string v): rule.Severity = v; break;
                case ("tolerance", string v): rule.Tolerance = v; break;
                case ("rounding_severity", string v): rule.RoundingSeverity = v; break;
                case ("applies_to", List<string> v): rule.AppliesTo = v; break;
                case ("source", string v): rule.Source = v; break;
                default: return null;
            }
        }

        return rule;
    }
}
