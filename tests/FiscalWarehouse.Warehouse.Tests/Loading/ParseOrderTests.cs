using CsCheck;
using FiscalWarehouse.Warehouse.Loading;

namespace FiscalWarehouse.Warehouse.Tests.Loading;

/// <summary>
/// A load batch is parsed largest file first, so the batch does not wait on one core for a large PDF taken last; the
/// order within each batch only, the batches themselves (what commits together) unchanged.
/// </summary>
public sealed class ParseOrderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("fw-parse-order-").FullName;

    [Fact]
    public void LargestFirst_OrdersOneBatchBySizeDescending_KeepsTiesInTheGivenOrder_AndPutsMissingFilesLast()
    {
        var paths = new[] { File("a", 10), File("b", 300), Path.Combine(_dir, "missing.pdf"), File("c", 10), File("d", 50) };

        Assert.Equal([1, 4, 0, 3, 2], ParseOrder.LargestFirst(paths, 0, paths.Length));
        Assert.Equal([4, 3, 2], ParseOrder.LargestFirst(paths, 2, 3));
    }

    [Fact]
    public void Batched_SortsWithinEachBatch_AndKeepsEveryFileInItsBatch()
    {
        var paths = new[] { File("a", 1), File("b", 2), File("c", 3), File("d", 9), File("e", 5) };

        var ordered = ParseOrder.Batched(paths, 2).Select(Path.GetFileName);

        Assert.Equal(["b.pdf", "a.pdf", "d.pdf", "c.pdf", "e.pdf"], ordered);
    }

    [Fact]
    public void LargestFirst_IsAStableSortBySizeDescending_AsOrderByDescendingWas()
    {
        // Sizes from a few values, so ties are common; a window anywhere in the list.
        var files = Enumerable.Range(0, 40).Select(i => File($"f{i}", (i * 7919 % 5) * 10)).ToArray();
        Gen.Select(Gen.Int[0, files.Length], Gen.Int[0, files.Length]).Sample((start, count) =>
        {
            count = Math.Min(count, files.Length - start);
            var expected = Enumerable.Range(start, count).OrderByDescending(i => new FileInfo(files[i]).Length).ToArray();
            Assert.Equal(expected, ParseOrder.LargestFirst(files, start, count));
        });
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string File(string name, int bytes)
    {
        var path = Path.Combine(_dir, name + ".pdf");
        System.IO.File.WriteAllBytes(path, new byte[bytes]);
        return path;
    }
}
