namespace FiscalWarehouse.Model.Documents;

/// <summary>
/// A document reduced to lines of cells: what every reader (text, markdown, HTML, PDF, XLSX) produces and what
/// recognition consumes, so recognition never depends on the input format.
/// </summary>
/// <param name="FileName">The file name only (no directories): provenance is shown to users and must not leak paths.</param>
/// <param name="ContentHash">Lower-case hex SHA-256 of the file's bytes: the identity used for idempotent loads.</param>
/// <param name="EncodingName">The text encoding detected (utf-8, gb18030, …) or the binary format's name.</param>
public sealed record SourceDocument(
    string FileName,
    string ContentHash,
    SourceFormat Format,
    string EncodingName,
    long SizeBytes,
    IReadOnlyList<SourceLine> Lines)
{
    /// <summary>
    /// The text's last line has no line break after it (text formats only). Alone it means little (the samples all end
    /// so), but a file whose last line is a table row without a line break was most likely cut off mid-row.
    /// </summary>
    public bool EndsWithoutLineBreak { get; init; }
}
