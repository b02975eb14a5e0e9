namespace FiscalWarehouse.Jobs.Ledger;

/// <summary>One row of <c>etl_run</c> as `fw jobs status` prints it.</summary>
public sealed record RunSummary(
    string RunId,
    string Trigger,
    string Host,
    DateTime StartedUtc,
    DateTime? EndedUtc,
    int FilesClaimed,
    int FilesWaiting,
    int Loaded,
    int Unchanged,
    int Replaced,
    int Rejected,
    int Failed);
