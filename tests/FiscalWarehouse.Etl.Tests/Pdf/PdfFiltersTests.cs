using System.IO.Compression;
using FiscalWarehouse.Etl.Reading.Pdf.Vector;

namespace FiscalWarehouse.Etl.Tests.Pdf;

/// <summary>
/// The stream filters inflate in place from the file's bytes into a per-thread buffer that is reused and grown:
/// what comes out must be the stream's bytes whatever their size against that buffer, where the stream lies in the
/// file, and whatever a previous (larger) stream left in the buffer; the limits must hold as before.
/// </summary>
public sealed class PdfFiltersTests
{
    private static readonly PdfFile AnyFile = new("%PDF-1.4\n%%EOF\n"u8.ToArray());

    private static Dictionary<string, object> Filter(params string[] names) =>
        new() { ["Filter"] = names.Select(n => (object)new PdfName(n)).ToList() };

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4_095)]
    [InlineData(256 * 1024 - 1)]
    [InlineData(256 * 1024)]
    [InlineData(256 * 1024 + 1)]
    [InlineData(3_000_001)]
    public void Flate_AnySizeAgainstTheBuffer_GivesTheStreamBack(int size)
    {
        var content = Content(size, seed: size);
        var packed = Deflate(content);

        var decoded = PdfFilters.Decode(AnyFile, Filter("FlateDecode"), packed);

        Assert.Equal(content, decoded);
    }

    [Fact]
    public void Flate_StreamInTheMiddleOfTheFile_ReadsOnlyItsBytes()
    {
        var content = Content(70_000, seed: 7);
        var packed = Deflate(content);
        var file = new byte[packed.Length + 200];
        file.AsSpan().Fill((byte)'x');
        packed.CopyTo(file, 120);

        var decoded = PdfFilters.Decode(AnyFile, Filter("Fl"), new ArraySegment<byte>(file, 120, packed.Length));

        Assert.Equal(content, decoded);
    }

    [Fact]
    public void Flate_SmallStreamAfterALargeOne_HasNothingOfTheLargeOne()
    {
        var large = Content(2_000_000, seed: 1);
        var small = Content(1_000, seed: 2);
        PdfFilters.Decode(AnyFile, Filter("FlateDecode"), Deflate(large));

        var decoded = PdfFilters.Decode(AnyFile, Filter("FlateDecode"), Deflate(small));

        Assert.Equal(small, decoded);
    }

    [Fact]
    public void Flate_ManyStreamsOnManyThreads_EachGetsItsOwn()
    {
        var contents = Enumerable.Range(0, 64).Select(i => Content(10_000 + (i * 37_001), seed: i)).ToArray();
        var packed = contents.Select(Deflate).ToArray();
        var decoded = new byte[contents.Length][];

        Parallel.For(0, contents.Length, i => decoded[i] = PdfFilters.Decode(AnyFile, Filter("FlateDecode"), packed[i]));

        for (var i = 0; i < contents.Length; i++)
        {
            Assert.Equal(contents[i], decoded[i]);
        }
    }

    [Fact]
    public void Flate_CutShort_GivesWhatWasInflated()
    {
        var content = Content(500_000, seed: 3);
        var packed = Deflate(content);

        var decoded = PdfFilters.Decode(AnyFile, Filter("FlateDecode"), new ArraySegment<byte>(packed, 0, packed.Length / 2));

        Assert.NotEmpty(decoded);
        Assert.True(decoded.Length < content.Length);
        Assert.Equal(content.AsSpan(0, decoded.Length).ToArray(), decoded);
    }

    [Fact]
    public void Flate_Garbage_IsRefused()
    {
        var error = Assert.Throws<PdfSyntaxException>(() => PdfFilters.Decode(AnyFile, Filter("FlateDecode"), "not deflate data at all"u8.ToArray()));
        Assert.Equal("bad Flate data", error.Message);
    }

    [Fact]
    public void Flate_BeyondSixtyFourMebibytes_IsRefused()
    {
        // 65 MiB of zeros deflate to about 65 KB: a bomb must stop at the limit, not when memory runs out.
        var bomb = Deflate(new byte[65 << 20]);

        var error = Assert.Throws<PdfSyntaxException>(() => PdfFilters.Decode(AnyFile, Filter("FlateDecode"), bomb));

        Assert.Equal("stream inflates beyond 64 MiB", error.Message);
    }

    [Fact]
    public void Flate_ExactlySixtyFourMebibytes_IsRead()
    {
        var decoded = PdfFilters.Decode(AnyFile, Filter("FlateDecode"), Deflate(new byte[64 << 20]));

        Assert.Equal(64 << 20, decoded.Length);
    }

    [Fact]
    public void HexThenFlate_Chain_GivesTheStreamBack()
    {
        var content = Content(5_000, seed: 5);
        var hex = System.Text.Encoding.ASCII.GetBytes(Convert.ToHexString(Deflate(content)) + ">");

        var decoded = PdfFilters.Decode(AnyFile, Filter("ASCIIHexDecode", "FlateDecode"), hex);

        Assert.Equal(content, decoded);
    }

    [Fact]
    public void NoFilter_GivesACopyOfTheBytes()
    {
        var file = "....0 0 m 10 10 l S...."u8.ToArray();

        var decoded = PdfFilters.Decode(AnyFile, [], new ArraySegment<byte>(file, 4, 15));

        Assert.Equal("0 0 m 10 10 l S"u8.ToArray(), decoded);
        decoded[0] = (byte)'9';
        Assert.Equal((byte)'0', file[4]);
    }

    // Drawing-like text (operators and numbers) with some noise, so the deflate ratio is that of a real page.
    private static byte[] Content(int size, int seed)
    {
        var random = new Random(seed);
        var bytes = new byte[size];
        for (var i = 0; i < size; i++)
        {
            bytes[i] = random.Next(8) == 0 ? (byte)random.Next(256) : (byte)" 0123456789.mlSfre\n"[random.Next(19)];
        }

        return bytes;
    }

    private static byte[] Deflate(byte[] data)
    {
        using var packed = new MemoryStream();
        using (var z = new ZLibStream(packed, CompressionLevel.Fastest, leaveOpen: true))
        {
            z.Write(data);
        }

        return packed.ToArray();
    }
}
