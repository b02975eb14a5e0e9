using FiscalWarehouse.Etl.Reading.Pdf.Vector;

namespace FiscalWarehouse.Etl.Tests.Pdf;

/// <summary>The drawing reader's arrays grow by doubling and keep what they held.</summary>
public sealed class GrowableArraysTests
{
    [Fact]
    public void Doubled_KeepsTheItemsAndDoublesTheLength()
    {
        Assert.Equal([1.5, -2.0, 0.0, 0.0], GrowableArrays.Doubled([1.5, -2.0]));
        Assert.Equal([true, false], GrowableArrays.Doubled([true]));
        Assert.Single(GrowableArrays.Doubled(Array.Empty<int>()));
    }

    [Fact]
    public void APathOfThousandsOfPoints_GrowsItsArrays_AndStillPaintsItsBorders()
    {
        var painter = new PathPainter();
        painter.StartSubpath();
        for (var i = 0; i <= 5_000; i++)
        {
            painter.Add(i * 0.1, 100, curve: false);
        }

        var state = new GraphicsState(Matrix.Identity, FillDark: true, StrokeDark: true, LineWidth: 1, 0, 0, 1_000, 1_000);
        painter.Paint(state, stroke: true, fill: false, close: false, clip: false);

        Assert.NotEmpty(painter.Segments);
        Assert.All(painter.Segments, s => Assert.True(s.Horizontal));
    }
}
