using CsCheck;
using FiscalWarehouse.Etl.Reading;
using FiscalWarehouse.Etl.Recognition;
using FiscalWarehouse.Etl.Tests.Narrative;
using FiscalWarehouse.Model.Reports;

namespace FiscalWarehouse.Etl.Tests.Recognition;

/// <summary>The table lines as one bit per line answer what the HashSet they replaced answered.</summary>
public sealed class LineSetTests
{
    [Fact]
    public void LineSet_AnswersAsAHashSetOfTheSameLines()
    {
        var ranges = Gen.Select(Gen.Int[0, 300], Gen.Int[0, 40]).Array[0, 12];
        ranges.Sample(spans =>
        {
            var bits = new LineSet(100);
            var set = new HashSet<int>();
            foreach (var (first, length) in spans)
            {
                bits.AddRange(first, first + length);
                for (var n = first; n <= first + length; n++)
                {
                    set.Add(n);
                }
            }

            Assert.Equal(set.Count, bits.Count);
            // A LineSet enumerates its lines in ascending order.
            Assert.Equal(set.Order().ToArray(), bits.ToArray());
            for (var n = -2; n < 360; n++)
            {
                Assert.Equal(set.Contains(n), bits.Contains(n));
            }

            Assert.True(bits.SetEquals(set));
        }, iter: 2_000);
    }

    [Fact]
    public void TableLines_OfARealReport_HoldEveryTableAndNoProse()
    {
        var path = SampleText.PathOf(4);
        var document = new TextDocumentReader().Read(Path.GetFileName(path), File.ReadAllBytes(path), TestContext.Current.CancellationToken);
        var result = new TableRecognizer().Recognize(document, ReportPhase.Budget);
        Assert.IsType<LineSet>(result.TableLines);
        foreach (var table in result.Tables)
        {
            foreach (var row in table.Rows)
            {
                Assert.Contains(row.Source.Line, result.TableLines);
            }
        }

        // Line 3 is the cover's unit name (泽州县工业和信息化局), prose: never a table line.
        Assert.Equal("泽州县工业和信息化局", document.Lines[2].Text.Trim());
        Assert.DoesNotContain(3, result.TableLines);
        Assert.True(result.TableLines.Count > 500, $"{result.TableLines.Count} table lines");
    }
}
