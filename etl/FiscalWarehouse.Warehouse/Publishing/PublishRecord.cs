namespace FiscalWarehouse.Warehouse.Publishing;

/// <summary>One publish as both ledgers record it.</summary>
public sealed record PublishRecord(
    string PublishId,
    DateTime StartedAtUtc,
    string Mode,
    string SourceFile,
    int ReportVersions,
    long RowsCopied,
    IReadOnlyDictionary<string, long> RowsByTable);
