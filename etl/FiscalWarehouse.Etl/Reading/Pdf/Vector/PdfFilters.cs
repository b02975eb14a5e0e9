using System.IO.Compression;

namespace FiscalWarehouse.Etl.Reading.Pdf.Vector;

/// <summary>
/// Stream filters a page's drawing is stored with: Flate (nearly every file) and ASCIIHex, in a chain. Predictors,
/// LZW, ASCII85 and image codecs are not needed for content streams in practice: they throw and the page is rendered.
/// </summary>
internal static class PdfFilters
{
    // No page's drawing needs more; a deflate bomb must not exhaust memory before the rendering fallback takes over.
    private const int MaxInflated = 64 << 20;

    private const int FirstScratch = 256 << 10;

    // A page's drawing is rarely over a few MiB; a buffer grown past this for one stream is let go after it.
    private const int KeptScratch = 8 << 20;

    [ThreadStatic]
    private static byte[]? _scratch;

    public static byte[] Decode(PdfFile file, Dictionary<string, object> dict, ArraySegment<byte> raw)
    {
        var filter = file.Resolve(dict.GetValueOrDefault("Filter"));
        var filters = filter switch
        {
            PdfName n => [n],
            List<object> list => list.Select(f => file.Resolve(f) is PdfName n ? n : throw new PdfSyntaxException("bad filter")).ToList(),
            _ => new List<PdfName>(),
        };
        var parms = file.Resolve(dict.GetValueOrDefault("DecodeParms")) switch
        {
            List<object> list => list.Select(file.Dict).ToList(),
            var single => [file.Dict(single)],
        };
        if (parms.Any(d => d is not null && file.Resolve(d.GetValueOrDefault("Predictor")) is double p && p > 1))
        {
            throw new PdfSyntaxException("predictor");
        }

        // The stream's bytes are read where they lie in the file: only a filter's output is a new array.
        var data = raw;
        foreach (var f in filters)
        {
            data = f.Value switch
            {
                "FlateDecode" or "Fl" => Inflate(data),
                "ASCIIHexDecode" or "AHx" => new PdfSyntax([(byte)'<', .. data.AsSpan()], 0).ReadHexString(),
                _ => throw new PdfSyntaxException("unsupported filter " + f.Value),
            };
        }

        return data.Offset == 0 && data.Count == data.Array!.Length ? data.Array : data.ToArray();
    }

    /// <summary>
    /// Inflates into this thread's scratch buffer, then copies out exactly what came out. A MemoryStream sized by a
    /// guessed ratio, grown by doubling and copied by ToArray allocated (and the GC zeroed, page by fresh page) several
    /// times each page's drawing: the largest single source of a PDF load's page faults (docs/benchmarks.md, round 12).
    /// </summary>
    private static byte[] Inflate(ArraySegment<byte> raw)
    {
        var buffer = _scratch ?? new byte[FirstScratch];
        var length = 0;
        try
        {
            using var input = new MemoryStream(raw.Array!, raw.Offset, raw.Count, writable: false);
            using var zlib = new ZLibStream(input, CompressionMode.Decompress);
            while (true)
            {
                if (length == buffer.Length)
                {
                    // One byte past the limit is room enough to know the stream goes beyond it.
                    Array.Resize(ref buffer, (int)Math.Min(buffer.Length * 2L, MaxInflated + 1L));
                }

                var read = zlib.Read(buffer, length, buffer.Length - length);
                if (read == 0)
                {
                    break;
                }

                length += read;
                if (length > MaxInflated)
                {
                    throw new PdfSyntaxException("stream inflates beyond 64 MiB");
                }
            }
        }
        catch (InvalidDataException)
        {
            // A stream cut short by a careless producer: what was inflated is still drawable; nothing at all is an error.
            if (length == 0)
            {
                throw new PdfSyntaxException("bad Flate data");
            }
        }
        finally
        {
            // Kept for the next stream on this thread unless one rare huge stream grew it: no input pins memory.
            _scratch = buffer.Length <= KeptScratch ? buffer : _scratch;
        }

        var inflated = GC.AllocateUninitializedArray<byte>(length);
        buffer.AsSpan(0, length).CopyTo(inflated);
        return inflated;
    }
}
