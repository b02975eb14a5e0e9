namespace FiscalWarehouse.Model.Documents;

/// <summary>
/// A document that cannot be read at all (empty, binary garbage, wrong format, no text layer, truncated container).
/// Always names the file and, where it can, the line: callers turn it into a <c>rejected: REASON (FILE:LINE)</c> outcome.
/// </summary>
public sealed class DocumentReadException : Exception
{
    public DocumentReadException(string file, int? line, string reason)
        : base(line is { } l ? $"{reason} ({file}:{l})" : $"{reason} ({file})")
    {
        File = file;
        Line = line;
        Reason = reason;
    }

    public DocumentReadException() : this("?", null, "unreadable document") { }

    public DocumentReadException(string message) : this("?", null, message) { }

    public DocumentReadException(string message, Exception innerException) : base(message, innerException)
    {
        File = "?";
        Reason = message;
    }

    public string File { get; } = "?";

    public int? Line { get; }

    public string Reason { get; } = "";
}
