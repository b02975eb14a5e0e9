namespace FiscalWarehouse.Etl.Recognition;

/// <summary>One standard table of the catalog (Recognition/Catalog/tables.yaml, documented in docs/tables.md).</summary>
public sealed class CatalogEntry
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>final, budget or any.</summary>
    public string Phase { get; set; } = "any";

    /// <summary>general or performance.</summary>
    public string Reader { get; set; } = "general";

    public List<string> TitleAll { get; set; } = [];

    public List<string> TitleNone { get; set; } = [];

    public List<string> ContentAll { get; set; } = [];

    public List<string> ContentNone { get; set; } = [];

    public string? FundSource { get; set; }

    public string? Measure { get; set; }

    public bool IsPerformance => string.Equals(Reader, "performance", StringComparison.Ordinal);
}
