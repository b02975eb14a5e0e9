using CsCheck;
using FiscalWarehouse.Etl.Reading.Pdf;

namespace FiscalWarehouse.Etl.Tests.Pdf;

/// <summary>
/// A ruled grid's cells: small grids are laid out densely, grids of more cells than fit in memory (a drawing can draw
/// thousands of borders each way) keep only the cells that hold words, and both give the same rows.
/// </summary>
public sealed class TableGridTests
{
    [Fact]
    public void DenseAndSparseCells_AreTheSame_ForAnyGridAndWords()
    {
        var shape = Gen.Select(Gen.Int[2, 25], Gen.Int[3, 25]);
        var words = Gen.Select(Gen.Int[0, 1000], Gen.Int[0, 1000], Gen.Int[0, 99], (x, y, n) => (X: x, Y: y, Text: $"w{n}")).List[0, 60];
        Gen.Select(shape, words).Sample((size, placed) =>
        {
            var grid = Grid(size.Item1, size.Item2, 10);
            var onGrid = placed.Select(p => Word(p.X % (10 * (size.Item2 - 1)), p.Y % (10 * (size.Item1 - 1)), p.Text)).Where(grid.Contains).ToList();

            var dense = grid.DenseCellWords(onGrid);
            var sparse = grid.SparseCellWords(onGrid);

            Assert.Equal(dense.Count, sparse.Count);
            for (var i = 0; i < dense.Count; i++)
            {
                Assert.Equal((dense[i].Row, dense[i].Column), (sparse[i].Row, sparse[i].Column));
                Assert.Equal(dense[i].Words, sparse[i].Words);
            }
        });
    }

    [Fact]
    public void Rows_OfAGridWithMillionsOfCells_KeepsOnlyTheCellsWithWords()
    {
        // 3,000 borders each way: 9 million cells, far more than a dense layout should hold.
        var grid = Grid(3_000, 3_000, 5);
        Assert.True((long)3_000 * 3_000 > TableGrid.DenseCells);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var rows = grid.Rows([Word(12, 12, "收入"), Word(17, 12, "合计"), Word(7_002, 9_002, "12.5")]);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // A dense layout of 9 million slots alone is 72 MB; the cells with words and two rows' arrays are kilobytes.
        Assert.True(allocated < 1 << 20, $"{allocated:N0} bytes allocated");

        Assert.Equal(2, rows.Count);
        Assert.Equal(["收入", "合计"], rows[0].Cells.Where(c => c.Length > 0));
        Assert.Equal(["12.5"], rows[1].Cells.Where(c => c.Length > 0));
        Assert.True(rows[0].Top < rows[1].Top);
    }

    /// <summary>A grid of <paramref name="rows"/> horizontal and <paramref name="columns"/> vertical borders, <paramref name="step"/> apart.</summary>
    private static TableGrid Grid(int rows, int columns, double step)
    {
        var width = step * (columns - 1);
        var height = step * (rows - 1);
        var rulings = new List<Ruling>();
        for (var r = 0; r < rows; r++)
        {
            rulings.Add(new Ruling(true, r * step, 0, width));
        }

        for (var c = 0; c < columns; c++)
        {
            rulings.Add(new Ruling(false, c * step, 0, height));
        }

        return Assert.Single(TableGrid.Find(rulings));
    }

    private static PdfWord Word(double x, double y, string text) => new(x + 0.5, y + 0.5, x + 2.5, y + 2.5, text);
}
