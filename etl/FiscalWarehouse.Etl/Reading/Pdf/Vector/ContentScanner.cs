namespace FiscalWarehouse.Etl.Reading.Pdf.Vector;

/// <summary>
/// Interprets a page's content streams for what draws table borders: paths (lines and rectangles) painted in a dark
/// colour, with the transformation matrix, the clip box and form XObjects followed. Text, images and shadings are
/// skipped. Produces raw segments in display points; <see cref="VectorRulings"/> merges them into rulings.
/// </summary>
internal sealed class ContentScanner
{
    // Rendered darker than 200 of 255 in grey: the threshold the rendering path used for "ink".
    private const double DarkLuminance = 200.0 / 255;
    private const int MaxFormDepth = 8;

    private readonly PdfFile _file;
    private readonly PathPainter _path = new();
    private readonly double[] _stack = new double[16];
    private GraphicsState _state;
    private int _count;

    private ContentScanner(PdfFile file, GraphicsState state)
    {
        _file = file;
        _state = state;
    }

    /// <summary>True when the page painted an image: its borders might be pixels, invisible to this scanner.</summary>
    public bool DrewImage { get; private set; }

    public static (List<Ruling> Segments, bool DrewImage) Scan(PdfFile file, PdfPageObject page, double width, double height)
    {
        var scanner = new ContentScanner(file, new GraphicsState(Matrix.PageToDisplay(page.MediaBox, page.Rotate), true, true, 1, 0, 0, width, height));
        // Several content streams are one stream split anywhere (even inside an operator's operands): join them.
        var parts = page.Contents.Select(file.Decode).ToList();
        var content = parts.Count == 1 ? parts[0] : JoinStreams(parts);
        scanner.Run(content, page.Resources, 0);
        return (scanner._path.Segments, scanner.DrewImage);
    }

    private static byte[] JoinStreams(List<byte[]> parts)
    {
        var joined = new byte[parts.Sum(p => p.Length + 1)];
        var at = 0;
        foreach (var part in parts)
        {
            part.CopyTo(joined, at);
            at += part.Length;
            joined[at++] = (byte)'\n';
        }

        return joined;
    }

    // A loop, not Select(…).ToArray() into doubles, which was JIT-compiled in every process (docs/benchmarks.md, round 11).
    private double[] Numbers(List<object> items)
    {
        var numbers = new double[items.Count];
        for (var i = 0; i < numbers.Length; i++)
        {
            numbers[i] = _file.Resolve(items[i]) is double d ? d : 0;
        }

        return numbers;
    }

    private void Run(byte[] data, Dictionary<string, object>? resources, int depth)
    {
        var syntax = new PdfSyntax(data, 0);
        // q … Q nesting in an array: a Stack of this struct was JIT-compiled in every process (docs/benchmarks.md, round 11).
        var saved = new GraphicsState[8];
        var depthSaved = 0;
        PdfName? lastName = null;
        var pendingClip = false;
        while (true)
        {
            syntax.SkipWhite();
            if (syntax.Position >= data.Length)
            {
                return;
            }

            var b = data[syntax.Position];
            if (b is >= (byte)'0' and <= (byte)'9' or (byte)'-' or (byte)'+' or (byte)'.')
            {
                Push(syntax.ReadNumber());
                continue;
            }

            switch (b)
            {
                case (byte)'/':
                    lastName = syntax.ReadName();
                    continue;
                case (byte)'(':
                    syntax.SkipLiteralString();
                    continue;
                case (byte)'<' when syntax.Position + 1 < data.Length && data[syntax.Position + 1] == '<':
                    syntax.ReadObject();
                    continue;
                case (byte)'<':
                    var close = data.AsSpan(syntax.Position).IndexOf((byte)'>');
                    syntax.Position = close < 0 ? data.Length : syntax.Position + close + 1;
                    continue;
                case (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)')' or (byte)'>':
                    syntax.Position++;
                    continue;
            }

            var op = ReadOperator(syntax);
            switch (op)
            {
                case Op.q:
                    if (depthSaved == saved.Length)
                    {
                        saved = GrowableArrays.Doubled(saved);
                    }

                    saved[depthSaved++] = _state;
                    break;
                case Op.Q:
                    if (depthSaved > 0)
                    {
                        _state = saved[--depthSaved];
                    }

                    break;
                case Op.cm when _count >= 6:
                    _state = _state with { Ctm = Operands6().Then(_state.Ctm) };
                    break;
                case Op.g or Op.rg or Op.k or Op.sc or Op.scn:
                    _state = _state with { FillDark = IsDark() };
                    break;
                case Op.G or Op.RG or Op.K or Op.SC or Op.SCN:
                    _state = _state with { StrokeDark = IsDark() };
                    break;
                case Op.w when _count >= 1:
                    _state = _state with { LineWidth = _stack[_count - 1] };
                    break;
                case Op.cs:
                    _state = _state with { FillDark = true };
                    break;
                case Op.CS:
                    _state = _state with { StrokeDark = true };
                    break;
                case Op.m when _count >= 2:
                    _path.StartSubpath();
                    AddPoint(_stack[_count - 2], _stack[_count - 1], curve: false);
                    break;
                case Op.l when _count >= 2:
                    AddPoint(_stack[_count - 2], _stack[_count - 1], curve: false);
                    break;
                case Op.c when _count >= 6:
                    AddPoint(_stack[_count - 2], _stack[_count - 1], curve: true);
                    break;
                case Op.v or Op.y when _count >= 4:
                    AddPoint(_stack[_count - 2], _stack[_count - 1], curve: true);
                    break;
                case Op.h:
                    _path.Close();
                    break;
                case Op.re when _count >= 4:
                {
                    double x = _stack[_count - 4], y = _stack[_count - 3], w = _stack[_count - 2], h = _stack[_count - 1];
                    _path.StartSubpath();
                    AddPoint(x, y, false);
                    AddPoint(x + w, y, false);
                    AddPoint(x + w, y + h, false);
                    AddPoint(x, y + h, false);
                    _path.Close();
                    break;
                }

                case Op.W or Op.Wstar:
                    pendingClip = true;
                    break;
                case Op.S or Op.s or Op.f or Op.F or Op.fstar or Op.B or Op.Bstar or Op.b or Op.bstar or Op.n:
                    _state = _path.Paint(_state, Strokes(op), Fills(op), op is Op.s or Op.b or Op.bstar, pendingClip);
                    pendingClip = false;
                    break;
                case Op.Do when lastName is { } name:
                    Draw(name.Value, resources, depth);
                    break;
                case Op.BI:
                    SkipInlineImage(syntax);
                    DrewImage = true;
                    break;
            }

            _count = 0;
        }
    }

    private void Draw(string name, Dictionary<string, object>? resources, int depth)
    {
        if (depth >= MaxFormDepth || _file.Dict(resources?.GetValueOrDefault("XObject")) is not { } xobjects
            || _file.Resolve(xobjects.GetValueOrDefault(name)) is not PdfStream form)
        {
            return;
        }

        var subtype = _file.Resolve(form.Dictionary.GetValueOrDefault("Subtype")) as PdfName?;
        if (subtype?.Value == "Image")
        {
            DrewImage = true;
            return;
        }

        if (subtype?.Value != "Form")
        {
            return;
        }

        var outer = _state;
        if (_file.Resolve(form.Dictionary.GetValueOrDefault("Matrix")) is List<object> { Count: 6 } m)
        {
            var values = Numbers(m);
            _state = _state with { Ctm = new Matrix(values[0], values[1], values[2], values[3], values[4], values[5]).Then(_state.Ctm) };
        }

        if (_file.Resolve(form.Dictionary.GetValueOrDefault("BBox")) is List<object> { Count: 4 } box)
        {
            var v = Numbers(box);
            _path.StartSubpath();
            AddPoint(v[0], v[1], false);
            AddPoint(v[2], v[1], false);
            AddPoint(v[2], v[3], false);
            AddPoint(v[0], v[3], false);
            _state = _path.Paint(_state, stroke: false, fill: false, close: false, clip: true);
        }

        var formResources = _file.Dict(form.Dictionary.GetValueOrDefault("Resources")) ?? resources;
        Run(_file.Decode(form), formResources, depth + 1);
        _state = outer;
    }

    private static void SkipInlineImage(PdfSyntax syntax)
    {
        var data = syntax.Data;
        var id = data.AsSpan(syntax.Position).IndexOf("ID"u8);
        if (id < 0)
        {
            syntax.Position = data.Length;
            return;
        }

        var p = syntax.Position + id + 3;
        while (p + 2 < data.Length)
        {
            var at = data.AsSpan(p).IndexOf("EI"u8);
            if (at < 0)
            {
                break;
            }

            p += at;
            if (PdfSyntax.IsWhite(data[p - 1]) && (p + 2 >= data.Length || PdfSyntax.IsWhite(data[p + 2])))
            {
                syntax.Position = p + 2;
                return;
            }

            p += 2;
        }

        syntax.Position = data.Length;
    }

    // Operators are at most three bytes; packed into an int they are compared without allocating a string each.
    private static Op ReadOperator(PdfSyntax syntax)
    {
        var data = syntax.Data;
        var start = syntax.Position;
        var p = start;
        while (p < data.Length && !PdfSyntax.IsWhite(data[p]) && !PdfSyntax.IsDelimiter(data[p]))
        {
            p++;
        }

        syntax.Position = p == start ? p + 1 : p;
        var length = p - start;
        if (length is 0 or > 3)
        {
            return Op.Other;
        }

        var code = 0;
        for (var i = length - 1; i >= 0; i--)
        {
            code = (code << 8) | data[start + i];
        }

        return (Op)code;
    }

    private bool IsDark()
    {
        var luminance = _count switch
        {
            1 => _stack[0],
            3 => 0.3 * _stack[0] + 0.59 * _stack[1] + 0.11 * _stack[2],
            4 => 1 - Math.Min(1, 0.3 * _stack[0] + 0.59 * _stack[1] + 0.11 * _stack[2] + _stack[3]),
            // A pattern or an unusual colour space: assume ink, as most strokes are.
            _ => 0,
        };
        return luminance < DarkLuminance;
    }

    private static bool Strokes(Op op) => op is Op.S or Op.s or Op.B or Op.Bstar or Op.b or Op.bstar;

    private static bool Fills(Op op) => op is Op.f or Op.F or Op.fstar or Op.B or Op.Bstar or Op.b or Op.bstar;

    private Matrix Operands6() => new(_stack[_count - 6], _stack[_count - 5], _stack[_count - 4], _stack[_count - 3], _stack[_count - 2], _stack[_count - 1]);

    private void Push(double value)
    {
        if (_count == _stack.Length)
        {
            Array.Copy(_stack, 1, _stack, 0, _stack.Length - 1);
            _count--;
        }

        _stack[_count++] = value;
    }

    private void AddPoint(double x, double y, bool curve)
    {
        var (dx, dy) = _state.Ctm.Apply(x, y);
        _path.Add(dx, dy, curve);
    }

    // Each value is the operator's bytes, little-endian: 'r' | 'e' << 8 for "re".
    private enum Op
    {
        Other = 0,
        q = 'q', Q = 'Q', cm = 'c' | 'm' << 8, g = 'g', rg = 'r' | 'g' << 8, k = 'k', sc = 's' | 'c' << 8, scn = 's' | 'c' << 8 | 'n' << 16,
        G = 'G', RG = 'R' | 'G' << 8, K = 'K', SC = 'S' | 'C' << 8, SCN = 'S' | 'C' << 8 | 'N' << 16, cs = 'c' | 's' << 8, CS = 'C' | 'S' << 8,
        m = 'm', l = 'l', c = 'c', v = 'v', y = 'y', h = 'h', re = 'r' | 'e' << 8, W = 'W', Wstar = 'W' | '*' << 8,
        S = 'S', s = 's', f = 'f', F = 'F', fstar = 'f' | '*' << 8, B = 'B', Bstar = 'B' | '*' << 8, b = 'b', bstar = 'b' | '*' << 8,
        n = 'n', Do = 'D' | 'o' << 8, BI = 'B' | 'I' << 8, w = 'w',
    }

}
