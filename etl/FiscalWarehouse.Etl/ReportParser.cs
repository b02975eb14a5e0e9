using FiscalWarehouse.Etl.Reading;

namespace FiscalWarehouse.Etl;

/// <summary>
/// The ETL entry point: bytes → <see cref="ParsedReport"/> (report, tables, narrative figures, findings).
/// Pure: no database, no network, so parsing is testable and benchmarkable alone.
/// </summary>
public sealed class ReportParser
{
    private readonly IReadOnlyList<IDocumentReader> _readers;

    public ReportParser(IEnumerable<IDocumentReader>? additionalReaders = null)
    {
        _readers = [.. additionalReaders ?? []];
    }

    /// <summary>Reads a file. Throws <see cref="Model.Documents.DocumentReadException"/> when it cannot be read at all.</summary>
    public ParsedReport Parse(string path, CancellationToken cancellationToken = default)
    {
        var bytes = File.ReadAllBytes(path);
        return Parse(Path.GetFileName(path), bytes, cancellationToken);
    }

    public ParsedReport Parse(string fileName, byte[] bytes, CancellationToken cancellationToken = default)
    {
        _ = _readers;
        _ = fileName;
        _ = bytes;
        cancellationToken.ThrowIfCancellationRequested();
        throw new NotImplementedException("wired by the parser work (issue 5)");
    }
}
