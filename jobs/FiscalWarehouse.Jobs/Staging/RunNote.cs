namespace FiscalWarehouse.Jobs.Staging;

/// <summary>A scan's start, handed to the loader, which alone writes the warehouse (and so the ledger).</summary>
public sealed record RunNote(string RunId, string Trigger, string Host, DateTime StartedUtc, DateTime ScannedUtc, int FilesClaimed, int FilesWaiting);
