namespace FiscalWarehouse.Etl.Reading.Pdf;

/// <summary>A page's size (points, as displayed: rotation already applied by poppler) and its words in reading order.</summary>
internal sealed record PdfPage(int Number, double Width, double Height, IReadOnlyList<PdfWord> Words);
