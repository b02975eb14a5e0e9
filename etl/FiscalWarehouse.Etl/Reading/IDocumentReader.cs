using FiscalWarehouse.Model.Documents;

namespace FiscalWarehouse.Etl.Reading;

/// <summary>
/// Turns a file's bytes into lines of cells. Readers are chosen by content (magic bytes, markup), never by extension
/// alone: a PDF renamed .txt must still reach the PDF reader or be rejected clearly.
/// </summary>
public interface IDocumentReader
{
    /// <summary>True when this reader recognizes the content. Called with the first bytes of the file.</summary>
    bool CanRead(string fileName, ReadOnlySpan<byte> head);

    /// <summary>Reads the whole document. Throws <see cref="DocumentReadException"/> naming file and line on bad input.</summary>
    SourceDocument Read(string fileName, byte[] bytes, CancellationToken cancellationToken);
}
