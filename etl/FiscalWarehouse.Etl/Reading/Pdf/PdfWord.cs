namespace FiscalWarehouse.Etl.Reading.Pdf;

/// <summary>One word as poppler placed it: page-space points, origin top-left, y growing downwards.</summary>
internal sealed record PdfWord(double Left, double Top, double Right, double Bottom, string Text)
{
    public double CenterX => (Left + Right) / 2;

    public double CenterY => (Top + Bottom) / 2;

    public double Height => Bottom - Top;
}
