using CsCheck;
using FiscalWarehouse.Etl.Recognition;

namespace FiscalWarehouse.Etl.Tests.Recognition;

/// <summary><see cref="PrintedIndent.Levels"/>: each width's rank among the distinct widths of its label column.</summary>
public sealed class IndentLevelsTests
{
    [Fact]
    public void Levels_TwoLabelColumns_RankedApart() =>
        Assert.Equal([0, 1, 2, 0, 0, 1, 0], PrintedIndent.Levels([0, 2, 4, -1, 3, 5, 0], [1, 1, 1, 1, 0, 0, 1]));

    [Fact]
    public void Levels_AnyWidths_AsRankOfDistinctPerColumn() =>
        Gen.Select(Gen.Int[-1, 6], Gen.Int[0, 2]).Array[0, 30].Sample(rows =>
        {
            int[] widths = [.. rows.Select(r => r.Item1)];
            int[] columns = [.. rows.Select(r => r.Item2)];
            var expected = new int[widths.Length];
            for (var i = 0; i < widths.Length; i++)
            {
                var column = columns[i];
                var distinct = widths.Where((w, k) => w >= 0 && columns[k] == column).Distinct().Order().ToList();
                expected[i] = widths[i] >= 0 ? distinct.IndexOf(widths[i]) : 0;
            }

            Assert.Equal(expected, PrintedIndent.Levels(widths, columns));
        });
}
