using System.Text.Json.Serialization;

namespace FiscalWarehouse.Jobs.Quarantine;

/// <summary>The content of <c>FILE.reason.json</c> beside a quarantined file.</summary>
public sealed record QuarantineReason
{
    /// <summary>The validation rule that rejected the report, when a rule did.</summary>
    [JsonPropertyName("rule")]
    public string? Rule { get; init; }

    /// <summary>The error kind when no rule applies: <c>unreadable</c>, <c>rejected</c>, <c>failed</c>.</summary>
    [JsonPropertyName("error")]
    public string? Error { get; init; }

    [JsonPropertyName("line")]
    public int? Line { get; init; }

    [JsonPropertyName("message")]
    public required string Message { get; init; }

    [JsonPropertyName("time")]
    public required DateTime TimeUtc { get; init; }

    [JsonPropertyName("attempt")]
    public required int Attempt { get; init; }

    [JsonPropertyName("file")]
    public required string File { get; init; }

    [JsonPropertyName("fileId")]
    public required string FileId { get; init; }

    [JsonPropertyName("runId")]
    public required string RunId { get; init; }

    [JsonPropertyName("contentHash")]
    public string? ContentHash { get; init; }
}
