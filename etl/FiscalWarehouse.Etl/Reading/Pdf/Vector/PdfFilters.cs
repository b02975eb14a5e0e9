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

    public static byte[] Decode(PdfFile file, Dictionary<string, object> dict, ReadOnlySpan<byte> raw)
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

        var data = raw.ToArray();
        foreach (var f in filters)
        {
            data = f.Value switch
            {
                "FlateDecode" or "Fl" => Inflate(data),
                "ASCIIHexDecode" or "AHx" => new PdfSyntax([(byte)'<', .. data], 0).ReadHexString(),
                _ => throw new PdfSyntaxException("unsupported filter " + f.Value),
            };
        }

        return data;
    }

    private static byte[] Inflate(ReadOnlySpan<byte> raw)
    {
        using var output = new MemoryStream(raw.Length * 6);
        try
        {
            using var input = new MemoryStream(raw.ToArray(), writable: false);
            using var zlib = new ZLibStream(input, CompressionMode.Decompress);
            var buffer = new byte[81920];
            int read;
            while ((read = zlib.Read(buffer, 0, buffer.Length)) > 0)
            {
                output.Write(buffer, 0, read);
                if (output.Length > MaxInflated)
                {
                    throw new PdfSyntaxException("stream inflates beyond 64 MiB");
                }
            }
        }
        catch (InvalidDataException)
        {
            // A stream cut short by a careless producer: what was inflated is still drawable; nothing at all is an error.
            if (output.Length == 0)
            {
                throw new PdfSyntaxException("bad Flate data");
            }
        }

        return output.ToArray();
    }
}
