namespace FiscalWarehouse.Jobs.Staging;

/// <summary>Written into a work folder when a scan claims a file, so a lost job can be re-enqueued with its run.</summary>
public sealed record ClaimNote(string FileId, string RunId, string RelativePath, string ContentHash, long SizeBytes, DateTime ClaimedUtc);
