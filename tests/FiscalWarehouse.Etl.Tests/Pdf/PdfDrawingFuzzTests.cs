using System.Diagnostics;
using System.Text;
using CsCheck;
using FiscalWarehouse.Etl.Reading.Pdf.Vector;

namespace FiscalWarehouse.Etl.Tests.Pdf;

/// <summary>
/// The drawing reader on mutated PDFs (bytes flipped, cut, repeated, numbers and brackets injected): it never throws,
/// never hangs and never allocates without bound; it gives borders or null (the pages are then rendered).
/// </summary>
public sealed class PdfDrawingFuzzTests
{
    private static readonly byte[][] Fixtures =
    [
        .. new[] { "variations.pdf", "variations-objstm.pdf", "variations-rc4.pdf", "variations-aes.pdf", "sample-002-tables.pdf" }
            .Select(n => File.ReadAllBytes(PdfTestFiles.Fixture(n))),
        PdfDrawingReaderTests.OnePage("0 G 1 w 20 20 m 180 20 l S q 1 0 0 1 5 5 cm 20 20 160 0.5 re f Q"),
    ];

    private static readonly byte[][] Injections =
    [
        .. new[] { "99999999999", "-1", "[[[[[[[[", "<<<<", "(((((", "9 0 R", "0 0 R", "/Length 2147483647", "stream\n", "endobj", "1e308", "<</Filter/FlateDecode>>" }
            .Select(Encoding.Latin1.GetBytes),
    ];

    [Fact]
    public void ReadAll_MutatedPdfs_NeverThrowHangOrBalloon()
    {
        Gen.Select(Gen.Int[0, Fixtures.Length - 1], Gen.Int[1, 6], Gen.Int)
            .Sample((fixture, edits, seed) =>
            {
                var bytes = Mutate(Fixtures[fixture], edits, new Random(seed));
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                var watch = Stopwatch.StartNew();

                var pages = VectorRulings.ReadAll(bytes);

                Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed.TotalMilliseconds:0} ms");
                var mib = (GC.GetAllocatedBytesForCurrentThread() - allocated) / (1024 * 1024);
                Assert.True(mib < 256, $"allocated {mib} MiB on a {bytes.Length}-byte file");
                Assert.True(pages is null || pages.All(p => p.Rulings.All(r => double.IsFinite(r.At) && r.To >= r.From)));
            }, iter: 600, time: 40, threads: 1);
    }

    private static byte[] Mutate(byte[] original, int edits, Random random)
    {
        var bytes = new List<byte>(original);
        for (var e = 0; e < edits && bytes.Count > 0; e++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(5))
            {
                case 0:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 1:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 2:
                    var length = Math.Min(random.Next(1, 200), bytes.Count - at);
                    bytes.InsertRange(at, bytes.GetRange(at, length));
                    break;
                case 3:
                    bytes.InsertRange(at, Injections[random.Next(Injections.Length)]);
                    break;
                default:
                    bytes.RemoveRange(at, Math.Min(random.Next(1, 64), bytes.Count - at));
                    break;
            }
        }

        return [.. bytes];
    }
}
