namespace FiscalWarehouse.Etl.Reading.Pdf.Vector;

/// <summary>A PDF transformation [a b c d e f]: (x, y) → (a·x + c·y + e, b·x + d·y + f).</summary>
internal readonly record struct Matrix(double A, double B, double C, double D, double E, double F)
{
    public static readonly Matrix Identity = new(1, 0, 0, 1, 0, 0);

    /// <summary>This transformation first, then <paramref name="then"/> (how <c>cm</c> prepends to the CTM).</summary>
    public Matrix Then(Matrix then) => new(
        A * then.A + B * then.C,
        A * then.B + B * then.D,
        C * then.A + D * then.C,
        C * then.B + D * then.D,
        E * then.A + F * then.C + then.E,
        E * then.B + F * then.D + then.F);

    public (double X, double Y) Apply(double x, double y) => (A * x + C * y + E, B * x + D * y + F);

    /// <summary>
    /// User space of a page to the page as poppler reports it: origin top-left, y down, rotation applied, in points.
    /// </summary>
    public static Matrix PageToDisplay(double[] box, int rotate)
    {
        double x0 = Math.Min(box[0], box[2]), y0 = Math.Min(box[1], box[3]);
        double x1 = Math.Max(box[0], box[2]), y1 = Math.Max(box[1], box[3]);
        return rotate switch
        {
            90 => new Matrix(0, 1, 1, 0, -y0, -x0),
            180 => new Matrix(-1, 0, 0, 1, x1, -y0),
            270 => new Matrix(0, -1, -1, 0, y1, x1),
            _ => new Matrix(1, 0, 0, -1, -x0, y1),
        };
    }
}
