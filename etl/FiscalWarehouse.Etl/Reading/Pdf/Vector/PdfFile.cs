namespace FiscalWarehouse.Etl.Reading.Pdf.Vector;

/// <summary>A page as the page tree defines it: its box, rotation, resources and content streams.</summary>
internal sealed record PdfPageObject(double[] MediaBox, int Rotate, Dictionary<string, object>? Resources, IReadOnlyList<PdfStream> Contents);

/// <summary>
/// Just enough of a PDF file to walk its page tree: objects are located by scanning for <c>N G obj</c> (later
/// definitions win, as incremental updates intend; a damaged cross-reference table does not matter), object streams
/// are opened on demand, streams are decrypted (<see cref="PdfDecryption"/>) and decoded when unfiltered or
/// Flate-compressed. Anything else (other filters, unknown security handlers) throws <see cref="PdfSyntaxException"/> and the caller renders the pages instead.
/// </summary>
internal sealed class PdfFile
{
    private const int MaxDepth = 32;
    private readonly byte[] _data;
    private readonly Dictionary<int, int> _offsets = [];
    private readonly Dictionary<int, object> _parsed = [];
    private Dictionary<int, (int Stream, int Index)>? _compressed;

    private readonly PdfDecryption? _decryption;

    public PdfFile(byte[] data)
    {
        _data = data;
        IndexObjects();
        if (LastKey("/Encrypt"u8) is { } encrypt)
        {
            var dict = Dict(new PdfSyntax(_data, encrypt).ReadObject()) ?? throw new PdfSyntaxException("bad /Encrypt");
            var ids = LastKey("/ID"u8) is { } id ? Resolve(new PdfSyntax(_data, id).ReadObject()) as List<object> : null;
            var first = ids is { Count: > 0 } && Resolve(ids[0]) is byte[] b ? b : [];
            _decryption = PdfDecryption.Create(this, dict, first);
        }
    }

    public object Resolve(object? value)
    {
        for (var depth = 0; value is PdfRef reference; depth++)
        {
            if (depth > MaxDepth)
            {
                throw new PdfSyntaxException("reference loop");
            }

            value = Get(reference.Number);
        }

        return value ?? PdfNull.Instance;
    }

    public Dictionary<string, object>? Dict(object? value) => Resolve(value) switch
    {
        Dictionary<string, object> d => d,
        PdfStream s => s.Dictionary,
        _ => null,
    };

    public IReadOnlyList<PdfPageObject> Pages()
    {
        var root = Dict(RootReference()) ?? throw new PdfSyntaxException("no document catalog");
        var pages = new List<PdfPageObject>();
        Collect(Dict(root.GetValueOrDefault("Pages")) ?? throw new PdfSyntaxException("no page tree"), null, null, 0, pages, 0);
        return pages;
    }

    public byte[] Decode(PdfStream stream)
    {
        var dict = stream.Dictionary;
        var length = Resolve(dict.GetValueOrDefault("Length")) is double d ? (int)d : -1;
        var start = stream.DataStart;
        var end = start + length;
        if (length < 0 || end > _data.Length || !EndsStream(end))
        {
            end = _data.AsSpan(start).IndexOf("endstream"u8);
            end = end < 0 ? throw new PdfSyntaxException("unterminated stream") : start + end;
        }

        var raw = new ArraySegment<byte>(_data, start, end - start);
        if (_decryption is not null && Resolve(dict.GetValueOrDefault("Type")) is not PdfName { Value: "XRef" })
        {
            return PdfFilters.Decode(this, dict, _decryption.Decrypt(raw.ToArray(), stream.Number, stream.Generation));
        }

        return PdfFilters.Decode(this, dict, raw);
    }

    // The position just after the last "/Key" that is a whole name (not the start of /EncryptMetadata).
    private int? LastKey(ReadOnlySpan<byte> key)
    {
        var span = _data.AsSpan();
        while (true)
        {
            var at = span.LastIndexOf(key);
            if (at < 0)
            {
                return null;
            }

            var after = at + key.Length;
            if (after >= _data.Length || PdfSyntax.IsWhite(_data[after]) || PdfSyntax.IsDelimiter(_data[after]))
            {
                return after;
            }

            span = span[..at];
        }
    }

    private bool EndsStream(int end)
    {
        var p = end;
        while (p < _data.Length && PdfSyntax.IsWhite(_data[p]))
        {
            p++;
        }

        return _data.AsSpan(p).StartsWith("endstream"u8);
    }

    private void Collect(Dictionary<string, object> node, Dictionary<string, object>? resources, double[]? mediaBox, int rotate,
        List<PdfPageObject> pages, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new PdfSyntaxException("page tree too deep");
        }

        resources = Dict(node.GetValueOrDefault("Resources")) ?? resources;
        mediaBox = Box(node.GetValueOrDefault("MediaBox")) ?? mediaBox;
        rotate = Resolve(node.GetValueOrDefault("Rotate")) is double r ? (int)r : rotate;
        if (Resolve(node.GetValueOrDefault("Kids")) is List<object> kids)
        {
            foreach (var kid in kids)
            {
                Collect(Dict(kid) ?? throw new PdfSyntaxException("bad page tree node"), resources, mediaBox, rotate, pages, depth + 1);
            }

            return;
        }

        var contents = Resolve(node.GetValueOrDefault("Contents")) switch
        {
            PdfStream s => [s],
            List<object> list => list.Select(c => Resolve(c) as PdfStream ?? throw new PdfSyntaxException("bad contents")).ToList(),
            _ => new List<PdfStream>(),
        };
        pages.Add(new PdfPageObject(mediaBox ?? [0, 0, 612, 792], ((rotate % 360) + 360) % 360, resources, contents));
    }

    private double[]? Box(object? value) =>
        Resolve(value) is List<object> { Count: 4 } list
            ? [.. list.Select(v => Resolve(v) is double d ? d : throw new PdfSyntaxException("bad box"))]
            : null;

    private PdfRef RootReference()
    {
        // The last /Root belongs to the newest trailer or cross-reference stream.
        var at = _data.AsSpan().LastIndexOf("/Root"u8);
        if (at < 0)
        {
            throw new PdfSyntaxException("no /Root");
        }

        var syntax = new PdfSyntax(_data, at + 5);
        return syntax.ReadObject() is PdfRef root ? root : throw new PdfSyntaxException("bad /Root");
    }

    private object Get(int number)
    {
        if (_parsed.TryGetValue(number, out var cached))
        {
            return cached;
        }

        object value;
        if (_offsets.TryGetValue(number, out var offset))
        {
            value = ParseAt(offset);
        }
        else
        {
            _compressed ??= IndexObjectStreams();
            value = _compressed.TryGetValue(number, out var at) ? FromObjectStream(at.Stream, at.Index) : PdfNull.Instance;
        }

        _parsed[number] = value;
        return value;
    }

    private object ParseAt(int offset)
    {
        var syntax = new PdfSyntax(_data, offset);
        var number = (int)syntax.ReadNumber();
        syntax.SkipWhite();
        var generation = (int)syntax.ReadNumber();
        syntax.SkipWhite();
        if (syntax.ReadKeyword() != "obj")
        {
            throw new PdfSyntaxException("object header expected");
        }

        var value = syntax.ReadObject();
        if (value is not Dictionary<string, object> dict)
        {
            return value;
        }

        syntax.SkipWhite();
        if (!_data.AsSpan(syntax.Position).StartsWith("stream"u8))
        {
            return dict;
        }

        var p = syntax.Position + 6;
        if (p < _data.Length && _data[p] == '\r')
        {
            p++;
        }

        if (p < _data.Length && _data[p] == '\n')
        {
            p++;
        }

        return new PdfStream(dict, p, number, generation);
    }

    private void IndexObjects()
    {
        var data = _data.AsSpan();
        var from = 0;
        while (true)
        {
            var hit = data[from..].IndexOf("obj"u8);
            if (hit < 0)
            {
                return;
            }

            var at = from + hit;
            from = at + 3;
            if (from < data.Length && !PdfSyntax.IsWhite(data[from]) && !PdfSyntax.IsDelimiter(data[from]))
            {
                continue;
            }

            // Walk back over "<number> <generation> " to the object header's start.
            var p = at - 1;
            if (p < 0 || !PdfSyntax.IsWhite(data[p]))
            {
                continue;
            }

            while (p >= 0 && PdfSyntax.IsWhite(data[p]))
            {
                p--;
            }

            var genEnd = p;
            while (p >= 0 && data[p] is >= (byte)'0' and <= (byte)'9')
            {
                p--;
            }

            if (p == genEnd || p < 0 || !PdfSyntax.IsWhite(data[p]))
            {
                continue;
            }

            while (p >= 0 && PdfSyntax.IsWhite(data[p]))
            {
                p--;
            }

            var numEnd = p;
            while (p >= 0 && data[p] is >= (byte)'0' and <= (byte)'9')
            {
                p--;
            }

            if (p == numEnd || (p >= 0 && !PdfSyntax.IsWhite(data[p]) && !PdfSyntax.IsDelimiter(data[p])))
            {
                continue;
            }

            var number = 0;
            foreach (var digit in data[(p + 1)..(numEnd + 1)])
            {
                number = number * 10 + (digit - '0');
            }

            _offsets[number] = p + 1;
        }
    }

    private Dictionary<int, (int Stream, int Index)> IndexObjectStreams()
    {
        var result = new Dictionary<int, (int, int)>();
        foreach (var number in _offsets.Keys.ToList())
        {
            if (Get(number) is PdfStream { } s && Resolve(s.Dictionary.GetValueOrDefault("Type")) is PdfName { Value: "ObjStm" })
            {
                var (numbers, _, _) = ReadObjectStreamHeader(s);
                for (var i = 0; i < numbers.Count; i++)
                {
                    result.TryAdd(numbers[i], (number, i));
                }
            }
        }

        return result;
    }

    private (List<int> Numbers, List<int> Offsets, byte[] Data) ReadObjectStreamHeader(PdfStream stream)
    {
        var data = Decode(stream);
        var count = Resolve(stream.Dictionary.GetValueOrDefault("N")) is double n ? (int)n : 0;
        var syntax = new PdfSyntax(data, 0);
        var numbers = new List<int>(count);
        var offsets = new List<int>(count);
        for (var i = 0; i < count; i++)
        {
            syntax.SkipWhite();
            numbers.Add((int)syntax.ReadNumber());
            syntax.SkipWhite();
            offsets.Add((int)syntax.ReadNumber());
        }

        return (numbers, offsets, data);
    }

    private object FromObjectStream(int streamNumber, int index)
    {
        var stream = Get(streamNumber) as PdfStream ?? throw new PdfSyntaxException("object stream missing");
        var (_, offsets, data) = ReadObjectStreamHeader(stream);
        var first = Resolve(stream.Dictionary.GetValueOrDefault("First")) is double f ? (int)f : 0;
        return new PdfSyntax(data, first + offsets[index]).ReadObject();
    }
}
