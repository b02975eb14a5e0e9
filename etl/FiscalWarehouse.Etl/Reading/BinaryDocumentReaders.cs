using FiscalWarehouse.Etl.Reading.Pdf;
using FiscalWarehouse.Etl.Reading.Xlsx;

namespace FiscalWarehouse.Etl.Reading;

/// <summary>Readers for binary formats (PDF, XLSX), tried before the text reader so a PDF is never read as text.</summary>
public static class BinaryDocumentReaders
{
    public static IReadOnlyList<IDocumentReader> All { get; } = [new PdfDocumentReader(), new XlsxDocumentReader()];
}
