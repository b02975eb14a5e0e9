namespace FiscalWarehouse.Etl.Reading.Pdf.Vector;

/// <summary>
/// The current path's points as three growable arrays (x, y, whether a curve reached it), reused from path to path:
/// the painter reads them by index, and a list of value tuples would cost a JIT compilation of its methods in every
/// process (docs/benchmarks.md, round 11).
/// </summary>
internal sealed class PathPoints(int capacity)
{
    public double[] X = new double[capacity];

    public double[] Y = new double[capacity];

    public bool[] Curve = new bool[capacity];

    public int Count;

    public void Add(double x, double y, bool curve)
    {
        if (Count == X.Length)
        {
            X = GrowableArrays.Doubled(X);
            Y = GrowableArrays.Doubled(Y);
            Curve = GrowableArrays.Doubled(Curve);
        }

        X[Count] = x;
        Y[Count] = y;
        Curve[Count] = curve;
        Count++;
    }
}
