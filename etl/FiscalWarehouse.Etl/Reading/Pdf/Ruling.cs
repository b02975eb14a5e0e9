namespace FiscalWarehouse.Etl.Reading.Pdf;

/// <summary>
/// A drawn table border: horizontal (<see cref="At"/> is y, From..To is x) or vertical (At is x, From..To is y), in points.
/// </summary>
internal sealed record Ruling(bool Horizontal, double At, double From, double To)
{
    public bool Covers(double value, double slack) => value >= From - slack && value <= To + slack;
}
