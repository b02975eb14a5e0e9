namespace FiscalWarehouse.Jobs.Inbox;

/// <summary>A file seen in the inbox: its path relative to the inbox and what it looked like when observed.</summary>
public sealed record InboxFile(string RelativePath, long Size, DateTime LastWriteUtc)
{
    public bool SameAs(InboxFile other) => Size == other.Size && LastWriteUtc == other.LastWriteUtc;
}
