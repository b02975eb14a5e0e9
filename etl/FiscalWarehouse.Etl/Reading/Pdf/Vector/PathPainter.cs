namespace FiscalWarehouse.Etl.Reading.Pdf.Vector;

/// <summary>What the content stream set that matters for borders: the transformation, ink or not, line width, clip box.</summary>
internal readonly record struct GraphicsState(
    Matrix Ctm, bool FillDark, bool StrokeDark, double LineWidth, double ClipX0, double ClipY0, double ClipX1, double ClipY1);

/// <summary>
/// The current path in display points and what painting it leaves as borders: dark axis-parallel strokes, dark
/// rectangles (thin as lines, thick by their outline), light paint cutting the borders under it, all within the clip box.
/// </summary>
internal sealed class PathPainter
{
    // A filled rectangle thinner than this is a line; a thicker one shows its outline (as a render of it would).
    private const double Thin = 6;
    // The path's points and subpaths in plain arrays: a List of value tuples or of bools is a generic instantiation
    // that ReadyToRun cannot hold, JIT-compiled in every process that reads a PDF (docs/benchmarks.md, round 11).
    private readonly PathPoints _points = new(64);
    private readonly List<int> _subpathStarts = [];
    private bool[] _closed = new bool[16];
    private GraphicsState _state;

    public List<Ruling> Segments { get; } = [];

    public void StartSubpath()
    {
        if (_subpathStarts.Count == _closed.Length)
        {
            _closed = GrowableArrays.Doubled(_closed);
        }

        _closed[_subpathStarts.Count] = false;
        _subpathStarts.Add(_points.Count);
    }

    public void Add(double x, double y, bool curve)
    {
        if (_subpathStarts.Count == 0)
        {
            StartSubpath();
        }

        _points.Add(x, y, curve);
    }

    public void Close()
    {
        if (_subpathStarts.Count > 0)
        {
            _closed[_subpathStarts.Count - 1] = true;
        }
    }

    /// <summary>Paints the current path (and/or makes it the clip) and starts a new one; returns the state with the clip applied.</summary>
    public GraphicsState Paint(GraphicsState state, bool stroke, bool fill, bool close, bool clip)
    {
        _state = state;
        if (close)
        {
            Close();
        }

        for (var s = 0; s < _subpathStarts.Count; s++)
        {
            var start = _subpathStarts[s];
            var end = s + 1 < _subpathStarts.Count ? _subpathStarts[s + 1] : _points.Count;
            if (stroke)
            {
                for (var i = start + 1; i < end; i++)
                {
                    if (!_points.Curve[i])
                    {
                        Stroke(_points.X[i - 1], _points.Y[i - 1], _points.X[i], _points.Y[i]);
                    }
                }

                if (_closed[s] && end - start > 2)
                {
                    Stroke(_points.X[end - 1], _points.Y[end - 1], _points.X[start], _points.Y[start]);
                }
            }

            if (fill && Rectangle(start, end) is { } r)
            {
                if (_state.FillDark)
                {
                    FillRectangle(r.X0, r.Y0, r.X1, r.Y1);
                }
                else
                {
                    Erase(r.X0, r.Y0, r.X1, r.Y1);
                }
            }
        }

        if (clip && _points.Count > 0)
        {
            double x0 = _points.X[0], x1 = x0, y0 = _points.Y[0], y1 = y0;
            for (var i = 1; i < _points.Count; i++)
            {
                x0 = Math.Min(x0, _points.X[i]);
                x1 = Math.Max(x1, _points.X[i]);
                y0 = Math.Min(y0, _points.Y[i]);
                y1 = Math.Max(y1, _points.Y[i]);
            }

            _state = _state with
            {
                ClipX0 = Math.Max(_state.ClipX0, x0), ClipY0 = Math.Max(_state.ClipY0, y0),
                ClipX1 = Math.Min(_state.ClipX1, x1), ClipY1 = Math.Min(_state.ClipY1, y1),
            };
        }

        _points.Count = 0;
        _subpathStarts.Clear();
        return _state;
    }

    // Four corners joined by axis-parallel sides (a closing fifth point on the first is allowed).
    private (double X0, double Y0, double X1, double Y1)? Rectangle(int start, int end)
    {
        var n = end - start;
        if (n == 5 && Near(_points.X[end - 1], _points.X[start]) && Near(_points.Y[end - 1], _points.Y[start]))
        {
            n = 4;
        }

        if (n != 4)
        {
            return null;
        }

        for (var i = 0; i < 4; i++)
        {
            var (a, c) = (start + i, start + ((i + 1) % 4));
            if (_points.Curve[a] || _points.Curve[c] || !(Near(_points.X[a], _points.X[c]) || Near(_points.Y[a], _points.Y[c])))
            {
                return null;
            }
        }

        double x0 = double.MaxValue, y0 = double.MaxValue, x1 = double.MinValue, y1 = double.MinValue;
        for (var i = start; i < start + 4; i++)
        {
            x0 = Math.Min(x0, _points.X[i]);
            y0 = Math.Min(y0, _points.Y[i]);
            x1 = Math.Max(x1, _points.X[i]);
            y1 = Math.Max(y1, _points.Y[i]);
        }

        return (x0, y0, x1, y1);
    }

    private void Stroke(double xa, double ya, double xb, double yb)
    {
        if (_state.StrokeDark)
        {
            AddSegment(xa, ya, xb, yb);
            return;
        }

        // A light line painted over borders hides them where it passes, as on the rendered page.
        var ctm = _state.Ctm;
        var half = Math.Max(_state.LineWidth * Math.Sqrt(Math.Abs(ctm.A * ctm.D - ctm.B * ctm.C)), 0.1) / 2;
        if (Math.Abs(ya - yb) <= 0.5)
        {
            Erase(Math.Min(xa, xb), Math.Min(ya, yb) - half, Math.Max(xa, xb), Math.Max(ya, yb) + half);
        }
        else if (Math.Abs(xa - xb) <= 0.5)
        {
            Erase(Math.Min(xa, xb) - half, Math.Min(ya, yb), Math.Max(xa, xb) + half, Math.Max(ya, yb));
        }
    }

    // A light area (a white cell background, a white line) painted after a border covers the part of it whose centre
    // line lies inside the area: the border is cut there, as rendering would show it.
    private void Erase(double x0, double y0, double x1, double y1)
    {
        for (var i = Segments.Count - 1; i >= 0; i--)
        {
            var r = Segments[i];
            var (acrossLow, acrossHigh, alongLow, alongHigh) = r.Horizontal ? (y0, y1, x0, x1) : (x0, x1, y0, y1);
            if (r.At <= acrossLow || r.At >= acrossHigh || r.To <= alongLow || r.From >= alongHigh)
            {
                continue;
            }

            Segments.RemoveAt(i);
            if (alongLow > r.From)
            {
                Segments.Add(r with { To = alongLow });
            }

            if (alongHigh < r.To)
            {
                Segments.Add(r with { From = alongHigh });
            }
        }
    }

    private void FillRectangle(double x0, double y0, double x1, double y1)
    {
        double w = x1 - x0, h = y1 - y0;
        if (h <= Thin && w > h)
        {
            AddSegment(x0, (y0 + y1) / 2, x1, (y0 + y1) / 2);
        }
        else if (w <= Thin && h > w)
        {
            AddSegment((x0 + x1) / 2, y0, (x0 + x1) / 2, y1);
        }
        else if (w > Thin && h > Thin)
        {
            AddSegment(x0, y0, x1, y0);
            AddSegment(x0, y1, x1, y1);
            AddSegment(x0, y0, x0, y1);
            AddSegment(x1, y0, x1, y1);
        }
    }

    // Axis-parallel segments only (within half a point), cut to the clip box.
    private void AddSegment(double xa, double ya, double xb, double yb)
    {
        var s = _state;
        if (Math.Abs(ya - yb) <= 0.5)
        {
            var y = (ya + yb) / 2;
            var from = Math.Max(Math.Min(xa, xb), s.ClipX0);
            var to = Math.Min(Math.Max(xa, xb), s.ClipX1);
            if (y >= s.ClipY0 - 0.5 && y <= s.ClipY1 + 0.5 && to > from)
            {
                Segments.Add(new Ruling(true, y, from, to));
            }
        }
        else if (Math.Abs(xa - xb) <= 0.5)
        {
            var x = (xa + xb) / 2;
            var from = Math.Max(Math.Min(ya, yb), s.ClipY0);
            var to = Math.Min(Math.Max(ya, yb), s.ClipY1);
            if (x >= s.ClipX0 - 0.5 && x <= s.ClipX1 + 0.5 && to > from)
            {
                Segments.Add(new Ruling(false, x, from, to));
            }
        }
    }

    private static bool Near(double a, double b) => Math.Abs(a - b) <= 0.5;
}
