using FiscalWarehouse.Generator;

namespace FiscalWarehouse.Generator.Tests;

/// <summary>A small corpus generated once per test class: every format, every variant, some defects.</summary>
public sealed class SmallCorpus
{
    public static readonly GeneratorOptions Options = new()
    {
        Counties = 3,
        UnitsPerCounty = 3,
        FirstYear = 2022,
        LastYear = 2024,
        DefectRate = 0.3m,
        Seed = 20240601,
        VariantRate = 0.5m,
    };

    public IReadOnlyList<GeneratedReport> Reports { get; } = [.. CorpusGenerator.Generate(Options)];

    public IEnumerable<GeneratedReport> Clean => Reports.Where(r => r.Defects.Count == 0);
}
