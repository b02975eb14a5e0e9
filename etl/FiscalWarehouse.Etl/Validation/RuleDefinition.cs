using FiscalWarehouse.Model.Findings;

namespace FiscalWarehouse.Etl.Validation;

/// <summary>One record of Validation/Rules/rules.yaml (documented in docs/rules.md).</summary>
public sealed class RuleDefinition
{
    public string Id { get; set; } = "";

    public string Description { get; set; } = "";

    /// <summary>error, warning or info: the severity of a difference beyond the tolerance.</summary>
    public string Severity { get; set; } = "error";

    /// <summary>rounding, exact or rate (see docs/rules.md).</summary>
    public string Tolerance { get; set; } = "rounding";

    /// <summary>The severity of a non-zero difference within the rounding tolerance.</summary>
    public string RoundingSeverity { get; set; } = "info";

    public List<string> AppliesTo { get; set; } = [];

    /// <summary>evaluator (default) or recognition: raised while reading, the record only sets severity and documents it.</summary>
    public string Source { get; set; } = "evaluator";

    public Severity Level => Parse(Severity);

    public Severity RoundingLevel => Parse(RoundingSeverity);

    public bool AppliesToTable(string catalogId) => AppliesTo.Count == 0 || AppliesTo.Contains(catalogId, StringComparer.Ordinal);

    private static Severity Parse(string text) => text switch
    {
        "error" => Model.Findings.Severity.Error,
        "warning" => Model.Findings.Severity.Warning,
        "info" => Model.Findings.Severity.Info,
        _ => throw new InvalidOperationException($"unknown severity '{text}' in rules.yaml"),
    };
}
