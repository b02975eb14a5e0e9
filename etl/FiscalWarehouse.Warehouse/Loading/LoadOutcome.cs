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
    /// <summary>
    /// Set when the warehouse failed to load the report (the database refused or could not write it), as opposed to a
    /// document it rejects: a job may retry the first, never the second.
    /// </summary>
    public Exception? Error { get; init; }

    /// <summary><c>loaded</c>, <c>unchanged</c>, <c>replaced</c>, <c>held: REASON</c>, or <c>rejected: REASON (FILE:LINE)</c>.</summary>
    public string StatusText => Status switch
    {
        LoadStatus.Loaded => "loaded",
        LoadStatus.Unchanged => "unchanged",
        LoadStatus.Replaced => "replaced",
        LoadStatus.Held => $"held: {Reason}",
        _ => $"rejected: {Reason} ({Where ?? File})",
    };
}
