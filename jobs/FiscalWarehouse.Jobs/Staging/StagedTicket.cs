namespace FiscalWarehouse.Jobs.Staging;

/// <summary>
/// What a parse worker hands to the loader for one file: either "parsed, waiting in the work folder" or
/// "quarantined, record it". Small JSON beside the staged file, written atomically.
/// </summary>
public sealed record StagedTicket
{
    public required string FileId { get; init; }

    public required string RunId { get; init; }

    /// <summary>The path the file had in the inbox (relative), for the ledger.</summary>
    public required string RelativePath { get; init; }

    public required string FileName { get; init; }

    public required string ContentHash { get; init; }

    public long SizeBytes { get; init; }

    /// <summary><c>staged</c> (waiting for the loader) or <c>quarantined</c> (a parse worker already moved it).</summary>
    public required string State { get; init; }

    public int FindingCount { get; init; }

    public long ParseMilliseconds { get; init; }

    /// <summary>Loader attempts that failed with a transient error; at the configured count the file is quarantined.</summary>
    public int LoaderAttempts { get; init; }

    public QuarantineNote? Quarantine { get; init; }

    public const string StagedState = "staged";

    public const string QuarantinedState = "quarantined";
}

/// <summary>Why and where a file went to quarantine, as the ledger records it.</summary>
public sealed record QuarantineNote(string Outcome, string? RuleId, int? Line, string Message, int Attempt, string MovedTo);
