namespace FiscalWarehouse.Jobs.Ledger;

/// <summary>One row of <c>etl_file</c>: the outcome of one inbox file.</summary>
public sealed record FileRecord(
    string FileId,
    string RunId,
    string Path,
    string ContentHash,
    long SizeBytes,
    string Outcome,
    long? ReportVersionId,
    int? FactCount,
    int? FindingCount,
    long? ParseMilliseconds,
    long? LoadMilliseconds,
    string? RuleId,
    int? Line,
    string? Error,
    int Attempt,
    string? MovedTo,
    string Host,
    DateTime RecordedUtc);
