namespace FiscalWarehouse.Warehouse.Loading;

/// <summary>What happened to one file.</summary>
/// <param name="Where">FILE:LINE for a rejection, as the CLI contract prints it.</param>
public sealed record LoadOutcome(
    string File,
    LoadStatus Status,
    long? ReportVersionId = null,
    int FactCount = 0,
    int FindingCount = 0,
    string? Reason = null,
    string? Where = null)
{
    /// <summary><c>loaded</c>, <c>unchanged</c>, <c>replaced</c>, or <c>rejected: REASON (FILE:LINE)</c>.</summary>
    public string StatusText => Status switch
    {
        LoadStatus.Loaded => "loaded",
        LoadStatus.Unchanged => "unchanged",
        LoadStatus.Replaced => "replaced",
        _ => $"rejected: {Reason} ({Where ?? File})",
    };
}
