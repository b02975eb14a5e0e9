using FiscalWarehouse.Generator.Writing;

namespace FiscalWarehouse.Generator;

/// <summary>What `fw generate` asks for.</summary>
public sealed record GeneratorOptions
{
    public int Counties { get; init; } = 3;

    public int UnitsPerCounty { get; init; } = 4;

    public int FirstYear { get; init; } = 2021;

    public int LastYear { get; init; } = 2024;

    public bool Budgets { get; init; } = true;

    public bool Finals { get; init; } = true;

    public IReadOnlyList<OutputFormat> Formats { get; init; } = [OutputFormat.Tsv, OutputFormat.Markdown, OutputFormat.Html];

    /// <summary>Probability that a report carries a planted defect (0–1).</summary>
    public decimal DefectRate { get; init; }

    public ulong Seed { get; init; } = 1;

    /// <summary>Gives one unit a name with markup in it, for the dashboards' escaping tests.</summary>
    public bool HostileUnitName { get; init; }

    /// <summary>Probability of printing a report in a template variant instead of the samples' standard one.</summary>
    public decimal VariantRate { get; init; } = 0.3m;

    /// <summary>Probability that a unit has no report in a given year and phase.</summary>
    public decimal MissingRate { get; init; } = 0.08m;
}
